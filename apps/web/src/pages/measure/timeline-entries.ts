import type { LifecycleEvent } from '../../api/types';

/** One line of the timeline: an event, or a run of draft saves by one person on one period. */
export interface TimelineEntry {
  event: LifecycleEvent;
  /** How many events the line stands for (draft saves in a row are many). */
  count: number;
  /** When the first of them happened (the event's own time is the last one). */
  firstAt: string;
}

/**
 * The events newest first; a run of draft saves by the same person on the same period is one line
 * ("saved 12 times, last at …"). The lifecycle folds such runs into one event (`repeated`);
 * lifecycles that recorded every save fold here.
 */
export function timelineEntries(events: readonly LifecycleEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const last = entries.at(-1);
    if (
      last &&
      event.action === 'saveReportDraft' &&
      last.event.action === 'saveReportDraft' &&
      last.event.actorPersonId === event.actorPersonId &&
      last.event.onBehalfOfPersonId === event.onBehalfOfPersonId &&
      last.event.periodKey === event.periodKey
    ) {
      entries[entries.length - 1] = { event, count: last.count + (event.repeated?.count ?? 1), firstAt: last.firstAt };
    } else {
      entries.push({ event, count: event.repeated?.count ?? 1, firstAt: event.repeated?.firstAt ?? event.at });
    }
  }
  return entries.reverse();
}

/**
 * The comment to show, in words: the lifecycle records a division's id for an acknowledgement and
 * "from → to" ids for a reassignment.
 */
export function eventComment(event: LifecycleEvent, divisionName: (id: string) => string | null): string | null {
  if (!event.comment) return null;
  if (event.action === 'acknowledgeAssignment') return divisionName(event.comment) ?? event.comment;
  if (event.action === 'reassign') {
    const [from, to] = event.comment.split(' → ');
    if (from && to) return `${divisionName(from) ?? from} → ${divisionName(to) ?? to}`;
  }
  return event.comment;
}
