/**
 * The contract between the API, the worker and the measure lifecycle workflow (issue 4). Pure
 * types and names only; the workflow's Update/Signal/Query definitions live beside the workflow.
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
  /** ISO dates of holidays in the fiscal year (working-day arithmetic). */
  holidays: string[];
  policy: LifecyclePolicy;
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
}

export interface ReportContent {
  done: string;
  results: string;
  outcome: string;
  /** 0–100. */
  completion: number;
  evidence: { title: string; url: string }[];
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
}

/** A moment someone should be told about (issue 5 turns these into mail). */
export interface LifecycleNotification {
  workflowId: string;
  organizationId: string;
  measureId: string;
  kind: 'task_assigned' | 'period_opened' | 'reminder' | 'overdue' | 'report_returned' | 'awaiting_review' | 'awaiting_sign_off' | 'published';
  periodKey: string | null;
  /** Escalation step (0 = owners, 1 = division head, 2 = ปลัด, 3 = นายก) for overdue notices. */
  escalationLevel: number | null;
  dueDate: string | null;
}

export interface MeasureLifecycleActivities {
  /** Idempotent: a snapshot with a revision not newer than the stored one changes nothing. */
  recordLifecycleSnapshot(snapshot: MeasureLifecycleSnapshot): Promise<void>;
  /** Idempotent per (workflow, kind, period, escalation level). */
  recordLifecycleNotification(notification: LifecycleNotification): Promise<void>;
}

export const MEASURE_LIFECYCLE_WORKFLOW = 'measureLifecycleWorkflow';

/** One workflow per measure and fiscal year: a second start is refused by Temporal. */
export function measureLifecycleWorkflowId(organizationId: string, fiscalYearBe: number, measureId: string): string {
  return `measure/${organizationId}/${fiscalYearBe}/${measureId}`;
}
