// Mail templates of Prongsai: notifications, reminders, escalations, digests and summaries, in
// Thai (default) and English, as subject + HTML part + text part. Pure: no I/O, no Nest.
export type {
  AwaitingReviewMail,
  AwaitingSignOffMail,
  DailyDigestMail,
  DigestItem,
  DivisionProgress,
  MailData,
  MailDataOf,
  MailInput,
  MailLanguage,
  MailMeasureRef,
  MailOrganization,
  MailPeriodRef,
  MailRecipient,
  MailTemplateName,
  OverdueMail,
  PeriodOpenedMail,
  PublishedMail,
  ReminderMail,
  RenderedMail,
  ReportReturnedMail,
  ReviewReminderMail,
  RoundOpenedMail,
  RoundReportAwaitingSignOffMail,
  RoundReportDecidedMail,
  SignOffReminderMail,
  TaskAssignedMail,
  WeeklySummaryMail,
} from './mail.types';
export { MailError, MailErrorCode } from './mail-error';
export {
  assertMailLanguage,
  assertMailTemplateName,
  isMailLanguage,
  isMailTemplateName,
  MAIL_LANGUAGES,
  MAIL_TEMPLATE_NAMES,
  renderMail,
} from './render-mail';
export { sampleMailInput, SAMPLE_ORGANIZATION } from './sample-mail-input';
export { wrapText } from './text-wrap';
