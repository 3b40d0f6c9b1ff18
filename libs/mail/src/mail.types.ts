/**
 * What a mail is made from: the organisation (letterhead), the person it goes to, and one data
 * shape per template. Pure data: every date is an ISO date 'YYYY-MM-DD' (Common Era), every link
 * an absolute http(s) address; the templates format them for the reader's language.
 */

/** The language a person reads mail in. Thai is the default everywhere in Prongsai. */
export type MailLanguage = 'th' | 'en';

/** Every mail Prongsai sends, one template each. */
export type MailTemplateName =
  /** A division head: the division has a new measure task; acknowledge it and name officers. */
  | 'task_assigned'
  /** Owners: the report of a period of a measure is open, with its due date. */
  | 'period_opened'
  /** Owners: the report is due in N working days (7, 1 … per the policy; 0 = today). */
  | 'reminder'
  /** An overdue report, escalated: level 0 to officers and division head, 1 to ปลัด, 2 to นายก. */
  | 'overdue'
  /** Owners: the coordinator or the executive returned the report, with a comment. */
  | 'report_returned'
  /** The coordinator: a report was submitted and waits for review. */
  | 'awaiting_review'
  /** The executive: an accepted report waits for sign-off. */
  | 'awaiting_sign_off'
  /** The coordinator: a report has waited N working days for review. */
  | 'review_reminder'
  /** The executive: a report has waited N working days for sign-off. */
  | 'sign_off_reminder'
  /** Owners and coordinator: the report was signed off and published. */
  | 'published'
  /** One person: everything overdue, due soon, waiting for them or returned to them. */
  | 'daily_digest'
  /** Executives: progress and overdue reports by division, as a table. */
  | 'weekly_summary'
  /** The coordinator: a report round (a quarter, the 6- or 12-month round) opened. */
  | 'round_opened'
  /** The executive: the round report was compiled and waits for sign-off before it is published. */
  | 'round_report_awaiting_sign_off'
  /** The coordinators: the executive signed the round report off (published) or returned it with a comment. */
  | 'round_report_decided';

/** The sender: shown in the letterhead, and the source of the subject's short name (อบต.สมัย). */
export interface MailOrganization {
  /** The full Thai name, e.g. "องค์การบริหารส่วนตำบลสมัย". */
  name: string;
  /** An OrganizationType of @prongsai/domain ('sao', 'subdistrict_municipality' …); other values: read from the name. */
  type: string;
  /** อำเภอ (without the word is fine: "สบปราบ"). */
  district: string;
  /** จังหวัด (without the word is fine: "ลำปาง"). */
  province: string;
  /** "https://www.samai.go.th" or "www.samai.go.th"; empty when none. */
  website: string;
  /** As it is to be printed; empty when none. */
  phone: string;
  /** Digits in Thai mail: Thai (๑๒๓) or Arabic (123). English mail always uses Arabic digits. */
  numeralStyle: 'thai' | 'arabic';
}

/** Who the mail goes to. */
export interface MailRecipient {
  /** As addressed after เรียน / Dear, e.g. "นางสาวใจดี ประสานงาน". */
  displayName: string;
  language: MailLanguage;
}

/** A measure as a mail names it. */
export interface MailMeasureRef {
  /** ลำดับที่ of the measure in the year's plan. */
  no: number;
  title: string;
  /** Absolute http(s) deep link to the task in Prongsai. */
  link: string;
}

/** A reporting period of a measure. */
export interface MailPeriodRef {
  /** 'Q1'…'Q4', 'R6', 'R12', or 'step-<n>' for a step's own due date. */
  key: string;
  /** First day of the period (its fiscal year is read from this date). */
  start: string;
  /** The day the report is due. */
  dueDate: string;
}

/** One line of a digest or summary. */
export interface DigestItem {
  measure: MailMeasureRef;
  /** The report's period; null for a task of the whole measure (acknowledge it, approve its plan). */
  period: MailPeriodRef | null;
  /** A short remark shown with the item, e.g. the division or "เลยกำหนด ๗ วัน". */
  note?: string;
}

/** A division's row in the weekly summary: counts of report tasks this fiscal year so far. */
export interface DivisionProgress {
  name: string;
  /** Reports whose due date has come. */
  reportsDue: number;
  submitted: number;
  signedOff: number;
  overdue: number;
}

export interface TaskAssignedMail {
  template: 'task_assigned';
  measure: MailMeasureRef;
  fiscalYearBe: number;
  /** The recipient's division, now an owner of the measure. */
  divisionName: string;
  /** Other owner divisions sharing the measure (empty when none). */
  coOwnerDivisionNames: string[];
  /** The first report the division will owe, or null when the plan has none yet. */
  firstPeriod: MailPeriodRef | null;
}

export interface PeriodOpenedMail {
  template: 'period_opened';
  measure: MailMeasureRef;
  period: MailPeriodRef;
}

export interface ReminderMail {
  template: 'reminder';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  /** Working days until the due date: 7, 1 … (0 = due today). */
  workingDaysLeft: number;
}

export interface OverdueMail {
  template: 'overdue';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  /** The division that has not reported. */
  divisionName: string;
  /** Its officers named for the measure (empty when none was named yet). */
  officerNames: string[];
  /** Calendar days since the due date. */
  daysOverdue: number;
  /** Who reads it, as @prongsai/domain's mailRecipientsOf: 0 the officers and the division head, 1 ปลัด, 2 นายก (higher levels read as 2). */
  escalationLevel: number;
}

export interface ReportReturnedMail {
  template: 'report_returned';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  returnedBy: 'coordinator' | 'executive';
  /** The person who returned it, when known. */
  returnedByName?: string;
  comment: string;
}

export interface AwaitingReviewMail {
  template: 'awaiting_review';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  divisionName: string;
  submittedBy: string;
  submittedOn: string;
}

export interface AwaitingSignOffMail {
  template: 'awaiting_sign_off';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  divisionName: string;
  /** The coordinator who accepted the report. */
  acceptedBy: string;
  acceptedOn: string;
}

export interface ReviewReminderMail {
  template: 'review_reminder';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  divisionName: string;
  submittedOn: string;
  workingDaysWaiting: number;
}

export interface SignOffReminderMail {
  template: 'sign_off_reminder';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  divisionName: string;
  acceptedOn: string;
  workingDaysWaiting: number;
}

export interface PublishedMail {
  template: 'published';
  measure: MailMeasureRef;
  period: MailPeriodRef;
  signedOffBy: string;
  signedOffOn: string;
  /** The public page of the report (no sign-in), or null when it has none. */
  publicLink: string | null;
}

export interface DailyDigestMail {
  template: 'daily_digest';
  /** The day the digest is for. */
  date: string;
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  /** Reports waiting for the reader's review or sign-off. */
  waitingForYou: DigestItem[];
  /** Reports returned to the reader's division for revision. */
  returned: DigestItem[];
  /** The reader's task list in Prongsai. */
  link: string;
}

export interface WeeklySummaryMail {
  template: 'weekly_summary';
  weekEnding: string;
  fiscalYearBe: number;
  divisions: DivisionProgress[];
  overdueItems: DigestItem[];
  /** The dashboard in Prongsai. */
  link: string;
}

export interface RoundOpenedMail {
  template: 'round_opened';
  /** The round: a quarter 'Q1'…'Q4' or 'R6' / 'R12', its first day and the reports' due date. */
  period: MailPeriodRef;
  /** Report tasks opened for the round. */
  reportTasksOpened: number;
  /** Measures they belong to. */
  measureCount: number;
  /** The round's progress page in Prongsai. */
  link: string;
}

export interface RoundReportAwaitingSignOffMail {
  template: 'round_report_awaiting_sign_off';
  /** The round: a quarter 'Q1'…'Q4' or 'R6' / 'R12', its first day and the reports' due date. */
  period: MailPeriodRef;
  /** 1 for the first compilation; a correction after a return or a publication is the next. */
  version: number;
  /** Measures in the report, and those of them still without a report for the round. */
  measureCount: number;
  missingCount: number;
  /** The report in Prongsai, where it is signed off or returned. */
  link: string;
}

export interface RoundReportDecidedMail {
  template: 'round_report_decided';
  period: MailPeriodRef;
  version: number;
  decision: 'published' | 'returned';
  /** The executive's comment (always given when returned). */
  comment: string | null;
  decidedBy: string;
  /** The executive a stand-in decided for, if it was a stand-in. */
  decidedOnBehalfOf?: string | null;
  /** The report in Prongsai. */
  link: string;
  /** The organisation's public page, where a published report is listed. */
  publicLink: string;
}

/** The data of one mail: a union discriminated by `template`. */
export type MailData =
  | TaskAssignedMail
  | PeriodOpenedMail
  | ReminderMail
  | OverdueMail
  | ReportReturnedMail
  | AwaitingReviewMail
  | AwaitingSignOffMail
  | ReviewReminderMail
  | SignOffReminderMail
  | PublishedMail
  | DailyDigestMail
  | WeeklySummaryMail
  | RoundOpenedMail
  | RoundReportAwaitingSignOffMail
  | RoundReportDecidedMail;

/** The data shape of one template. */
export type MailDataOf<T extends MailTemplateName> = Extract<MailData, { template: T }>;

/** Everything {@link renderMail} needs. The language is the recipient's. */
export interface MailInput {
  organization: MailOrganization;
  recipient: MailRecipient;
  data: MailData;
}

/** A mail ready for the outbox: subject, HTML part and plain-text part. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}
