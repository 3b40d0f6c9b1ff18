import { PageHeader } from '../../components/page-header';

export function SignOffPage() {
  return <PageHeader title="SignOffPage" />;
}
