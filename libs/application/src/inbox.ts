import type { LifecycleReportSnapshot, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { isDivisionBound } from '@prongsai/domain';
import type { PersonEntity } from '@prongsai/persistence';

export type InboxSection = 'overdue' | 'returned' | 'due' | 'waiting';

export interface InboxItem {
  section: InboxSection;
  measureId: string;
  periodKey: string | null;
  /** What is asked: submit a report, review it, sign it off, approve the plan or a cancellation. */
  task: 'report' | 'review' | 'sign_off' | 'approve_plan' | 'approve_cancel' | 'acknowledge';
  dueDate: string | null;
  /** Set on a task of someone the person stands in for today: whose task it is. */
  onBehalfOf?: { personId: string; displayName: string };
}

const OPEN_FOR_OWNERS: LifecycleReportSnapshot['status'][] = ['open', 'draft'];
const RETURNED: LifecycleReportSnapshot['status'][] = ['returned', 'returned_by_executive'];

/**
 * A person's tasks across measures, from the read model: overdue first, then what was returned
 * to them, what is due, and what waits for their review or sign-off.
 */
export function inboxFor(person: Pick<PersonEntity, 'role' | 'divisionId'>, lifecycles: MeasureLifecycleSnapshot[], today: string): InboxItem[] {
  const items: InboxItem[] = [];
  for (const lifecycle of lifecycles) {
    if (lifecycle.status === 'completed' || lifecycle.status === 'cancelled') continue;
    const mine = isDivisionBound(person.role) && lifecycle.assignments.some((a) => a.divisionId === person.divisionId);
    if (mine && person.role === 'division_head') {
      const assignment = lifecycle.assignments.find((a) => a.divisionId === person.divisionId);
      if (assignment && !assignment.acknowledged && lifecycle.status === 'assignment') {
        items.push({ section: 'waiting', measureId: lifecycle.measureId, periodKey: null, task: 'acknowledge', dueDate: null });
      }
    }
    if (person.role === 'executive' && lifecycle.status === 'plan_approval') {
      items.push({ section: 'waiting', measureId: lifecycle.measureId, periodKey: null, task: 'approve_plan', dueDate: null });
    }
    if (person.role === 'executive' && lifecycle.cancelRequest) {
      items.push({ section: 'waiting', measureId: lifecycle.measureId, periodKey: null, task: 'approve_cancel', dueDate: null });
    }
    for (const report of lifecycle.reports) {
      const base = { measureId: lifecycle.measureId, periodKey: report.periodKey, dueDate: report.dueDate };
      if (mine && RETURNED.includes(report.status)) items.push({ ...base, section: 'returned', task: 'report' });
      else if (mine && OPEN_FOR_OWNERS.includes(report.status)) items.push({ ...base, section: report.dueDate < today ? 'overdue' : 'due', task: 'report' });
      else if (person.role === 'admin' && report.status === 'submitted') items.push({ ...base, section: 'waiting', task: 'review' });
      else if (person.role === 'executive' && report.status === 'accepted') items.push({ ...base, section: 'waiting', task: 'sign_off' });
    }
  }
  const order: InboxSection[] = ['overdue', 'returned', 'due', 'waiting'];
  return items.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section) || (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}

/**
 * The person's own tasks, then those of each person they stand in for today (marked whose),
 * leaving out a stand-in task the person has as their own anyway.
 */
export function inboxWithStandIns(person: PersonEntity, standingInFor: readonly PersonEntity[], lifecycles: MeasureLifecycleSnapshot[], today: string): InboxItem[] {
  const own = inboxFor(person, lifecycles, today);
  const keyOf = (item: InboxItem) => `${item.measureId}|${item.periodKey}|${item.task}`;
  const seen = new Set(own.map(keyOf));
  const theirs = standingInFor.flatMap((absent) =>
    inboxFor(absent, lifecycles, today)
      .filter((item) => !seen.has(keyOf(item)) && seen.add(keyOf(item)))
      .map((item) => ({ ...item, onBehalfOf: { personId: absent.id, displayName: absent.displayName } })),
  );
  return [...own, ...theirs];
}
