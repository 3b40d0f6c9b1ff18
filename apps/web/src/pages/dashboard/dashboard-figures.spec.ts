import { describe, expect, it } from '@jest/globals';
import type { Division, Lifecycle, LifecycleEvent, LifecycleReportSnapshot, Measure, ReportContent } from '../../api/types';
import { dashboardFigures, type DashboardInput } from './dashboard-figures';

const FINANCE = 'finance';
const WORKS = 'works';
const PALAD = 'palad';
const DIVISIONS: Division[] = [
  { id: PALAD, name: 'สำนักปลัด', headPersonId: null, sortOrder: 0 },
  { id: FINANCE, name: 'กองคลัง', headPersonId: null, sortOrder: 1 },
  { id: WORKS, name: 'กองช่าง', headPersonId: null, sortOrder: 2 },
];
const TODAY = '2027-01-25';

function measure(id: string, no: number, owners: string[], extra: Partial<Measure> = {}): Measure {
  return {
    id,
    fiscalYearBe: 2570,
    no,
    title: `มาตรการที่ ${no}`,
    issueToImprove: null,
    indicatorNo: 9,
    itemCodes: [],
    allDivisions: false,
    owners: owners.map((divisionId, index) => ({ divisionId, divisionName: DIVISIONS.find((d) => d.id === divisionId)!.name, role: index === 0 ? 'lead' : 'supporting' })),
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
    ...extra,
  };
}

function content(completion: number): ReportContent {
  return { done: 'ดำเนินการแล้ว', results: '', outcome: '', completion, evidence: [], publishedOn: null };
}

/** Q1 is due 15 Jan 2027 (past on TODAY); Q2 to Q4 have not opened. */
function quarters(q1: Partial<LifecycleReportSnapshot>): LifecycleReportSnapshot[] {
  const base = { version: 1, late: false, content: null, lastComment: null };
  return [
    { ...base, periodKey: 'Q1', start: '2026-10-01', dueDate: '2027-01-15', status: 'open', ...q1 },
    { ...base, periodKey: 'Q2', start: '2027-01-01', dueDate: '2027-04-15', status: 'not_open' },
    { ...base, periodKey: 'Q3', start: '2027-04-01', dueDate: '2027-07-15', status: 'not_open' },
    { ...base, periodKey: 'Q4', start: '2027-07-01', dueDate: '2027-10-15', status: 'not_open' },
  ];
}

function lifecycle(measureId: string, reports: LifecycleReportSnapshot[], extra: Partial<Lifecycle> = {}): Lifecycle {
  return { workflowId: `w/${measureId}`, organizationId: 'org', fiscalYearBe: 2570, measureId, revision: 5, status: 'in_progress', planApprovedOn: '2026-10-15', assignments: [], reports, events: [], ...extra };
}

function figures(entries: [Measure, Lifecycle][]) {
  const input: DashboardInput = { lifecycles: entries.map(([, l]) => l), measures: entries.map(([m]) => m), divisions: DIVISIONS, today: TODAY };
  return dashboardFigures(input);
}

describe('the on-time rate', () => {
  it('counts a report sent in after its due date against the rate', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), lifecycle('a', quarters({ status: 'accepted', content: content(50), submittedAt: '2027-01-10T03:00:00Z' }))],
      [measure('b', 2, [WORKS]), lifecycle('b', quarters({ status: 'submitted', late: true, content: content(50), submittedAt: '2027-01-20T03:00:00Z' }))],
    ]);
    expect(result.onTime).toEqual({ onTime: 1, late: 1, overdue: 0, rate: 50 });
  });

  it('counts a report past its due date and still not sent in as not on time', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), lifecycle('a', quarters({ status: 'signed_off', content: content(50), submittedAt: '2027-01-10T03:00:00Z' }))],
      [measure('b', 2, [WORKS]), lifecycle('b', quarters({ status: 'open' }))],
    ]);
    expect(result.onTime).toEqual({ onTime: 1, late: 0, overdue: 1, rate: 50 });
  });

  it('counts a report returned twice and sent again as one report', () => {
    const events: LifecycleEvent[] = ['submitReport', 'returnReport', 'submitReport', 'returnReport', 'submitReport'].map((action, index) => ({
      at: `2027-01-0${index + 1}T03:00:00Z`,
      action,
      actorPersonId: 'someone',
      onBehalfOfPersonId: null,
      periodKey: 'Q1',
      comment: null,
    }));
    const result = figures([[measure('a', 1, [FINANCE]), lifecycle('a', quarters({ status: 'submitted', content: content(80), submittedAt: '2027-01-05T03:00:00Z' }), { events })]]);
    expect(result.onTime.onTime).toBe(1);
    expect(result.periods[0].counts.awaiting_review).toBe(1);
    expect(result.periods[0].total).toBe(1);
  });

  it('has no rate before anything was due or sent in', () => {
    const result = dashboardFigures({ lifecycles: [lifecycle('a', quarters({ status: 'open' }))], measures: [measure('a', 1, [FINANCE])], divisions: DIVISIONS, today: '2026-11-30' });
    expect(result.onTime.rate).toBeNull();
  });
});

describe('completion per period', () => {
  it('stacks each quarter’s reports by where they stand', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), lifecycle('a', quarters({ status: 'signed_off', content: content(50) }))],
      [measure('b', 2, [FINANCE]), lifecycle('b', quarters({ status: 'accepted', content: content(50) }))],
      [measure('c', 3, [WORKS]), lifecycle('c', quarters({ status: 'returned_by_executive', content: content(50) }))],
      [measure('d', 4, [WORKS]), lifecycle('d', quarters({ status: 'draft' }))],
    ]);
    expect(result.periods.map((period) => period.periodKey)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(result.periods[0].counts).toEqual({ signed_off: 1, awaiting_sign_off: 1, awaiting_review: 0, returned: 1, not_reported: 1 });
    expect(result.periods[1].counts.not_reported).toBe(4);
  });

  it('keeps a published report counted as signed off while its correction is drafted', () => {
    const published = { version: 1, content: content(100), late: false, signedOffAt: '2027-01-12T03:00:00Z', signedOffByPersonId: 'mayor' };
    const result = figures([[measure('a', 1, [FINANCE]), lifecycle('a', quarters({ status: 'draft', version: 2, publishedVersions: [published] }))]]);
    expect(result.periods[0].counts.signed_off).toBe(1);
    expect(result.overall.averageCompletion).toBe(100);
  });

  it('leaves out measures whose plan is not approved yet and cancelled ones', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), lifecycle('a', quarters({ status: 'open' }), { status: 'plan_approval' })],
      [measure('b', 2, [FINANCE]), lifecycle('b', quarters({ status: 'open' }), { status: 'cancelled' })],
      [measure('c', 3, [FINANCE]), lifecycle('c', quarters({ status: 'open' }))],
    ]);
    expect(result.overall.measures).toBe(1);
    expect(result.periods[0].total).toBe(1);
  });
});

describe('overdue reports', () => {
  it('lists open, draft and returned reports past their due date, the latest first, with days late', () => {
    const step: LifecycleReportSnapshot = { periodKey: 'step-1', start: '2026-10-01', dueDate: '2026-11-10', status: 'returned', version: 1, late: false, content: content(20), lastComment: 'แนบหลักฐาน', submittedAt: '2026-11-09T03:00:00Z' };
    const result = figures([
      [measure('a', 1, [FINANCE]), lifecycle('a', [...quarters({ status: 'draft' }), step])],
      [measure('b', 2, [WORKS]), lifecycle('b', quarters({ status: 'submitted', content: content(10) }))],
    ]);
    expect(result.overdue.map((item) => [item.measureNo, item.periodKey, item.daysLate])).toEqual([
      [1, 'step-1', 76],
      [1, 'Q1', 10],
    ]);
    expect(result.overdue[0].divisionNames).toEqual(['กองคลัง']);
  });

  it('is not overdue on the due date itself', () => {
    const result = dashboardFigures({ lifecycles: [lifecycle('a', quarters({ status: 'open' }))], measures: [measure('a', 1, [FINANCE])], divisions: DIVISIONS, today: '2027-01-15' });
    expect(result.overdue).toEqual([]);
  });

  it('counts an overdue all-divisions measure for each division', () => {
    const result = figures([[measure('a', 1, [], { allDivisions: true }), lifecycle('a', quarters({ status: 'open' }))]]);
    expect(result.overdueByDivision).toEqual([
      { divisionId: PALAD, name: 'สำนักปลัด', count: 1 },
      { divisionId: FINANCE, name: 'กองคลัง', count: 1 },
      { divisionId: WORKS, name: 'กองช่าง', count: 1 },
    ]);
  });
});

describe('progress by division and by indicator', () => {
  it('counts an all-divisions measure for each division, and a shared measure for both owners', () => {
    const result = figures([
      [measure('a', 1, [], { allDivisions: true }), lifecycle('a', quarters({ status: 'signed_off', content: content(100) }))],
      [measure('b', 2, [FINANCE, WORKS]), lifecycle('b', quarters({ status: 'accepted', content: content(50) }))],
    ]);
    const byName = Object.fromEntries(result.byDivision.map((division) => [division.name, division]));
    expect(byName['สำนักปลัด']).toMatchObject({ measures: 1, averageCompletion: 100, signedOff: 1 });
    expect(byName['กองคลัง']).toMatchObject({ measures: 2, averageCompletion: 75, signedOff: 1, reportsOpened: 2 });
    expect(byName['กองช่าง'].measures).toBe(2);
    expect(result.overall.measures).toBe(2);
  });

  it('takes each measure’s latest report sent in, and counts a measure not reported yet as 0%', () => {
    const reports = quarters({ status: 'signed_off', content: content(40), submittedAt: '2027-01-05T03:00:00Z' });
    reports[1] = { ...reports[1], status: 'submitted', content: content(70), submittedAt: '2027-03-30T03:00:00Z' };
    const result = figures([
      [measure('a', 1, [FINANCE], { indicatorNo: 9 }), lifecycle('a', reports)],
      [measure('b', 2, [FINANCE], { indicatorNo: 9 }), lifecycle('b', quarters({ status: 'draft', content: content(90) }))],
      [measure('c', 3, [WORKS], { indicatorNo: null }), lifecycle('c', quarters({ status: 'open' }))],
    ]);
    expect(result.byIndicator.map((group) => [group.indicatorNo, group.measures, group.averageCompletion])).toEqual([
      [9, 2, 35],
      [null, 1, 0],
    ]);
  });

  it('leaves out divisions with no measure this year', () => {
    const result = figures([[measure('a', 1, [FINANCE]), lifecycle('a', quarters({ status: 'open' }))]]);
    expect(result.byDivision.map((division) => division.name)).toEqual(['กองคลัง']);
  });
});
