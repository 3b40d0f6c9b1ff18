import { describe, expect, it } from '@jest/globals';
import { draftOf, escalationAudience, policyOf } from './policy-draft';

const draft = (changes: Partial<ReturnType<typeof draftOf>> = {}) => ({
  ...draftOf({ reminderWorkingDaysBefore: [7, 1], escalationDaysAfter: [1, 7, 14], reviewReminderWorkingDays: 2 }),
  ...changes,
});

describe('policyOf', () => {
  it('turns the typed form back into the policy', () => {
    expect(policyOf(draft())).toEqual({
      policy: { reminderWorkingDaysBefore: [7, 1], escalationDaysAfter: [1, 7, 14], reviewReminderWorkingDays: 2, chiefAdministratorPersonId: null, chiefExecutivePersonId: null },
      problems: [],
    });
  });

  it('drops blank rows, repeats and sorts reminders furthest first', () => {
    const { policy } = policyOf(draft({ reminders: ['1', '', '7', '3', '7'], escalations: ['2', '', '10'] }));
    expect(policy?.reminderWorkingDaysBefore).toEqual([7, 3, 1]);
    expect(policy?.escalationDaysAfter).toEqual([2, 10]);
  });

  it('allows no reminders and no escalations at all', () => {
    const { policy } = policyOf(draft({ reminders: [], escalations: [''] }));
    expect(policy?.reminderWorkingDaysBefore).toEqual([]);
    expect(policy?.escalationDaysAfter).toEqual([]);
  });

  it('names the row that is not a whole number or out of range', () => {
    expect(policyOf(draft({ reminders: ['7', 'x', '61'] })).problems).toEqual([
      { field: 'reminderWorkingDaysBefore', index: 1, kind: 'whole' },
      { field: 'reminderWorkingDaysBefore', index: 2, kind: 'range' },
    ]);
    expect(policyOf(draft({ escalations: ['1.5'] })).problems).toEqual([{ field: 'escalationDaysAfter', index: 0, kind: 'whole' }]);
    expect(policyOf(draft({ reviewDays: '0' })).problems).toEqual([{ field: 'reviewReminderWorkingDays', index: null, kind: 'range' }]);
    expect(policyOf(draft({ reviewDays: '' })).problems).toEqual([{ field: 'reviewReminderWorkingDays', index: null, kind: 'whole' }]);
  });

  it('wants each escalation step later than the one before', () => {
    expect(policyOf(draft({ escalations: ['7', '', '7', '3'] })).problems).toEqual([
      { field: 'escalationDaysAfter', index: 2, kind: 'order' },
      { field: 'escalationDaysAfter', index: 3, kind: 'order' },
    ]);
  });

  it('keeps the chosen executives, empty meaning by position', () => {
    const { policy } = policyOf(draft({ chiefAdministratorPersonId: 'a', chiefExecutivePersonId: '' }));
    expect(policy).toMatchObject({ chiefAdministratorPersonId: 'a', chiefExecutivePersonId: null });
  });
});

describe('escalationAudience', () => {
  it('tells the division first, then ปลัด, then นายก', () => {
    expect([0, 1, 2, 3].map(escalationAudience)).toEqual(['division', 'chiefAdministrator', 'chiefExecutive', 'chiefExecutive']);
  });
});
