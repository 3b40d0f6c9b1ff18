/**
 * The contract between the API, the worker and the measure lifecycle workflow (issue 4). Pure
 * types and names only; the workflow's Update/Signal/Query definitions are in
 * `measure-lifecycle.messages.ts`, the commands people send in `measure-lifecycle-commands.ts`.
 */

/** Who acts. A delegate acts for someone away (`onBehalfOf`); both are recorded. */
export interface LifecycleActor {
  personId: string;
  role: 'system_admin' | 'admin' | 'executive' | 'division_head' | 'officer' | 'oversight';
  divisionId: string | null;
  onBehalfOfPersonId?: string;
}

/** How reminders and escalations are timed, per organisation and fiscal year (changeable by signal). */
export interface LifecyclePolicy {
  /** Working days before a due date when owners are reminded (default 7 and 1). */
  reminderWorkingDaysBefore: number[];
  /** Calendar days after a due date for each escalation step (default 1, 7, 14). */
  escalationDaysAfter: number[];
  /** Working days a review or sign-off may wait before its reminder (default 2). */
  reviewReminderWorkingDays: number;
  /** ปลัด: told at the second escalation step; unset means the executive whose position says ปลัด. */
  chiefAdministratorPersonId?: string | null;
  /** นายก: told at the last escalation step and asked to sign off; unset means by position. */
  chiefExecutivePersonId?: string | null;
}

export const DEFAULT_LIFECYCLE_POLICY: LifecyclePolicy = {
  reminderWorkingDaysBefore: [7, 1],
  escalationDaysAfter: [1, 7, 14],
  reviewReminderWorkingDays: 2,
};

export interface MeasureLifecycleInput {
  organizationId: string;
  fiscalYearBe: number;
  measureId: string;
  measureNo: number;
  title: string;
  cadence: 'quarterly' | 'semiannual';
  /** Lead first. For an all-divisions measure: every division of the organisation. */
  ownerDivisionIds: string[];
  /** ISO dates of the steps' own due dates (each opens a report task too). */
  stepDueDates: string[];
  /**
   * ISO dates of holidays from the fiscal year's start to the end of its last reports' window
   * (working-day arithmetic); `holidaysChanged` replaces them in a running lifecycle.
   */
  holidays: string[];
  policy: LifecyclePolicy;
  /** Set only by the workflow itself when it continues as new at a period boundary. */
  state?: MeasureLifecycleContinuation;
}

/** What one run of the lifecycle workflow hands to the next when it continues as new. */
export interface MeasureLifecycleContinuation {
  snapshot: MeasureLifecycleSnapshot;
  /** ISO instant: reminders and escalations due up to this moment were already handled. */
  noticesHandledThrough: string;
  /** Notices moved by a change of holidays or policy (agenda item identities): see `rescheduledNotices`. */
  rescheduled?: { alreadyGiven: string[]; owed: string[] };
}

/** A cancellation the administrator asked for, waiting for the executive's decision. */
export interface LifecycleCancelRequest {
  reason: string;
  requestedAt: string;
  requestedByPersonId: string;
}

/** A signed-off (published) version of a report: published records never change. */
export interface PublishedReportVersion {
  version: number;
  content: ReportContent;
  late: boolean;
  signedOffAt: string;
  signedOffByPersonId: string;
}

/** What the read model keeps of one measure's lifecycle; `revision` only grows. */
export interface MeasureLifecycleSnapshot {
  workflowId: string;
  organizationId: string;
  fiscalYearBe: number;
  measureId: string;
  revision: number;
  status: 'draft' | 'plan_approval' | 'assignment' | 'in_progress' | 'completed' | 'cancelled';
  planApprovedOn: string | null;
  assignments: { divisionId: string; acknowledged: boolean; officerIds: string[] }[];
  reports: LifecycleReportSnapshot[];
  /** Every event so far, oldest first: the measure's timeline. */
  events: LifecycleEvent[];
  /** A cancellation waiting for the executive, if any (added by issue 4; absent means none). */
  cancelRequest?: LifecycleCancelRequest | null;
}

export interface LifecycleReportSnapshot {
  /** 'Q1'…'Q4', 'R6', 'R12', or 'step-<n>' for a step's own due date. */
  periodKey: string;
  start: string;
  dueDate: string;
  status: 'not_open' | 'open' | 'draft' | 'submitted' | 'returned' | 'accepted' | 'returned_by_executive' | 'signed_off';
  /** 1 for the first published record; a correction after sign-off is version 2, and so on. */
  version: number;
  late: boolean;
  content: ReportContent | null;
  lastComment: string | null;
  /** ISO instant of the latest submission of the current version (absent before the first). */
  submittedAt?: string | null;
  /** Every signed-off version, oldest first; a correction adds one and never replaces one. */
  publishedVersions?: PublishedReportVersion[];
}

export interface ReportContent {
  done: string;
  results: string;
  outcome: string;
  /** 0–100. */
  completion: number;
  /** Links, and files uploaded to Prongsai (`fileId`, with `url` where it is downloaded). */
  evidence: { title: string; url: string; fileId?: string }[];
  /** When a step is "publish on the website": the day it was published. */
  publishedOn: string | null;
}

export interface LifecycleEvent {
  at: string;
  action: string;
  actorPersonId: string | null;
  onBehalfOfPersonId: string | null;
  periodKey: string | null;
  comment: string | null;
  /**
   * Draft saves in a row by one person on one period are one event (saving as one types would
   * otherwise fill the timeline): how many it stands for and when the first was; `at` is the last.
   */
  repeated?: { count: number; firstAt: string };
}

/** A moment someone should be told about (issue 5 turns these into mail). */
export interface LifecycleNotification {
  workflowId: string;
  organizationId: string;
  measureId: string;
  kind:
    | 'task_assigned'
    | 'period_opened'
    | 'reminder'
    | 'overdue'
    | 'report_returned'
    | 'awaiting_review'
    | 'awaiting_sign_off'
    | 'review_reminder'
    | 'sign_off_reminder'
    | 'published';
  periodKey: string | null;
  /** Escalation step for overdue notices, by policy: 0 = the officers and their division head, 1 = ปลัด, 2 and above = นายก (see mailRecipientsOf). */
  escalationLevel: number | null;
  dueDate: string | null;
  /**
   * The day (Asia/Bangkok) the notice is for. Reminders of one period differ only by this day
   * (7 and 1 working days before), so it belongs in the idempotency key.
   */
  on?: string;
  /** The division the notice is about (task_assigned after a reassignment), when only one. */
  divisionId?: string | null;
  /** ISO instant (workflow time) the lifecycle gave the notice; absent in notices recorded before it. */
  at?: string;
}

/** What one decision of the lifecycle changed: the new snapshot (if any) and the notices it gives. */
export interface LifecycleChanges {
  snapshot: MeasureLifecycleSnapshot | null;
  notifications: LifecycleNotification[];
}

export interface MeasureLifecycleActivities {
  /** Both of the below in one call (a local activity since the 'lifecycle-lean-actions' patch). */
  recordLifecycleChanges(changes: LifecycleChanges): Promise<void>;
  /** Idempotent: a snapshot with a revision not newer than the stored one changes nothing. */
  recordLifecycleSnapshot(snapshot: MeasureLifecycleSnapshot): Promise<void>;
  /** Idempotent per (workflow, kind, period, escalation level, on). */
  recordLifecycleNotification(notification: LifecycleNotification): Promise<void>;
}

export const MEASURE_LIFECYCLE_WORKFLOW = 'measureLifecycleWorkflow';

/** One workflow per measure and fiscal year: a second start is refused by Temporal. */
export function measureLifecycleWorkflowId(organizationId: string, fiscalYearBe: number, measureId: string): string {
  return `measure/${organizationId}/${fiscalYearBe}/${measureId}`;
}
