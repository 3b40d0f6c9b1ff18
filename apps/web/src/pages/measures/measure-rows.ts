import type { Lifecycle, LifecycleReportSnapshot, Measure } from '../../api/types';

export type LifecycleStatus = Lifecycle['status'];

/** One line of the measures list: the measure, its lifecycle state and the report that matters now. */
export interface MeasureRow {
  measure: Measure;
  lifecycle: Lifecycle | null;
  status: LifecycleStatus;
  current: LifecycleReportSnapshot | null;
  /** The current report is past its due date and not yet submitted. */
  overdue: boolean;
}

const STILL_TO_WRITE: readonly LifecycleReportSnapshot['status'][] = ['open', 'draft', 'returned', 'returned_by_executive'];

function byDueDate(reports: readonly LifecycleReportSnapshot[]): LifecycleReportSnapshot[] {
  return [...reports].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.start.localeCompare(b.start));
}

/**
 * The period that matters now: the earliest opened one not yet published (work is outstanding
 * there), else the latest opened one; none while no period has opened.
 */
export function currentReport(reports: readonly LifecycleReportSnapshot[]): LifecycleReportSnapshot | null {
  const opened = byDueDate(reports).filter((report) => report.status !== 'not_open');
  return opened.find((report) => report.status !== 'signed_off') ?? opened.at(-1) ?? null;
}

/** Past its due date (a Bangkok day) and still with its owners. */
export function isOverdue(report: Pick<LifecycleReportSnapshot, 'status' | 'dueDate'>, today: string): boolean {
  return STILL_TO_WRITE.includes(report.status) && report.dueDate < today;
}

/** The measures in their order, each with its lifecycle (a measure never submitted has none: draft). */
export function measureRows(measures: readonly Measure[], lifecycles: readonly Lifecycle[], today: string): MeasureRow[] {
  const byMeasure = new Map(lifecycles.map((lifecycle) => [lifecycle.measureId, lifecycle]));
  return [...measures]
    .sort((a, b) => a.no - b.no)
    .map((measure) => {
      const lifecycle = byMeasure.get(measure.id) ?? null;
      const current = lifecycle ? currentReport(lifecycle.reports) : null;
      const status: LifecycleStatus = lifecycle?.status ?? (measure.status as LifecycleStatus);
      return { measure, lifecycle, status, current, overdue: current !== null && isOverdue(current, today) };
    });
}

/** The divisions a measure concerns: its owners, its assignments and its steps' owners. */
export function divisionsOf(row: Pick<MeasureRow, 'measure' | 'lifecycle'>): Set<string> {
  return new Set([
    ...row.measure.owners.map((owner) => owner.divisionId),
    ...(row.lifecycle?.assignments.map((assignment) => assignment.divisionId) ?? []),
    ...row.measure.steps.flatMap((step) => (step.ownerDivisionId ? [step.ownerDivisionId] : [])),
  ]);
}

export interface MeasureFilter {
  divisionId: string;
  status: LifecycleStatus | '';
  text: string;
}

/** The rows that match every filter given ('' means any); the text matches the number or the title. */
export function filterRows(rows: readonly MeasureRow[], filter: MeasureFilter): MeasureRow[] {
  const words = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filter.divisionId === '' || row.measure.allDivisions || divisionsOf(row).has(filter.divisionId)) &&
      (filter.status === '' || row.status === filter.status) &&
      (words === '' || `${row.measure.no} ${row.measure.title}`.toLowerCase().includes(words)),
  );
}
