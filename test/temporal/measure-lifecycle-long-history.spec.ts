import { snapshotQuery } from '@prongsai/contracts';
import { bangkokDateOf, fiscalYearOf, fiscalYearRange, reportingPeriods } from '@prongsai/domain';
import { ensureSearchAttributes, requireTemporalBinary } from '@prongsai/temporal';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { act, actors, lifecycleInput, recordingActivities, report, saveHistoriesIfRecording, startLifecycle } from '../support/measure-lifecycle-harness';
import { createTestWorker } from '../support/temporal-test-env';

/** Temporal suggests continuing as new past this many history events (4,096 by default; lowered here). */
const SUGGEST_AFTER_EVENTS = 80;

describe('a lifecycle whose history grows long within a period, on the real dev server', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'existing-path', path: requireTemporalBinary('cli') },
        extraArgs: ['--dynamic-config-value', `limit.historyCount.suggestContinueAsNew=${SUGGEST_AFTER_EVENTS}`],
      },
    });
    await ensureSearchAttributes(env.connection.operatorService, 'default');
  }, 90_000);

  afterAll(async () => {
    await env?.teardown();
  });

  it('continues as new when Temporal suggests it, keeping the draft and its folded saves, and goes on taking actions', async () => {
    const today = bangkokDateOf(new Date().toISOString());
    const fiscalYearBe = fiscalYearOf(today);
    const period = reportingPeriods(fiscalYearBe, 'quarterly').find((p) => p.start <= today && today <= p.end)!;
    const worker = await createTestWorker(env, recordingActivities().activities);
    await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-long', { fiscalYearBe }));
      const firstRun = (await handle.describe()).runId;
      await act(handle, 'submitPlan', { actor: actors.admin });
      await act(handle, 'approvePlan', { actor: actors.mayor, approvedOn: fiscalYearRange(fiscalYearBe).start });
      await act(handle, 'acknowledgeAssignment', { actor: actors.financeHead, divisionId: 'd-finance', officerIds: ['p-finance-officer'] });
      // The current quarter opens as soon as the assignment is acknowledged.
      for (let attempt = 0; (await handle.query(snapshotQuery)).reports.find((r) => r.periodKey === period.key)?.status !== 'open'; attempt += 1) {
        if (attempt > 100) throw new Error(`${period.key} never opened`);
        await sleep(100);
      }

      const saves = 30; // some 5 history events each: well past the suggestion
      for (let n = 1; n <= saves; n += 1) await act(handle, 'saveReportDraft', { actor: actors.financeOfficer, periodKey: period.key, content: report(n) });

      expect((await handle.describe()).runId).not.toBe(firstRun);
      const first = await env.client.workflow.getHandle(handle.workflowId, firstRun).fetchHistory();
      expect(first.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
      const kept = await handle.query(snapshotQuery);
      expect(kept.reports.find((r) => r.periodKey === period.key)).toMatchObject({ status: 'draft', content: { completion: saves } });
      expect(kept.events.at(-1)).toMatchObject({ action: 'saveReportDraft', repeated: { count: saves } });

      const submitted = await act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: period.key, content: report(100) });
      expect(submitted.reports.find((r) => r.periodKey === period.key)?.status).toBe('submitted');
      await saveHistoriesIfRecording(env, handle.workflowId, [firstRun], 'long-history');
      await handle.terminate('test over');
    });
  }, 120_000);
});
