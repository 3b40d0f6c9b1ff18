import type { LifecycleNotification, LifecyclePolicy } from '@prongsai/contracts';
import { addDays, addWorkingDays, fiscalYearRange, IsoDate } from '../calendar';
import { notice } from './lifecycle.decider';
import { bangkokDateOf } from './lifecycle-clock';
import type { LifecycleReport, LifecycleState } from './lifecycle-state';

/** Days after the fiscal year's last day by which the lifecycle completes, whatever still waits. */
export const YEAR_END_GRACE_DAYS = 30;

/** The highest escalation level of overdue notices: 0 officers and division head, 1 ปลัด, 2 and above นายก. */
export const MAX_ESCALATION_LEVEL = 3;

/** Something the lifecycle's timers do on a day (Asia/Bangkok). */
export type LifecycleAgendaItem =
  | { kind: 'open'; date: IsoDate; periodKey: string }
  | { kind: 'reminder'; date: IsoDate; periodKey: string; dueDate: IsoDate; workingDaysBefore: number }
  | { kind: 'overdue'; date: IsoDate; periodKey: string; dueDate: IsoDate; escalationLevel: number }
  | { kind: 'waiting'; date: IsoDate; periodKey: string; waitingFor: 'review' | 'sign_off'; since: IsoDate }
  | { kind: 'yearEnd'; date: IsoDate };

/** The calendar facts the agenda needs besides the state. */
export interface LifecycleAgendaFacts {
  policy: LifecyclePolicy;
  /** Public holidays, 'YYYY-MM-DD': reminders count working days around them. */
  holidays: readonly IsoDate[];
  /**
   * 2 (lifecycles started since the 'lifecycle-lean-actions' patch): escalations fall on working
   * days, and a report waiting `policy.reviewReminderWorkingDays` working days for review or
   * sign-off reminds the coordinator or the executive. 1 (default): neither, as runs recorded
   * before it did.
   */
  version?: 1 | 2;
}

/**
 * Every timed step of a lifecycle, earliest first:
 *
 * - `open`: each report not open yet opens on its start day;
 * - `reminder`: `policy.reminderWorkingDaysBefore` working days before each due date
 *   (weekends and the holidays skipped);
 * - `overdue`: `policy.escalationDaysAfter` calendar days after each due date, escalation level
 *   0, 1, 2… in that order (at most {@link MAX_ESCALATION_LEVEL}); in version 2 moved to the
 *   next working day when that day is a weekend or holiday;
 * - `waiting` (version 2): `policy.reviewReminderWorkingDays` working days after a report was
 *   submitted (waiting for review) or accepted (waiting for sign-off);
 * - `yearEnd`: when {@link yearCanClose} should be asked again: the day after the fiscal year, the
 *   day after each due date that falls after it, and {@link YEAR_END_GRACE_DAYS} days after it.
 *
 * Reminders and escalations are listed whatever the report's status; {@link agendaNotification}
 * decides on the day whether they still apply.
 */
export function lifecycleAgenda(state: LifecycleState, facts: LifecycleAgendaFacts): LifecycleAgendaItem[] {
  const holidays = new Set(facts.holidays);
  const version = facts.version ?? 1;
  const items: LifecycleAgendaItem[] = [];
  for (const report of state.reports) {
    if (report.status === 'not_open') {
      items.push({ kind: 'open', date: report.start, periodKey: report.periodKey });
    }
    for (const before of [...new Set(facts.policy.reminderWorkingDaysBefore)].filter((n) => Number.isInteger(n) && n > 0)) {
      items.push({ kind: 'reminder', date: addWorkingDays(report.dueDate, -before, holidays), periodKey: report.periodKey, dueDate: report.dueDate, workingDaysBefore: before });
    }
    facts.policy.escalationDaysAfter
      .filter((n) => Number.isInteger(n) && n >= 0)
      .forEach((after, level) => {
        const day = addDays(report.dueDate, after);
        const date = version === 2 ? addWorkingDays(day, 0, holidays) : day;
        items.push({ kind: 'overdue', date, periodKey: report.periodKey, dueDate: report.dueDate, escalationLevel: Math.min(level, MAX_ESCALATION_LEVEL) });
      });
    const waiting = version === 2 ? waitingSince(state, report) : null;
    if (waiting !== null && facts.policy.reviewReminderWorkingDays > 0) {
      const date = addWorkingDays(waiting.since, facts.policy.reviewReminderWorkingDays, holidays);
      items.push({ kind: 'waiting', date, periodKey: report.periodKey, ...waiting });
    }
  }
  const { end, latest } = yearEndDates(state.fiscalYearBe);
  const closingChecks = new Set([addDays(end, 1), latest, ...state.reports.map((r) => addDays(r.dueDate, 1)).filter((day) => day > end && day < latest)]);
  items.push(...[...closingChecks].map((date) => ({ kind: 'yearEnd' as const, date })));
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The fiscal year's last day and the latest day the lifecycle may stay open after it. */
export function yearEndDates(fiscalYearBe: number): { end: IsoDate; latest: IsoDate } {
  const { end } = fiscalYearRange(fiscalYearBe);
  return { end, latest: addDays(end, YEAR_END_GRACE_DAYS) };
}

/**
 * The reminder or overdue notice an agenda item gives today, or null when it no longer applies:
 * only while the measure is live (assignment or in progress) and the report is open or in draft,
 * i.e. not submitted yet. Returned or corrected reports get no reminders.
 */
export function agendaNotification(state: LifecycleState, item: LifecycleAgendaItem): LifecycleNotification | null {
  if (item.kind === 'waiting') {
    const report = state.reports.find((r) => r.periodKey === item.periodKey);
    const still = report ? waitingSince(state, report) : null;
    if (report === undefined || still === null || still.waitingFor !== item.waitingFor || still.since !== item.since) return null;
    return notice(state, item.waitingFor === 'review' ? 'review_reminder' : 'sign_off_reminder', report, { on: item.date });
  }
  if (item.kind !== 'reminder' && item.kind !== 'overdue') return null;
  if (state.status !== 'assignment' && state.status !== 'in_progress') return null;
  const report = state.reports.find((r) => r.periodKey === item.periodKey);
  if (report === undefined || report.version !== 1 || (report.status !== 'open' && report.status !== 'draft')) return null;
  return notice(state, item.kind, report, { on: item.date, escalationLevel: item.kind === 'overdue' ? item.escalationLevel : null });
}

/**
 * Tells whether the year's lifecycle may complete on `today`: after the fiscal year's last day,
 * when no report waits for anyone (none in draft, submitted, returned or accepted) and every report
 * still open is past its due date; and always from {@link yearEndDates}' `latest` day.
 */
export function yearCanClose(state: LifecycleState, today: IsoDate): boolean {
  const { end, latest } = yearEndDates(state.fiscalYearBe);
  if (today <= end) return false;
  if (today >= latest) return true;
  return state.reports.every((r) => r.status === 'signed_off' || ((r.status === 'open' || r.status === 'not_open') && today > r.dueDate));
}

/**
 * Tells whether an action that turned `before` into `after` may change what the lifecycle's timers
 * wait for: the status, a report's dates, a period opening, or the year now able to close on
 * `today`. Submitting, reviewing and signing off within a period do not, so the workflow keeps its
 * timer instead of cancelling and setting it again.
 */
export function timingMayHaveChanged(before: LifecycleState, after: LifecycleState, today: IsoDate): boolean {
  return lifecycleTimingKey(before) !== lifecycleTimingKey(after) || yearCanClose(after, today);
}

/** What of a state {@link lifecycleAgenda} depends on (with the policy and holidays), as one text. */
export function lifecycleTimingKey(state: LifecycleState): string {
  return [state.status, ...state.reports.map((r) => `${r.periodKey}/${r.start}/${r.dueDate}/${r.status === 'not_open'}/${JSON.stringify(waitingSince(state, r))}`)].join('|');
}

/**
 * Whom a report waits for and since which day (Asia/Bangkok): the coordinator's review since its
 * submission, the executive's sign-off since its acceptance; null while it waits for nobody.
 */
function waitingSince(state: LifecycleState, report: LifecycleReport): { waitingFor: 'review' | 'sign_off'; since: IsoDate } | null {
  if (report.status === 'submitted' && report.submittedAt) return { waitingFor: 'review', since: bangkokDateOf(report.submittedAt) };
  if (report.status !== 'accepted') return null;
  const accepted = [...state.events].reverse().find((e) => e.action === 'acceptReport' && e.periodKey === report.periodKey);
  return accepted ? { waitingFor: 'sign_off', since: bangkokDateOf(accepted.at) } : null;
}

/** What makes an agenda item the same notice whatever day it falls on (a reminder, an escalation, a wait). */
export function agendaItemIdentity(item: LifecycleAgendaItem): string {
  switch (item.kind) {
    case 'reminder':
      return `reminder|${item.periodKey}|${item.dueDate}|${item.workingDaysBefore}`;
    case 'overdue':
      return `overdue|${item.periodKey}|${item.dueDate}|${item.escalationLevel}`;
    case 'waiting':
      return `waiting|${item.periodKey}|${item.waitingFor}|${item.since}`;
    case 'open':
      return `open|${item.periodKey}`;
    case 'yearEnd':
      return `yearEnd|${item.date}`;
  }
}

/** How notices move when the calendar (holidays) or the policy changes under a running lifecycle. */
export interface RescheduledNotices {
  /** Given already, now falling on a later day: not to be given again. */
  alreadyGiven: string[];
  /** Not given yet, now falling on a day already passed: to be given at once. */
  owed: string[];
}

/**
 * Compares the agenda before and after a change of holidays or policy, given that notices up to
 * `handledThrough` (epoch milliseconds) were dealt with, by {@link agendaItemIdentity}. `momentOf`
 * turns an item's day into the moment its timer fires.
 */
export function rescheduledNotices(
  before: readonly LifecycleAgendaItem[],
  after: readonly LifecycleAgendaItem[],
  handledThrough: number,
  momentOf: (date: IsoDate) => number,
): RescheduledNotices {
  const notices = (items: readonly LifecycleAgendaItem[]) =>
    new Map(items.filter((item) => item.kind === 'reminder' || item.kind === 'overdue' || item.kind === 'waiting').map((item) => [agendaItemIdentity(item), momentOf(item.date)]));
  const was = notices(before);
  const alreadyGiven: string[] = [];
  const owed: string[] = [];
  for (const [identity, moment] of notices(after)) {
    const previous = was.get(identity);
    if (previous === undefined) continue;
    if (previous <= handledThrough && moment > handledThrough) alreadyGiven.push(identity);
    if (previous > handledThrough && moment <= handledThrough) owed.push(identity);
  }
  return { alreadyGiven, owed };
}
