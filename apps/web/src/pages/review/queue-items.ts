import type { Lifecycle, LifecycleReportSnapshot, Measure } from '../../api/types';

/** One report waiting in a queue, with what the reader needs beside it. */
export interface QueueItem {
  measure: Measure;
  lifecycle: Lifecycle;
  report: LifecycleReportSnapshot;
  /** The report of the period before (Q1 for Q2, R6 for R12, the step before), when it says anything. */
  previous: LifecycleReportSnapshot | null;
  /** ISO instant since when it waits: its submission (review) or its acceptance (sign-off). */
  waitingSince: string | null;
  /** Who sent it in: the last person who submitted this period's report. */
  submittedByPersonId: string | null;
  /** The comment of the last return, if the report came back before. */
  lastComment: string | null;
}

type QueueStatus = Extract<LifecycleReportSnapshot['status'], 'submitted' | 'accepted'>;

/** The event that puts a report into each queue. */
const ENTERING_ACTION: Record<QueueStatus, string> = { submitted: 'submitReport', accepted: 'acceptReport' };

/** The key of the period before, in the same series: Q2 → Q1, R12 → R6, step-3 → step-2. */
export function previousPeriodKey(periodKey: string): string | null {
  const quarter = /^Q([2-4])$/.exec(periodKey);
  if (quarter) return `Q${Number(quarter[1]) - 1}`;
  if (periodKey === 'R12') return 'R6';
  const step = /^step-(\d+)$/.exec(periodKey);
  if (step && Number(step[1]) > 1) return `step-${Number(step[1]) - 1}`;
  return null;
}

function lastEvent(lifecycle: Lifecycle, action: string, periodKey: string) {
  return [...lifecycle.events].reverse().find((event) => event.action === action && event.periodKey === periodKey) ?? null;
}

/**
 * Every report of a fiscal year in one state (submitted: the coordinator's queue; accepted: the
 * executive's), the longest waiting first. Cancelled measures wait for no one.
 */
export function queueOf(lifecycles: Lifecycle[], measures: Measure[], status: QueueStatus): QueueItem[] {
  const measureById = new Map(measures.map((measure) => [measure.id, measure]));
  const items: QueueItem[] = [];
  for (const lifecycle of lifecycles) {
    const measure = measureById.get(lifecycle.measureId);
    if (!measure || lifecycle.status === 'cancelled') continue;
    for (const report of lifecycle.reports) {
      if (report.status !== status) continue;
      const previousKey = previousPeriodKey(report.periodKey);
      const previous = lifecycle.reports.find((other) => other.periodKey === previousKey && other.content !== null) ?? null;
      const entered = lastEvent(lifecycle, ENTERING_ACTION[status], report.periodKey);
      const submitted = lastEvent(lifecycle, 'submitReport', report.periodKey);
      items.push({
        measure,
        lifecycle,
        report,
        previous,
        waitingSince: entered?.at ?? report.submittedAt ?? null,
        submittedByPersonId: submitted?.onBehalfOfPersonId ?? submitted?.actorPersonId ?? null,
        lastComment: report.lastComment,
      });
    }
  }
  return items.sort(oldestFirst);
}

function oldestFirst(a: QueueItem, b: QueueItem): number {
  if (a.waitingSince !== b.waitingSince) {
    if (a.waitingSince === null) return 1;
    if (b.waitingSince === null) return -1;
    return a.waitingSince < b.waitingSince ? -1 : 1;
  }
  return a.measure.no - b.measure.no || a.report.periodKey.localeCompare(b.report.periodKey);
}

/** A stable key of one queue item (a measure may wait with two periods at once). */
export function queueItemKey(item: Pick<QueueItem, 'measure' | 'report'>): string {
  return `${item.measure.id}/${item.report.periodKey}`;
}

/** Measures waiting for the executive's plan approval, in plan order. */
export function plansAwaitingApproval(lifecycles: Lifecycle[], measures: Measure[]): Measure[] {
  const waiting = new Set(lifecycles.filter((lifecycle) => lifecycle.status === 'plan_approval').map((lifecycle) => lifecycle.measureId));
  return measures.filter((measure) => waiting.has(measure.id)).sort((a, b) => a.no - b.no);
}

/** Cancellations the coordinator asked for, oldest request first. */
export function cancellationRequests(lifecycles: Lifecycle[], measures: Measure[]): { measure: Measure; request: NonNullable<Lifecycle['cancelRequest']> }[] {
  const measureById = new Map(measures.map((measure) => [measure.id, measure]));
  return lifecycles
    .flatMap((lifecycle) => {
      const measure = measureById.get(lifecycle.measureId);
      return measure && lifecycle.cancelRequest && lifecycle.status !== 'cancelled' ? [{ measure, request: lifecycle.cancelRequest }] : [];
    })
    .sort((a, b) => a.request.requestedAt.localeCompare(b.request.requestedAt));
}
