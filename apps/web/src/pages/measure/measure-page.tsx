import { PageHeader } from '../../components/page-header';

export function MeasurePage() {
  return <PageHeader title="MeasurePage" />;
}
