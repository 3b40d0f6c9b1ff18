import type { LifecycleReportSnapshot, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import type { PersonEntity } from '@prongsai/persistence';
import { inboxFor, inboxWithStandIns } from './inbox';

const person = (role: PersonEntity['role'], divisionId: string | null = null) => ({ id: `p-${role}`, displayName: `the ${role}`, role, divisionId }) as PersonEntity;

function report(periodKey: string, status: LifecycleReportSnapshot['status'], dueDate: string): LifecycleReportSnapshot {
  return { periodKey, start: '2026-10-01', dueDate, status, version: 1, late: false, content: null, lastComment: null };
}

function lifecycle(measureId: string, status: MeasureLifecycleSnapshot['status'], reports: LifecycleReportSnapshot[], acknowledged = true): MeasureLifecycleSnapshot {
  return {
    workflowId: `measure/org/2570/${measureId}`,
    organizationId: 'org',
    fiscalYearBe: 2570,
    measureId,
    revision: 1,
    status,
    planApprovedOn: null,
    assignments: [{ divisionId: 'finance', acknowledged, officerIds: [] }],
    reports,
    events: [],
  };
}

describe("a person's inbox", () => {
  const today = '2027-01-20';
  const lifecycles = [
    lifecycle('m1', 'in_progress', [report('Q1', 'open', '2027-01-15'), report('Q2', 'not_open', '2027-04-15')]),
    lifecycle('m2', 'in_progress', [report('Q1', 'returned', '2027-01-15')]),
    lifecycle('m3', 'in_progress', [report('step-1', 'draft', '2027-02-01'), report('Q1', 'submitted', '2027-01-15')]),
    lifecycle('m4', 'in_progress', [report('Q1', 'accepted', '2027-01-15')]),
    lifecycle('m5', 'plan_approval', []),
    lifecycle('m6', 'assignment', [], false),
    lifecycle('m7', 'completed', [report('Q1', 'open', '2027-01-15')]),
  ];

  it('shows an officer what is overdue first, then what was returned, then what is due', () => {
    const items = inboxFor(person('officer', 'finance'), lifecycles, today);
    expect(items.map((item) => [item.section, item.measureId, item.periodKey])).toEqual([
      ['overdue', 'm1', 'Q1'],
      ['returned', 'm2', 'Q1'],
      ['due', 'm3', 'step-1'],
    ]);
  });

  it('shows nothing of other divisions to an officer', () => {
    expect(inboxFor(person('officer', 'works'), lifecycles, today)).toEqual([]);
  });

  it('shows the coordinator the reports waiting for review and the executive those waiting for sign-off and the plan', () => {
    expect(inboxFor(person('admin'), lifecycles, today).map((item) => [item.task, item.measureId])).toEqual([['review', 'm3']]);
    expect(inboxFor(person('executive'), lifecycles, today).map((item) => [item.task, item.measureId]).sort()).toEqual([
      ['approve_plan', 'm5'],
      ['sign_off', 'm4'],
    ]);
  });

  it('asks a division head to acknowledge a new assignment', () => {
    expect(inboxFor(person('division_head', 'finance'), lifecycles, today)).toContainEqual(expect.objectContaining({ task: 'acknowledge', measureId: 'm6' }));
  });

  it("adds the tasks of whoever the person stands in for, marked whose, after their own and without repeating one they have anyway", () => {
    const engineeringOfficer = person('officer', 'engineering');
    const items = inboxWithStandIns(engineeringOfficer, [person('division_head', 'finance'), person('officer', 'finance')], lifecycles, today);
    expect(items.map((item) => [item.task, item.measureId, item.periodKey, item.onBehalfOf?.displayName])).toEqual([
      ['report', 'm1', 'Q1', 'the division_head'],
      ['report', 'm2', 'Q1', 'the division_head'],
      ['report', 'm3', 'step-1', 'the division_head'],
      ['acknowledge', 'm6', null, 'the division_head'],
    ]);
    expect(inboxWithStandIns(person('executive'), [{ ...person('executive'), id: 'p-nayok' }], lifecycles, today).every((item) => item.onBehalfOf === undefined)).toBe(true);
  });
});
