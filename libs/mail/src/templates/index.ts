import type { MailTemplateName } from '../mail.types';
import type { MailTemplate } from './mail-template';
import { OVERDUE, PERIOD_OPENED, REMINDER, TASK_ASSIGNED } from './measure-task.templates';
import { AWAITING_REVIEW, AWAITING_SIGN_OFF, PUBLISHED, REPORT_RETURNED, REVIEW_REMINDER, SIGN_OFF_REMINDER } from './report-review.templates';
import { DAILY_DIGEST, ROUND_OPENED, ROUND_REPORT_AWAITING_SIGN_OFF, ROUND_REPORT_DECIDED, WEEKLY_SUMMARY } from './summary.templates';

export type { MailCopy, MailTemplate } from './mail-template';
export { MAIL_PARTIALS } from './partials';

/** Every template, by name, in the order of the lifecycle (the mapped type makes a missing one a compile error). */
export const MAIL_TEMPLATES: { readonly [T in MailTemplateName]: MailTemplate<T> } = {
  task_assigned: TASK_ASSIGNED,
  period_opened: PERIOD_OPENED,
  reminder: REMINDER,
  overdue: OVERDUE,
  report_returned: REPORT_RETURNED,
  awaiting_review: AWAITING_REVIEW,
  awaiting_sign_off: AWAITING_SIGN_OFF,
  review_reminder: REVIEW_REMINDER,
  sign_off_reminder: SIGN_OFF_REMINDER,
  published: PUBLISHED,
  daily_digest: DAILY_DIGEST,
  weekly_summary: WEEKLY_SUMMARY,
  round_opened: ROUND_OPENED,
  round_report_awaiting_sign_off: ROUND_REPORT_AWAITING_SIGN_OFF,
  round_report_decided: ROUND_REPORT_DECIDED,
};
