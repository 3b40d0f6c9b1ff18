import type { LifecycleActor, LifecycleCommand } from '@prongsai/contracts';
import fc from 'fast-check';
import { decide } from './lifecycle.decider';
import { newQuarterlyState, people, sampleContent } from './lifecycle-test-fixtures';

const actor = fc.constantFrom<LifecycleActor | null>(...Object.values(people), null);
const periodKey = fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'step-1', 'Q9');
const command: fc.Arbitrary<LifecycleCommand> = fc.oneof(
  fc.constant({ type: 'submitPlan' as const }),
  fc.constant({ type: 'approvePlan' as const, approvedOn: '2024-10-15' }),
  fc.constant({ type: 'returnPlan' as const, comment: 'แก้ไข' }),
  fc.constantFrom('d-finance', 'd-works').map((divisionId) => ({ type: 'acknowledgeAssignment' as const, divisionId, officerIds: [] })),
  fc.constant({ type: 'reassign' as const, fromDivisionId: 'd-finance', toDivisionId: 'd-works' }),
  periodKey.map((k) => ({ type: 'submitReport' as const, periodKey: k, content: sampleContent })),
  periodKey.map((k) => ({ type: 'acceptReport' as const, periodKey: k })),
  periodKey.map((k) => ({ type: 'returnReport' as const, periodKey: k, comment: 'แก้' })),
  periodKey.map((k) => ({ type: 'signOff' as const, periodKey: k })),
  periodKey.map((k) => ({ type: 'startCorrection' as const, periodKey: k })),
  periodKey.map((k) => ({ type: 'periodOpened' as const, periodKey: k })),
  fc.constant({ type: 'amendPlan' as const }),
  fc.constant({ type: 'requestCancel' as const, reason: 'เหตุผล' }),
  fc.constant({ type: 'approveCancel' as const }),
  fc.constant({ type: 'yearEnded' as const }),
);

describe('any sequence of actions on a measure', () => {
  it('never lets anyone but an executive sign off, never loses a published version, and keeps the revision growing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(command, actor), { maxLength: 60 }), (steps) => {
        let state = newQuarterlyState();
        for (const [cmd, who] of steps) {
          const before = state;
          const decision = decide(state, cmd, who, '2025-01-10T03:00:00.000Z');
          if (!decision.ok) {
            expect(decision.reason.th.length).toBeGreaterThan(0);
            expect(decision.reason.en.length).toBeGreaterThan(0);
            continue;
          }
          state = decision.state;
          expect(state.revision).toBe(before.revision + 1);
          if (cmd.type === 'signOff') expect(who?.role).toBe('executive');
          if (cmd.type === 'approvePlan' || cmd.type === 'approveCancel') expect(who?.role).toBe('executive');
          for (const [i, report] of state.reports.entries()) {
            expect(report.publishedVersions?.length ?? 0).toBeGreaterThanOrEqual(before.reports[i].publishedVersions?.length ?? 0);
            expect(report.version).toBeGreaterThanOrEqual((report.publishedVersions ?? []).length);
          }
          expect(state.assignments.length).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
