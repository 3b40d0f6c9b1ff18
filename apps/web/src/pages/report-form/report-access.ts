import type { Lifecycle, LifecycleReportSnapshot, Role } from '../../api/types';

/** The report statuses in which the owners may still write (the lifecycle's own rule). */
export const WRITABLE_REPORT_STATUSES: readonly LifecycleReportSnapshot['status'][] = ['open', 'draft', 'returned', 'returned_by_executive'];

/** Why a person cannot write a report now, or null when they can. */
export type ReadOnlyReason = 'not_owner' | 'measure_not_in_progress' | 'not_open' | 'submitted' | 'accepted' | 'signed_off' | null;

interface Reader {
  role: Role;
  divisionId: string | null;
}

/** A division head or officer of a division the measure is assigned to. */
export function isReportOwner(person: Reader, lifecycle: Pick<Lifecycle, 'assignments'>): boolean {
  return (
    (person.role === 'officer' || person.role === 'division_head') &&
    person.divisionId !== null &&
    lifecycle.assignments.some((assignment) => assignment.divisionId === person.divisionId)
  );
}

/** Whether the person may write this period's report now, and if not, why not. */
export function readOnlyReason(person: Reader, lifecycle: Pick<Lifecycle, 'assignments' | 'status'>, report: Pick<LifecycleReportSnapshot, 'status'>): ReadOnlyReason {
  if (report.status === 'signed_off') return 'signed_off';
  if (report.status === 'submitted') return 'submitted';
  if (report.status === 'accepted') return 'accepted';
  if (report.status === 'not_open') return 'not_open';
  if (!isReportOwner(person, lifecycle)) return 'not_owner';
  if (lifecycle.status !== 'in_progress') return 'measure_not_in_progress';
  return WRITABLE_REPORT_STATUSES.includes(report.status) ? null : 'submitted';
}

/** The report was sent back (by the coordinator or the executive) and not resubmitted since. */
export function wasReturned(report: Pick<LifecycleReportSnapshot, 'status' | 'lastComment'>): boolean {
  if (report.status === 'returned' || report.status === 'returned_by_executive') return true;
  // Saving a draft after a return keeps the comment (only a correction clears it).
  return report.status === 'draft' && !!report.lastComment;
}

/** The due date has passed (Bangkok day) for a first version not yet submitted: it will be marked late. */
export function willBeLate(report: Pick<LifecycleReportSnapshot, 'dueDate' | 'version' | 'status'>, today: string): boolean {
  return report.version === 1 && WRITABLE_REPORT_STATUSES.includes(report.status) && today > report.dueDate;
}
