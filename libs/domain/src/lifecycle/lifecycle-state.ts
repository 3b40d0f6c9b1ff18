import type { LifecycleReportSnapshot, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { addDays, fiscalYearRange, IsoDate, reportingPeriods, ReportingCadence } from '../calendar';

/**
 * The state the lifecycle rules work on. It is the snapshot the read model stores (the contract),
 * so mapping state to snapshot is a copy and a continued run starts from the last snapshot.
 */
export type LifecycleState = MeasureLifecycleSnapshot;

/** One report task of the state. */
export type LifecycleReport = LifecycleReportSnapshot;

/** A period report is due this many calendar days after its period ends (Q1 → 15 January, R12 → 15 October). */
export const REPORT_DUE_DAYS_AFTER_PERIOD_END = 15;

/** Measure statuses in which nothing can change any more. */
export const TERMINAL_LIFECYCLE_STATUSES: readonly LifecycleState['status'][] = ['completed', 'cancelled'];

/** What a new lifecycle is made from (the workflow input, less what only timers need). */
export interface NewLifecycleFacts {
  workflowId: string;
  organizationId: string;
  fiscalYearBe: number;
  measureId: string;
  cadence: ReportingCadence;
  ownerDivisionIds: readonly string[];
  stepDueDates: readonly IsoDate[];
}

/**
 * A measure's lifecycle before anything happened: a draft plan, every owner division still to
 * acknowledge, one report task per period of the cadence ('Q1'…'Q4' or 'R6', 'R12') and one per
 * step due date ('step-1'…, open from the first day of the fiscal year), none open yet.
 */
export function createLifecycleState(facts: NewLifecycleFacts): LifecycleState {
  const periods: LifecycleReport[] = reportingPeriods(facts.fiscalYearBe, facts.cadence).map((period) =>
    newReport(period.key, period.start, addDays(period.end, REPORT_DUE_DAYS_AFTER_PERIOD_END)),
  );
  const yearStart = fiscalYearRange(facts.fiscalYearBe).start;
  const steps = facts.stepDueDates.map((due, index) => newReport(`step-${index + 1}`, yearStart, due));
  return {
    workflowId: facts.workflowId,
    organizationId: facts.organizationId,
    fiscalYearBe: facts.fiscalYearBe,
    measureId: facts.measureId,
    revision: 0,
    status: 'draft',
    planApprovedOn: null,
    assignments: [...new Set(facts.ownerDivisionIds)].map((divisionId) => ({ divisionId, acknowledged: false, officerIds: [] })),
    reports: [...periods, ...steps],
    events: [],
    cancelRequest: null,
  };
}

/** The snapshot of a state for the read model and queries: a deep copy, so nobody shares it (plain JSON: safe in the workflow sandbox). */
export function toLifecycleSnapshot(state: LifecycleState): MeasureLifecycleSnapshot {
  return JSON.parse(JSON.stringify(state)) as MeasureLifecycleSnapshot;
}

function newReport(periodKey: string, start: IsoDate, dueDate: IsoDate): LifecycleReport {
  return { periodKey, start, dueDate, status: 'not_open', version: 1, late: false, content: null, lastComment: null, submittedAt: null, publishedVersions: [] };
}
