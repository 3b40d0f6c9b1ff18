import { describe, expect, it } from '@jest/globals';
import type { Division, Lifecycle, LifecycleReportSnapshot, Measure } from '../../api/types';
import { aContent, aLifecycle, aMeasure, anEvent, aReport, ownersOf } from '../../test-support/fixtures';
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

/** A measure owned by divisions of this organisation, the first one leading. */
function measure(id: string, no: number, owners: string[], extra: Partial<Measure> = {}): Measure {
  return aMeasure({ id, no, owners: ownersOf(owners, (divisionId) => DIVISIONS.find((d) => d.id === divisionId)!.name), ...extra });
}

/** Q1 is due 15 Jan 2027 (past on TODAY); Q2 to Q4 have not opened. */
function quarters(q1: Partial<LifecycleReportSnapshot>): LifecycleReportSnapshot[] {
  return [
    aReport('Q1', 'open', q1),
    aReport('Q2', 'not_open', { start: '2027-01-01', dueDate: '2027-04-15' }),
    aReport('Q3', 'not_open', { start: '2027-04-01', dueDate: '2027-07-15' }),
    aReport('Q4', 'not_open', { start: '2027-07-01', dueDate: '2027-10-15' }),
  ];
}

function figures(entries: [Measure, Lifecycle][]) {
  const input: DashboardInput = { lifecycles: entries.map(([, l]) => l), measures: entries.map(([m]) => m), divisions: DIVISIONS, today: TODAY };
  return dashboardFigures(input);
}

describe('the on-time rate', () => {
  it('counts a report sent in after its due date against the rate', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), aLifecycle('a', quarters({ status: 'accepted', content: aContent({ completion: 50 }), submittedAt: '2027-01-10T03:00:00Z' }))],
      [measure('b', 2, [WORKS]), aLifecycle('b', quarters({ status: 'submitted', late: true, content: aContent({ completion: 50 }), submittedAt: '2027-01-20T03:00:00Z' }))],
    ]);
    expect(result.onTime).toEqual({ onTime: 1, late: 1, overdue: 0, rate: 50 });
  });

  it('counts a report past its due date and still not sent in as not on time', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), aLifecycle('a', quarters({ status: 'signed_off', content: aContent({ completion: 50 }), submittedAt: '2027-01-10T03:00:00Z' }))],
      [measure('b', 2, [WORKS]), aLifecycle('b', quarters({ status: 'open' }))],
    ]);
    expect(result.onTime).toEqual({ onTime: 1, late: 0, overdue: 1, rate: 50 });
  });

  it('counts a report returned twice and sent again as one report', () => {
    const events = ['submitReport', 'returnReport', 'submitReport', 'returnReport', 'submitReport'].map((action, index) =>
      anEvent(action, { at: `2027-01-0${index + 1}T03:00:00Z`, actorPersonId: 'someone', periodKey: 'Q1' }),
    );
    const result = figures([[measure('a', 1, [FINANCE]), aLifecycle('a', quarters({ status: 'submitted', content: aContent({ completion: 80 }), submittedAt: '2027-01-05T03:00:00Z' }), { events })]]);
    expect(result.onTime.onTime).toBe(1);
    expect(result.periods[0].counts.awaiting_review).toBe(1);
    expect(result.periods[0].total).toBe(1);
  });

  it('has no rate before anything was due or sent in', () => {
    const result = dashboardFigures({ lifecycles: [aLifecycle('a', quarters({ status: 'open' }))], measures: [measure('a', 1, [FINANCE])], divisions: DIVISIONS, today: '2026-11-30' });
    expect(result.onTime.rate).toBeNull();
  });
});

describe('completion per period', () => {
  it('stacks each quarter’s reports by where they stand', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), aLifecycle('a', quarters({ status: 'signed_off', content: aContent({ completion: 50 }) }))],
      [measure('b', 2, [FINANCE]), aLifecycle('b', quarters({ status: 'accepted', content: aContent({ completion: 50 }) }))],
      [measure('c', 3, [WORKS]), aLifecycle('c', quarters({ status: 'returned_by_executive', content: aContent({ completion: 50 }) }))],
      [measure('d', 4, [WORKS]), aLifecycle('d', quarters({ status: 'draft' }))],
    ]);
    expect(result.periods.map((period) => period.periodKey)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(result.periods[0].counts).toEqual({ signed_off: 1, awaiting_sign_off: 1, awaiting_review: 0, returned: 1, not_reported: 1 });
    expect(result.periods[1].counts.not_reported).toBe(4);
  });

  it('keeps a published report counted as signed off while its correction is drafted', () => {
    const published = { version: 1, content: aContent({ completion: 100 }), late: false, signedOffAt: '2027-01-12T03:00:00Z', signedOffByPersonId: 'mayor' };
    const result = figures([[measure('a', 1, [FINANCE]), aLifecycle('a', quarters({ status: 'draft', version: 2, publishedVersions: [published] }))]]);
    expect(result.periods[0].counts.signed_off).toBe(1);
    expect(result.overall.averageCompletion).toBe(100);
  });

  it('leaves out measures whose plan is not approved yet and cancelled ones', () => {
    const result = figures([
      [measure('a', 1, [FINANCE]), aLifecycle('a', quarters({ status: 'open' }), { status: 'plan_approval' })],
      [measure('b', 2, [FINANCE]), aLifecycle('b', quarters({ status: 'open' }), { status: 'cancelled' })],
      [measure('c', 3, [FINANCE]), aLifecycle('c', quarters({ status: 'open' }))],
    ]);
    expect(result.overall.measures).toBe(1);
    expect(result.periods[0].total).toBe(1);
  });
});

describe('overdue reports', () => {
  it('lists open, draft and returned reports past their due date, the latest first, with days late', () => {
    const step = aReport('step-1', 'returned', { dueDate: '2026-11-10', content: aContent({ completion: 20 }), lastComment: 'แนบหลักฐาน', submittedAt: '2026-11-09T03:00:00Z' });
    const result = figures([
      [measure('a', 1, [FINANCE]), aLifecycle('a', [...quarters({ status: 'draft' }), step])],
      [measure('b', 2, [WORKS]), aLifecycle('b', quarters({ status: 'submitted', content: aContent({ completion: 10 }) }))],
    ]);
    expect(result.overdue.map((item) => [item.measureNo, item.periodKey, item.daysLate])).toEqual([
      [1, 'step-1', 76],
      [1, 'Q1', 10],
    ]);
    expect(result.overdue[0].divisionNames).toEqual(['กองคลัง']);
  });

  it('is not overdue on the due date itself', () => {
    const result = dashboardFigures({ lifecycles: [aLifecycle('a', quarters({ status: 'open' }))], measures: [measure('a', 1, [FINANCE])], divisions: DIVISIONS, today: '2027-01-15' });
    expect(result.overdue).toEqual([]);
  });

  it('counts an overdue all-divisions measure for each division', () => {
    const result = figures([[measure('a', 1, [], { allDivisions: true }), aLifecycle('a', quarters({ status: 'open' }))]]);
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
      [measure('a', 1, [], { allDivisions: true }), aLifecycle('a', quarters({ status: 'signed_off', content: aContent({ completion: 100 }) }))],
      [measure('b', 2, [FINANCE, WORKS]), aLifecycle('b', quarters({ status: 'accepted', content: aContent({ completion: 50 }) }))],
    ]);
    const byName = Object.fromEntries(result.byDivision.map((division) => [division.name, division]));
    expect(byName['สำนักปลัด']).toMatchObject({ measures: 1, averageCompletion: 100, signedOff: 1 });
    expect(byName['กองคลัง']).toMatchObject({ measures: 2, averageCompletion: 75, signedOff: 1, reportsOpened: 2 });
    expect(byName['กองช่าง'].measures).toBe(2);
    expect(result.overall.measures).toBe(2);
  });

  it('takes each measure’s latest report sent in, and counts a measure not reported yet as 0%', () => {
    const reports = quarters({ status: 'signed_off', content: aContent({ completion: 40 }), submittedAt: '2027-01-05T03:00:00Z' });
    reports[1] = { ...reports[1], status: 'submitted', content: aContent({ completion: 70 }), submittedAt: '2027-03-30T03:00:00Z' };
    const result = figures([
      [measure('a', 1, [FINANCE], { indicatorNo: 9 }), aLifecycle('a', reports)],
      [measure('b', 2, [FINANCE], { indicatorNo: 9 }), aLifecycle('b', quarters({ status: 'draft', content: aContent({ completion: 90 }) }))],
      [measure('c', 3, [WORKS], { indicatorNo: null }), aLifecycle('c', quarters({ status: 'open' }))],
    ]);
    expect(result.byIndicator.map((group) => [group.indicatorNo, group.measures, group.averageCompletion])).toEqual([
      [9, 2, 35],
      [null, 1, 0],
    ]);
  });

  it('leaves out divisions with no measure this year', () => {
    const result = figures([[measure('a', 1, [FINANCE]), aLifecycle('a', quarters({ status: 'open' }))]]);
    expect(result.byDivision.map((division) => division.name)).toEqual(['กองคลัง']);
  });
});
