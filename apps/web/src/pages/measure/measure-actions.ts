import type { Lifecycle, Role } from '../../api/types';

/** The actions on a whole measure the page offers (reports are written on the report form). */
export type MeasureAction = 'approvePlan' | 'returnPlan' | 'approveCancel' | 'rejectCancel' | 'acknowledgeAssignment' | 'amendPlan' | 'requestCancel' | 'reassign';

export interface AvailableActions {
  actions: MeasureAction[];
  /** The divisions whose assignment this person may acknowledge (their own, while not acknowledged). */
  acknowledgeDivisionIds: string[];
  /** Signed-off periods this person may reopen as a new version (a correction). */
  correctablePeriods: string[];
}

interface Actor {
  role: Role;
  divisionId: string | null;
}

const FINISHED: readonly Lifecycle['status'][] = ['completed', 'cancelled'];
const ACTIVE: readonly Lifecycle['status'][] = ['assignment', 'in_progress'];

/**
 * What this person may do to this measure now, by the lifecycle's rules (the API checks them again
 * and says why not): the executive decides on the plan and on cancellations; the head of an owner
 * division acknowledges its assignment; the coordinator amends, reassigns, asks to cancel and
 * starts corrections of published reports.
 */
export function availableActions(person: Actor, lifecycle: Lifecycle | null): AvailableActions {
  const none: AvailableActions = { actions: [], acknowledgeDivisionIds: [], correctablePeriods: [] };
  if (lifecycle === null || FINISHED.includes(lifecycle.status)) return none;
  const actions: MeasureAction[] = [];
  let acknowledgeDivisionIds: string[] = [];
  let correctablePeriods: string[] = [];
  if (person.role === 'executive') {
    if (lifecycle.status === 'plan_approval') actions.push('approvePlan', 'returnPlan');
    if (lifecycle.cancelRequest) actions.push('approveCancel', 'rejectCancel');
  }
  if (person.role === 'division_head' && ACTIVE.includes(lifecycle.status)) {
    acknowledgeDivisionIds = lifecycle.assignments.filter((a) => !a.acknowledged && a.divisionId === person.divisionId).map((a) => a.divisionId);
    if (acknowledgeDivisionIds.length > 0) actions.push('acknowledgeAssignment');
  }
  if (person.role === 'admin') {
    if (ACTIVE.includes(lifecycle.status)) actions.push('amendPlan');
    if (!lifecycle.cancelRequest) actions.push('requestCancel');
    if (lifecycle.assignments.length > 0) actions.push('reassign');
    correctablePeriods = lifecycle.reports.filter((report) => report.status === 'signed_off').map((report) => report.periodKey);
  }
  return { actions, acknowledgeDivisionIds, correctablePeriods };
}
