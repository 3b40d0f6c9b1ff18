import { PRONGSAI_TASK_QUEUE, diagnosticRoundTripWorkflowId } from '@prongsai/contracts';
import { DiagnosticRunEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import { WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { DiagnosticsActivitiesService } from '../../apps/worker/src/activities/diagnostics.activities';
import { bindActivities } from '../../apps/worker/src/activities/bind-activities';
import { diagnosticRoundTripWorkflow } from '../../workflows/src';
import { createTestDatabase, TestDatabase } from '../support/database-targets';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';

describe('the diagnostic round trip on the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    database = await createTestDatabase('sqlite');
    await migrateDatabase(database.target);
    dataSource = await openDatabase(database.target);
  });

  const newWorker = () => createTestWorker(env, bindActivities([new DiagnosticsActivitiesService(dataSource.getRepository(DiagnosticRunEntity))]));

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.dispose();
    await env?.teardown();
  });

  it('records the completion in the database through the real worker', async () => {
    const runs = dataSource.getRepository(DiagnosticRunEntity);
    const runId = '0b7c6f1e-1111-4111-8111-000000000001';
    await runs.save({ id: runId, status: 'started', requestedAt: new Date(), completedAt: null, completedBy: null });

    const worker = await newWorker();
    const result = await worker.runUntil(
      env.client.workflow.execute(diagnosticRoundTripWorkflow, {
        workflowId: diagnosticRoundTripWorkflowId(runId),
        taskQueue: PRONGSAI_TASK_QUEUE,
        args: [{ runId }],
      }),
    );

    const stored = await runs.findOneByOrFail({ id: runId });
    expect(stored.status).toBe('completed');
    expect(result).toEqual({ runId, completedAt: stored.completedAt?.toISOString(), completedBy: stored.completedBy });
  });

  it('fails at once, without retrying, for a run the database does not know', async () => {
    const runId = '0b7c6f1e-1111-4111-8111-000000000002';
    const worker = await newWorker();
    const run = worker.runUntil(
      env.client.workflow.execute(diagnosticRoundTripWorkflow, {
        workflowId: diagnosticRoundTripWorkflowId(runId),
        taskQueue: PRONGSAI_TASK_QUEUE,
        args: [{ runId }],
      }),
    );
    await expect(run).rejects.toBeInstanceOf(WorkflowFailedError);
    await expect(run).rejects.toMatchObject({ cause: { cause: { type: 'DiagnosticRunNotFound' } } });
  });

  it('refuses to start the same run twice', async () => {
    const runId = '0b7c6f1e-1111-4111-8111-000000000003';
    const options = { workflowId: diagnosticRoundTripWorkflowId(runId), taskQueue: PRONGSAI_TASK_QUEUE, args: [{ runId }] as [{ runId: string }] };
    await env.client.workflow.start(diagnosticRoundTripWorkflow, options);
    await expect(env.client.workflow.start(diagnosticRoundTripWorkflow, options)).rejects.toThrow(/already started/i);
    await env.client.workflow.getHandle(options.workflowId).terminate('test over');
  });
});
