import { PageHeader } from '../../components/page-header';

export function ReportFormPage() {
  return <PageHeader title="ReportFormPage" />;
}
