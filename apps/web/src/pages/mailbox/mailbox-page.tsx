import { PageHeader } from '../../components/page-header';

export function MailboxPage() {
  return <PageHeader title="MailboxPage" />;
}
