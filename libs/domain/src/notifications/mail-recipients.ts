import type { LifecycleNotification, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import type { Role } from '../model';

/** A person as notification routing needs them. */
export interface DirectoryPerson {
  id: string;
  role: Role;
  divisionId: string | null;
  /** Free text such as "ปลัด อบต." or "นายก อบต.", used when the policy names nobody. */
  position: string;
  active: boolean;
}

/** Who is who in the organisation on the day a notice goes out. */
export interface NotificationDirectory {
  people: DirectoryPerson[];
  /** Delegations in force that day: the delegate receives what the delegator would. */
  delegations: { delegatorPersonId: string; delegatePersonId: string }[];
  /** ปลัด: the second escalation step (policy; else the executive whose position says ปลัด). */
  chiefAdministratorPersonId: string | null;
  /** นายก: the last escalation step and the one who signs off (policy; else by position). */
  chiefExecutivePersonId: string | null;
}

/** One person a notice is mailed to; `standingInFor` when they get it as someone's delegate. */
export interface MailRecipientChoice {
  personId: string;
  standingInFor: string | null;
}

/** The mail event a lifecycle notice becomes: its kind. */
export type MailEventKind = LifecycleNotification['kind'];

/**
 * Who is told about a lifecycle notice (issue 5):
 *
 * - task_assigned: the head of the division given the task (each unacknowledged division when the
 *   notice names none);
 * - period_opened, reminder, report_returned: the owners — the officers each division head named,
 *   or the head while none are named;
 * - overdue: escalation level 0 the officers and their division head, 1 the ปลัด, 2 and above the
 *   นายก;
 * - awaiting_review, review_reminder: the coordinators (administrators of the organisation);
 * - awaiting_sign_off, sign_off_reminder: the นายก;
 * - published: the owners and the coordinators.
 *
 * A delegate standing in for a recipient receives it too. Inactive people are left out, and
 * nobody is told twice.
 */
export function mailRecipientsOf(
  kind: MailEventKind,
  notification: Pick<LifecycleNotification, 'divisionId' | 'escalationLevel'>,
  lifecycle: Pick<MeasureLifecycleSnapshot, 'assignments'>,
  directory: NotificationDirectory,
): MailRecipientChoice[] {
  const active = new Map(directory.people.filter((p) => p.active).map((p) => [p.id, p]));
  const headsOf = (divisionId: string) => [...active.values()].filter((p) => p.role === 'division_head' && p.divisionId === divisionId).map((p) => p.id);
  const owners = () =>
    lifecycle.assignments.flatMap((a) => {
      const officers = a.officerIds.filter((id) => active.has(id));
      return officers.length > 0 ? officers : headsOf(a.divisionId);
    });
  const coordinators = () => [...active.values()].filter((p) => p.role === 'admin').map((p) => p.id);
  const executive = (named: string | null, positionWord: string) => {
    if (named !== null && active.has(named)) return [named];
    const executives = [...active.values()].filter((p) => p.role === 'executive');
    const byPosition = executives.filter((p) => p.position.includes(positionWord));
    return (byPosition.length > 0 ? byPosition : executives).map((p) => p.id);
  };
  const chiefAdministrator = () => executive(directory.chiefAdministratorPersonId, 'ปลัด');
  const chiefExecutive = () => executive(directory.chiefExecutivePersonId, 'นายก');

  let personIds: string[];
  switch (kind) {
    case 'task_assigned': {
      const divisions = notification.divisionId ? [notification.divisionId] : lifecycle.assignments.filter((a) => !a.acknowledged).map((a) => a.divisionId);
      personIds = divisions.flatMap(headsOf);
      break;
    }
    case 'period_opened':
    case 'reminder':
    case 'report_returned':
      personIds = owners();
      break;
    case 'overdue': {
      const level = notification.escalationLevel ?? 0;
      if (level <= 0) personIds = [...owners(), ...lifecycle.assignments.flatMap((a) => headsOf(a.divisionId))];
      else if (level === 1) personIds = chiefAdministrator();
      else personIds = chiefExecutive();
      break;
    }
    case 'awaiting_review':
    case 'review_reminder':
      personIds = coordinators();
      break;
    case 'awaiting_sign_off':
    case 'sign_off_reminder':
      personIds = chiefExecutive();
      break;
    case 'published':
      personIds = [...owners(), ...coordinators()];
      break;
  }

  const chosen = new Map<string, MailRecipientChoice>();
  for (const personId of personIds) {
    if (!chosen.has(personId)) chosen.set(personId, { personId, standingInFor: null });
  }
  for (const { personId } of [...chosen.values()]) {
    for (const delegation of directory.delegations) {
      if (delegation.delegatorPersonId === personId && active.has(delegation.delegatePersonId) && !chosen.has(delegation.delegatePersonId)) {
        chosen.set(delegation.delegatePersonId, { personId: delegation.delegatePersonId, standingInFor: personId });
      }
    }
  }
  return [...chosen.values()];
}
