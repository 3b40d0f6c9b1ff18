import { describe, expect, it } from '@jest/globals';
import type { Lifecycle } from '../../api/types';
import { aLifecycle, aReport } from '../../test-support/fixtures';
import { availableActions } from './measure-actions';

/** Finance has not acknowledged its part yet; engineering has, and named its officer. */
const lifecycle = (status: Lifecycle['status'], extra: Partial<Lifecycle> = {}): Lifecycle =>
  aLifecycle('m', [], {
    status,
    planApprovedOn: null,
    assignments: [
      { divisionId: 'finance', acknowledged: false, officerIds: [] },
      { divisionId: 'engineering', acknowledged: true, officerIds: ['p1'] },
    ],
    ...extra,
  });

const signedOff = aReport('Q1', 'signed_off');

describe('availableActions', () => {
  it('lets the executive decide on the plan and on a cancellation', () => {
    expect(availableActions({ role: 'executive', divisionId: null }, lifecycle('plan_approval')).actions).toEqual(['approvePlan', 'returnPlan']);
    const asked = lifecycle('in_progress', { cancelRequest: { reason: 'ซ้ำกับมาตรการอื่น', requestedAt: '2026-11-01T00:00:00Z', requestedByPersonId: 'a' } });
    expect(availableActions({ role: 'executive', divisionId: null }, asked).actions).toEqual(['approveCancel', 'rejectCancel']);
  });

  it('lets a division head acknowledge only their own division, once', () => {
    expect(availableActions({ role: 'division_head', divisionId: 'finance' }, lifecycle('assignment'))).toMatchObject({
      actions: ['acknowledgeAssignment'],
      acknowledgeDivisionIds: ['finance'],
    });
    expect(availableActions({ role: 'division_head', divisionId: 'engineering' }, lifecycle('assignment')).actions).toEqual([]);
    expect(availableActions({ role: 'division_head', divisionId: 'finance' }, lifecycle('plan_approval')).actions).toEqual([]);
  });

  it('gives the coordinator amend, cancel, reassign and corrections of published periods', () => {
    const result = availableActions({ role: 'admin', divisionId: null }, lifecycle('in_progress', { reports: [signedOff] }));
    expect(result.actions).toEqual(['amendPlan', 'requestCancel', 'reassign']);
    expect(result.correctablePeriods).toEqual(['Q1']);
    expect(availableActions({ role: 'admin', divisionId: null }, lifecycle('plan_approval')).actions).toEqual(['requestCancel', 'reassign']);
  });

  it('offers nothing on a finished measure, nor to officers', () => {
    expect(availableActions({ role: 'admin', divisionId: null }, lifecycle('cancelled')).actions).toEqual([]);
    expect(availableActions({ role: 'officer', divisionId: 'finance' }, lifecycle('in_progress')).actions).toEqual([]);
    expect(availableActions({ role: 'admin', divisionId: null }, null).actions).toEqual([]);
  });
});
