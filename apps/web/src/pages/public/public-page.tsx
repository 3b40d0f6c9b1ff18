import { PageHeader } from '../../components/page-header';

export function PublicPage() {
  return <PageHeader title="PublicPage" />;
}
