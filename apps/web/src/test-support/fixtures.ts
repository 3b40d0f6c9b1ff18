/**
 * Test data for the web app's unit specs (only specs import this file). Each builder gives a whole,
 * ordinary object of fiscal year 2570 (October 2026 to September 2027); a spec names only what its
 * test is about and takes the rest as it is here.
 */
import type { Lifecycle, LifecycleEvent, LifecycleReportSnapshot, Measure, MeasureStep, ReportContent } from '../api/types';

/** A measure in progress with no owners, steps, period or results yet; its title follows its number. */
export function aMeasure(overrides: Partial<Measure> = {}): Measure {
  const no = overrides.no ?? 1;
  return {
    id: 'm',
    fiscalYearBe: 2570,
    no,
    title: `มาตรการที่ ${no}`,
    issueToImprove: null,
    indicatorNo: null,
    itemCodes: [],
    allDivisions: false,
    owners: [],
    steps: [],
    period: { start: null, end: null, text: null },
    monitoringRule: null,
    expectedOutcome: null,
    summary: null,
    outcome: null,
    evidence: [],
    status: 'in_progress',
    version: 1,
    updatedAt: '2026-10-01T00:00:00Z',
    ...overrides,
  };
}

/** The owners of a measure: the first division leads, the others support (named by their ids unless `nameOf` says). */
export function ownersOf(divisionIds: string[], nameOf: (divisionId: string) => string = (divisionId) => divisionId): Measure['owners'] {
  return divisionIds.map((divisionId, index) => ({ divisionId, divisionName: nameOf(divisionId), role: index === 0 ? 'lead' : 'supporting' }));
}

/** A step of a measure, first in its plan, with no owner or due date of its own. */
export function aStep(overrides: Partial<MeasureStep> = {}): MeasureStep {
  return { position: 1, text: 'ขั้นตอนที่ 1', ownerDivisionId: null, ownerDivisionName: null, dueDate: null, ...overrides };
}

/** The first version of a period's report, nothing written yet; its dates are those of Q1 (due 15 Jan 2027). */
export function aReport(periodKey = 'Q1', status: LifecycleReportSnapshot['status'] = 'open', overrides: Partial<LifecycleReportSnapshot> = {}): LifecycleReportSnapshot {
  return { periodKey, start: '2026-10-01', dueDate: '2027-01-15', status, version: 1, late: false, content: null, lastComment: null, ...overrides };
}

/** What an owner wrote in a report: something done, no results, outcome or evidence. */
export function aContent(overrides: Partial<ReportContent> = {}): ReportContent {
  return { done: 'ดำเนินการแล้ว', results: '', outcome: '', completion: 0, evidence: [], publishedOn: null, ...overrides };
}

/** The lifecycle of a measure in progress (its plan approved on 15 Oct 2026), with these reports and no events yet. */
export function aLifecycle(measureId = 'm', reports: LifecycleReportSnapshot[] = [], overrides: Partial<Lifecycle> = {}): Lifecycle {
  return {
    workflowId: `w/${measureId}`,
    organizationId: 'org',
    fiscalYearBe: 2570,
    measureId,
    revision: 1,
    status: 'in_progress',
    planApprovedOn: '2026-10-15',
    assignments: [],
    reports,
    events: [],
    ...overrides,
  };
}

/** An event of a lifecycle's timeline, done by an officer for themselves, about no period and without comment. */
export function anEvent(action: string, overrides: Partial<LifecycleEvent> = {}): LifecycleEvent {
  return { at: '2026-11-01T09:00:00Z', action, actorPersonId: 'officer', onBehalfOfPersonId: null, periodKey: null, comment: null, ...overrides };
}
