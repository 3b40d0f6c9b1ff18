import { mailRecipientsOf, type DirectoryPerson, type NotificationDirectory } from './mail-recipients';

const person = (id: string, role: DirectoryPerson['role'], divisionId: string | null, position = '', active = true): DirectoryPerson => ({ id, role, divisionId, position, active });

const directory: NotificationDirectory = {
  people: [
    person('coordinator', 'admin', 'd-office', 'นิติกร'),
    person('nayok', 'executive', null, 'นายกองค์การบริหารส่วนตำบล'),
    person('palat', 'executive', null, 'ปลัดองค์การบริหารส่วนตำบล'),
    person('finance-head', 'division_head', 'd-finance', 'ผู้อำนวยการกองคลัง'),
    person('finance-officer', 'officer', 'd-finance'),
    person('works-head', 'division_head', 'd-works'),
    person('retired-officer', 'officer', 'd-works', '', false),
  ],
  delegations: [],
  chiefAdministratorPersonId: null,
  chiefExecutivePersonId: null,
};

const lifecycle = {
  assignments: [
    { divisionId: 'd-finance', acknowledged: true, officerIds: ['finance-officer'] },
    { divisionId: 'd-works', acknowledged: false, officerIds: ['retired-officer'] },
  ],
};

const ids = (kind: Parameters<typeof mailRecipientsOf>[0], extra: { divisionId?: string | null; escalationLevel?: number | null } = {}, dir = directory) =>
  mailRecipientsOf(kind, { divisionId: extra.divisionId ?? null, escalationLevel: extra.escalationLevel ?? null }, lifecycle, dir).map((r) => r.personId);

describe('who is mailed about a lifecycle notice', () => {
  it('tells the head of the division given a task, or of every division yet to acknowledge', () => {
    expect(ids('task_assigned', { divisionId: 'd-finance' })).toEqual(['finance-head']);
    expect(ids('task_assigned')).toEqual(['works-head']);
  });

  it('tells the named officers about their reports, and the head where no active officer is named', () => {
    for (const kind of ['period_opened', 'reminder', 'report_returned'] as const) {
      expect(ids(kind)).toEqual(['finance-officer', 'works-head']);
    }
  });

  it('escalates overdue reports: officers and heads first, then the ปลัด, then the นายก', () => {
    expect(ids('overdue', { escalationLevel: 0 })).toEqual(['finance-officer', 'works-head', 'finance-head']);
    expect(ids('overdue', { escalationLevel: 1 })).toEqual(['palat']);
    expect(ids('overdue', { escalationLevel: 2 })).toEqual(['nayok']);
    expect(ids('overdue', { escalationLevel: 3 })).toEqual(['nayok']);
  });

  it('follows the policy where it names the ปลัด and the นายก', () => {
    const named = { ...directory, chiefAdministratorPersonId: 'nayok', chiefExecutivePersonId: 'palat' };
    expect(ids('overdue', { escalationLevel: 1 }, named)).toEqual(['nayok']);
    expect(ids('awaiting_sign_off', {}, named)).toEqual(['palat']);
  });

  it('tells every executive when neither the policy nor the positions say who is who', () => {
    const unnamed = { ...directory, people: directory.people.map((p) => ({ ...p, position: '' })) };
    expect(ids('overdue', { escalationLevel: 1 }, unnamed)).toEqual(['nayok', 'palat']);
  });

  it('sends reviews to the coordinators and sign-offs to the นายก, with their reminders', () => {
    expect(ids('awaiting_review')).toEqual(['coordinator']);
    expect(ids('review_reminder')).toEqual(['coordinator']);
    expect(ids('awaiting_sign_off')).toEqual(['nayok']);
    expect(ids('sign_off_reminder')).toEqual(['nayok']);
  });

  it('tells owners and coordinators about a publication', () => {
    expect(ids('published')).toEqual(['finance-officer', 'works-head', 'coordinator']);
  });

  it('also tells a delegate what the person they stand in for receives, once', () => {
    const away = { ...directory, delegations: [{ delegatorPersonId: 'nayok', delegatePersonId: 'palat' }] };
    expect(mailRecipientsOf('awaiting_sign_off', { divisionId: null, escalationLevel: null }, lifecycle, away)).toEqual([
      { personId: 'nayok', standingInFor: null },
      { personId: 'palat', standingInFor: 'nayok' },
    ]);
    expect(mailRecipientsOf('overdue', { divisionId: null, escalationLevel: 1 }, lifecycle, { ...away, delegations: [{ delegatorPersonId: 'palat', delegatePersonId: 'palat' }] })).toEqual([
      { personId: 'palat', standingInFor: null },
    ]);
  });
});
