import { describe, expect, it } from '@jest/globals';
import type { LifecycleEvent } from '../../api/types';
import { aContent, aLifecycle, aMeasure, anEvent, aReport } from '../../test-support/fixtures';
import { cancellationRequests, plansAwaitingApproval, previousPeriodKey, queueOf } from './queue-items';

function event(action: string, at: string, periodKey: string | null, actorPersonId = 'officer'): LifecycleEvent {
  return anEvent(action, { at, periodKey, actorPersonId });
}

const CONTENT = aContent({ completion: 40 });

describe('the coordinator’s review queue', () => {
  it('lists only submitted reports, the one sent in first at the top', () => {
    const items = queueOf(
      [
        aLifecycle('a', [aReport('Q1', 'submitted')], { events: [event('submitReport', '2026-11-20T09:00:00Z', 'Q1')] }),
        aLifecycle('b', [aReport('Q1', 'submitted'), aReport('Q2', 'open')], { events: [event('submitReport', '2026-11-02T09:00:00Z', 'Q1')] }),
        aLifecycle('c', [aReport('Q1', 'accepted')], { events: [event('submitReport', '2026-11-01T09:00:00Z', 'Q1')] }),
      ],
      [aMeasure({ id: 'a', no: 1 }), aMeasure({ id: 'b', no: 2 }), aMeasure({ id: 'c', no: 3 })],
      'submitted',
    );
    expect(items.map((item) => item.measure.id)).toEqual(['b', 'a']);
  });

  it('dates a report sent back and sent again by its latest submission, and names who sent it', () => {
    const [item] = queueOf(
      [
        aLifecycle('a', [aReport('Q1', 'submitted')], {
          events: [event('submitReport', '2026-11-01T09:00:00Z', 'Q1', 'first'), event('returnReport', '2026-11-02T09:00:00Z', 'Q1', 'coordinator'), event('submitReport', '2026-11-05T09:00:00Z', 'Q1', 'second')],
        }),
      ],
      [aMeasure({ id: 'a', no: 1 })],
      'submitted',
    );
    expect(item.waitingSince).toBe('2026-11-05T09:00:00Z');
    expect(item.submittedByPersonId).toBe('second');
  });

  it('shows the previous quarter’s report beside the new one when there was one', () => {
    const [item] = queueOf([aLifecycle('a', [aReport('Q1', 'signed_off', { content: CONTENT }), aReport('Q2', 'submitted', { content: CONTENT })])], [aMeasure({ id: 'a', no: 1 })], 'submitted');
    expect(item.report.periodKey).toBe('Q2');
    expect(item.previous?.periodKey).toBe('Q1');
  });

  it('leaves out reports of a cancelled measure', () => {
    expect(queueOf([aLifecycle('a', [aReport('Q1', 'submitted')], { status: 'cancelled' })], [aMeasure({ id: 'a', no: 1 })], 'submitted')).toEqual([]);
  });
});

describe('the executive’s sign-off queue', () => {
  it('lists accepted reports, the one accepted first at the top', () => {
    const items = queueOf(
      [
        aLifecycle('a', [aReport('Q1', 'accepted')], { events: [event('submitReport', '2026-11-01T09:00:00Z', 'Q1'), event('acceptReport', '2026-11-10T09:00:00Z', 'Q1')] }),
        aLifecycle('b', [aReport('Q1', 'accepted')], { events: [event('submitReport', '2026-11-03T09:00:00Z', 'Q1'), event('acceptReport', '2026-11-04T09:00:00Z', 'Q1')] }),
      ],
      [aMeasure({ id: 'a', no: 1 }), aMeasure({ id: 'b', no: 2 })],
      'accepted',
    );
    expect(items.map((item) => item.measure.id)).toEqual(['b', 'a']);
  });

  it('also lists plans waiting for approval and cancellations asked for', () => {
    const lifecycles = [
      aLifecycle('a', [], { status: 'plan_approval' }),
      aLifecycle('b', [], { cancelRequest: { reason: 'ซ้ำกับมาตรการที่ 1', requestedAt: '2026-11-01T00:00:00Z', requestedByPersonId: 'coordinator' } }),
      aLifecycle('c', []),
    ];
    const measures = [aMeasure({ id: 'a', no: 1 }), aMeasure({ id: 'b', no: 2 }), aMeasure({ id: 'c', no: 3 })];
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
