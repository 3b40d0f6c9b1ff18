import type { LifecycleEvent, LifecycleNotification, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { bangkokDateOf, daysBetween, workingDaysBetween, type MailEventKind } from '@prongsai/domain';
import type { MailData, MailMeasureRef, MailPeriodRef } from '@prongsai/mail';

/** What the mail of a lifecycle notice is built from, besides the notice itself. */
export interface NoticeMailFacts {
  lifecycle: MeasureLifecycleSnapshot;
  measure: { no: number; title: string };
  /** Absolute deep link to the measure's task (the period is added to it). */
  measureLink: string;
  divisionNames: ReadonlyMap<string, string>;
  personNames: ReadonlyMap<string, string>;
  holidays: ReadonlySet<string>;
  /** The recipient's own division, for task_assigned. */
  recipientDivisionId: string | null;
  /** Whom the recipient stands in for, when they get the mail as a stand-in: the link opens acting for them. */
  standingInFor?: string | null;
}

/** A link into the app with its query (the period, whom a stand-in acts for), leaving out what is not given. */
export function appLink(base: string, query: Record<string, string | null | undefined>): string {
  const given = Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return given.length === 0 ? base : `${base}?${given.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
}

/**
 * The template data of the mail a lifecycle notice becomes, in the words of @prongsai/mail:
 * periods from the lifecycle's reports, names from the organisation, who returned, submitted or
 * accepted from the lifecycle's events.
 */
export function noticeMailData(kind: MailEventKind, notice: LifecycleNotification, facts: NoticeMailFacts): MailData {
  const day = notice.on ?? bangkokDateOf(notice.at ?? new Date().toISOString());
  const report = facts.lifecycle.reports.find((r) => r.periodKey === notice.periodKey);
  // Every notice about a period names one of the lifecycle's reports; the fallback serves only
  // the templates that name no period (task_assigned).
  const period: MailPeriodRef = report
    ? { key: report.periodKey, start: report.start, dueDate: report.dueDate }
    : { key: notice.periodKey ?? 'Q1', start: day, dueDate: notice.dueDate ?? day };
  const measure: MailMeasureRef = {
    no: facts.measure.no,
    title: facts.measure.title,
    link: appLink(facts.measureLink, { period: notice.periodKey, for: facts.standingInFor }),
  };
  const nameOf = (personId: string | null | undefined) => (personId ? (facts.personNames.get(personId) ?? '') : '');
  const divisionsOf = (ids: string[]) => ids.map((id) => facts.divisionNames.get(id) ?? '').filter((name) => name !== '');
  const ownerDivisions = divisionsOf(facts.lifecycle.assignments.map((a) => a.divisionId));
  const lastEvent = (...actions: string[]): LifecycleEvent | undefined =>
    [...facts.lifecycle.events].reverse().find((e) => actions.includes(e.action) && (notice.periodKey === null || e.periodKey === notice.periodKey));
  const dayOf = (event: LifecycleEvent | undefined) => (event ? bangkokDateOf(event.at) : day);

  switch (kind) {
    case 'task_assigned': {
      const divisionId = notice.divisionId ?? facts.recipientDivisionId;
      const first = facts.lifecycle.reports[0];
      return {
        template: 'task_assigned',
        measure,
        fiscalYearBe: facts.lifecycle.fiscalYearBe,
        divisionName: (divisionId && facts.divisionNames.get(divisionId)) || ownerDivisions[0] || '',
        coOwnerDivisionNames: divisionsOf(facts.lifecycle.assignments.map((a) => a.divisionId).filter((id) => id !== divisionId)),
        firstPeriod: first ? { key: first.periodKey, start: first.start, dueDate: first.dueDate } : null,
      };
    }
    case 'period_opened':
      return { template: 'period_opened', measure, period };
    case 'reminder':
      return { template: 'reminder', measure, period, workingDaysLeft: Math.max(0, workingDaysBetween(day, period.dueDate, facts.holidays)) };
    case 'overdue':
      return {
        template: 'overdue',
        measure,
        period,
        divisionName: ownerDivisions.join(', '),
        officerNames: facts.lifecycle.assignments.flatMap((a) => a.officerIds.map(nameOf)).filter((name) => name !== ''),
        daysOverdue: Math.max(1, daysBetween(period.dueDate, day)),
        escalationLevel: notice.escalationLevel ?? 0,
      };
    case 'report_returned': {
      const returned = lastEvent('returnReport', 'returnSignOff');
      return {
        template: 'report_returned',
        measure,
        period,
        returnedBy: returned?.action === 'returnSignOff' ? 'executive' : 'coordinator',
        returnedByName: nameOf(returned?.actorPersonId) || undefined,
        comment: report?.lastComment ?? returned?.comment ?? '',
      };
    }
    case 'awaiting_review': {
      const submitted = lastEvent('submitReport');
      return { template: 'awaiting_review', measure, period, divisionName: ownerDivisions.join(', '), submittedBy: nameOf(submitted?.actorPersonId), submittedOn: dayOf(submitted) };
    }
    case 'awaiting_sign_off': {
      const accepted = lastEvent('acceptReport');
      return { template: 'awaiting_sign_off', measure, period, divisionName: ownerDivisions.join(', '), acceptedBy: nameOf(accepted?.actorPersonId), acceptedOn: dayOf(accepted) };
    }
    case 'review_reminder': {
      const submittedOn = dayOf(lastEvent('submitReport'));
      return { template: 'review_reminder', measure, period, divisionName: ownerDivisions.join(', '), submittedOn, workingDaysWaiting: Math.max(0, workingDaysBetween(submittedOn, day, facts.holidays)) };
    }
    case 'sign_off_reminder': {
      const acceptedOn = dayOf(lastEvent('acceptReport'));
      return { template: 'sign_off_reminder', measure, period, divisionName: ownerDivisions.join(', '), acceptedOn, workingDaysWaiting: Math.max(0, workingDaysBetween(acceptedOn, day, facts.holidays)) };
    }
    case 'published': {
      const signed = lastEvent('signOff');
      return { template: 'published', measure, period, signedOffBy: nameOf(signed?.actorPersonId), signedOffOn: dayOf(signed), publicLink: null };
    }
  }
}
