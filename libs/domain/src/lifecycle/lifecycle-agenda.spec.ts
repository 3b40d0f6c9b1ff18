import { DEFAULT_LIFECYCLE_POLICY } from '@prongsai/contracts';
import { agendaItemIdentity, lifecycleAgenda, rescheduledNotices, yearCanClose } from './lifecycle-agenda';
import { bangkokDateOf, lifecycleMomentOf } from './lifecycle-clock';
import { newQuarterlyState } from './lifecycle-test-fixtures';

describe('the lifecycle agenda', () => {
  it('reminds 7 working days before a due date, moved earlier by a holiday in between', () => {
    const state = newQuarterlyState(); // step-1 due Friday 2025-02-28
    const reminders = (holidays: string[]) =>
      lifecycleAgenda(state, { policy: DEFAULT_LIFECYCLE_POLICY, holidays })
        .filter((i) => i.kind === 'reminder' && i.periodKey === 'step-1')
        .map((i) => i.date);
    expect(reminders([])).toEqual(['2025-02-19', '2025-02-27']);
    expect(reminders(['2025-02-26'])).toEqual(['2025-02-18', '2025-02-27']);
  });

  it('opens each period on its first day and waits for the year to settle before closing', () => {
    const agenda = lifecycleAgenda(newQuarterlyState(), { policy: DEFAULT_LIFECYCLE_POLICY, holidays: [] });
    expect(agenda.filter((i) => i.kind === 'open').map((i) => i.date)).toEqual(['2024-10-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01']);
    expect(yearCanClose(newQuarterlyState(), '2025-09-30')).toBe(false);
    expect(yearCanClose(newQuarterlyState(), '2025-10-30')).toBe(true);
  });

  it('acts at 08:00 in Bangkok', () => {
    expect(new Date(lifecycleMomentOf('2025-01-06')).toISOString()).toBe('2025-01-06T01:00:00.000Z');
    expect(bangkokDateOf('2024-12-31T18:00:00.000Z')).toBe('2025-01-01');
  });

  describe('when the holidays change under a running lifecycle', () => {
    const state = newQuarterlyState(); // step-1 due Friday 2025-02-28: reminders 19 and 27 Feb
    const agenda = (holidays: string[]) => lifecycleAgenda(state, { policy: DEFAULT_LIFECYCLE_POLICY, holidays });
    const reminder7 = 'reminder|step-1|2025-02-28|7';

    it('names each notice the same whatever day it falls on', () => {
      const day = (holidays: string[]) => agenda(holidays).find((item) => agendaItemIdentity(item) === reminder7)?.date;
      expect([day([]), day(['2025-02-26'])]).toEqual(['2025-02-19', '2025-02-18']);
    });

    it('does not give again a reminder given already that a removed holiday moves later', () => {
      const moved = rescheduledNotices(agenda(['2025-02-26']), agenda([]), lifecycleMomentOf('2025-02-18'), lifecycleMomentOf);
      expect(moved).toEqual({ alreadyGiven: [reminder7], owed: [] });
    });

    it('gives at once a reminder not given yet that an added holiday moves to a day passed', () => {
      const moved = rescheduledNotices(agenda([]), agenda(['2025-02-26']), lifecycleMomentOf('2025-02-18') + 3_600_000, lifecycleMomentOf);
      expect(moved).toEqual({ alreadyGiven: [], owed: [reminder7] });
    });

    it('moves nothing when the change lies beyond what was handled, or before it on both sides', () => {
      expect(rescheduledNotices(agenda([]), agenda(['2025-02-26']), lifecycleMomentOf('2025-02-10'), lifecycleMomentOf)).toEqual({ alreadyGiven: [], owed: [] });
      expect(rescheduledNotices(agenda([]), agenda(['2025-02-26']), lifecycleMomentOf('2025-02-20'), lifecycleMomentOf)).toEqual({ alreadyGiven: [], owed: [] });
    });
  });
});
