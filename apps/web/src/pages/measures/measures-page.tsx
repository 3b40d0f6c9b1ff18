import { PageHeader } from '../../components/page-header';

export function MeasuresPage() {
  return <PageHeader title="MeasuresPage" />;
}
