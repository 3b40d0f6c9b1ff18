export { mailRecipientsOf } from './mail-recipients';
export type { DirectoryPerson, MailEventKind, MailRecipientChoice, NotificationDirectory } from './mail-recipients';
