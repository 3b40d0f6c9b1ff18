import { describe, expect, it } from '@jest/globals';
import type { Lifecycle, LifecycleEvent, LifecycleReportSnapshot, Measure } from '../../api/types';
import { cancellationRequests, plansAwaitingApproval, previousPeriodKey, queueOf } from './queue-items';

function measure(id: string, no: number): Measure {
  return {
    id,
    fiscalYearBe: 2570,
    no,
    title: `มาตรการที่ ${no}`,
    issueToImprove: null,
    indicatorNo: 9,
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
  };
}

function report(periodKey: string, status: LifecycleReportSnapshot['status'], extra: Partial<LifecycleReportSnapshot> = {}): LifecycleReportSnapshot {
  return { periodKey, start: '2026-10-01', dueDate: '2027-01-15', status, version: 1, late: false, content: null, lastComment: null, ...extra };
}

function event(action: string, at: string, periodKey: string | null, actorPersonId = 'officer'): LifecycleEvent {
  return { at, action, actorPersonId, onBehalfOfPersonId: null, periodKey, comment: null };
}

function lifecycle(measureId: string, reports: LifecycleReportSnapshot[], events: LifecycleEvent[] = [], extra: Partial<Lifecycle> = {}): Lifecycle {
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
    events,
    ...extra,
  };
}

const CONTENT = { done: 'ประชุมแล้ว', results: '', outcome: '', completion: 40, evidence: [], publishedOn: null };

describe('the coordinator’s review queue', () => {
  it('lists only submitted reports, the one sent in first at the top', () => {
    const items = queueOf(
      [
        lifecycle('a', [report('Q1', 'submitted')], [event('submitReport', '2026-11-20T09:00:00Z', 'Q1')]),
        lifecycle('b', [report('Q1', 'submitted'), report('Q2', 'open')], [event('submitReport', '2026-11-02T09:00:00Z', 'Q1')]),
        lifecycle('c', [report('Q1', 'accepted')], [event('submitReport', '2026-11-01T09:00:00Z', 'Q1')]),
      ],
      [measure('a', 1), measure('b', 2), measure('c', 3)],
      'submitted',
    );
    expect(items.map((item) => item.measure.id)).toEqual(['b', 'a']);
  });

  it('dates a report sent back and sent again by its latest submission, and names who sent it', () => {
    const [item] = queueOf(
      [
        lifecycle(
          'a',
          [report('Q1', 'submitted')],
          [event('submitReport', '2026-11-01T09:00:00Z', 'Q1', 'first'), event('returnReport', '2026-11-02T09:00:00Z', 'Q1', 'coordinator'), event('submitReport', '2026-11-05T09:00:00Z', 'Q1', 'second')],
        ),
      ],
      [measure('a', 1)],
      'submitted',
    );
    expect(item.waitingSince).toBe('2026-11-05T09:00:00Z');
    expect(item.submittedByPersonId).toBe('second');
  });

  it('shows the previous quarter’s report beside the new one when there was one', () => {
    const [item] = queueOf([lifecycle('a', [report('Q1', 'signed_off', { content: CONTENT }), report('Q2', 'submitted', { content: CONTENT })])], [measure('a', 1)], 'submitted');
    expect(item.report.periodKey).toBe('Q2');
    expect(item.previous?.periodKey).toBe('Q1');
  });

  it('leaves out reports of a cancelled measure', () => {
    expect(queueOf([lifecycle('a', [report('Q1', 'submitted')], [], { status: 'cancelled' })], [measure('a', 1)], 'submitted')).toEqual([]);
  });
});

describe('the executive’s sign-off queue', () => {
  it('lists accepted reports, the one accepted first at the top', () => {
    const items = queueOf(
      [
        lifecycle('a', [report('Q1', 'accepted')], [event('submitReport', '2026-11-01T09:00:00Z', 'Q1'), event('acceptReport', '2026-11-10T09:00:00Z', 'Q1')]),
        lifecycle('b', [report('Q1', 'accepted')], [event('submitReport', '2026-11-03T09:00:00Z', 'Q1'), event('acceptReport', '2026-11-04T09:00:00Z', 'Q1')]),
      ],
      [measure('a', 1), measure('b', 2)],
      'accepted',
    );
    expect(items.map((item) => item.measure.id)).toEqual(['b', 'a']);
  });

  it('also lists plans waiting for approval and cancellations asked for', () => {
    const lifecycles = [
      lifecycle('a', [], [], { status: 'plan_approval' }),
      lifecycle('b', [], [], { cancelRequest: { reason: 'ซ้ำกับมาตรการที่ 1', requestedAt: '2026-11-01T00:00:00Z', requestedByPersonId: 'coordinator' } }),
      lifecycle('c', []),
    ];
    const measures = [measure('a', 1), measure('b', 2), measure('c', 3)];
    expect(plansAwaitingApproval(lifecycles, measures).map((m) => m.id)).toEqual(['a']);
    expect(cancellationRequests(lifecycles, measures).map((entry) => entry.measure.id)).toEqual(['b']);
  });
});

describe('the period before', () => {
  it('follows quarters, rounds and steps', () => {
    expect(previousPeriodKey('Q1')).toBeNull();
    expect(previousPeriodKey('Q3')).toBe('Q2');
    expect(previousPeriodKey('R12')).toBe('R6');
    expect(previousPeriodKey('step-2')).toBe('step-1');
  });
});
