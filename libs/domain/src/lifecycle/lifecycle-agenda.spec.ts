import { DEFAULT_LIFECYCLE_POLICY } from '@prongsai/contracts';
import { lifecycleAgenda, yearCanClose } from './lifecycle-agenda';
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
});
