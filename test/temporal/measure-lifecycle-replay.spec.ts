import fs from 'node:fs';
import path from 'node:path';
import { workflowSource } from '@prongsai/temporal';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Runtime, Worker } from '@temporalio/worker';

const HISTORY_DIR = path.join(__dirname, 'histories');

/**
 * Replays saved histories of every long-running workflow, one set per generation (written by the
 * tests with PRONGSAI_RECORD_HISTORIES=<generation>, see saveHistoriesIfRecording): the measure
 * lifecycle's full quarterly year — v1 from before the 'lifecycle-lean-actions' patch, v2 after it,
 * with the reminders, escalations and review reminders since v2 — a mail delivered after an hour of
 * refusals, and round reports returned and signed off. A change to a workflow that would break
 * running ones fails here; such a change needs `patched()` and a new generation, never a rewritten
 * history.
 */
describe('replaying saved workflow histories', () => {
  const files = fs.readdirSync(HISTORY_DIR).filter((file) => file.endsWith('.json'));

  it('has the five runs of a full year for each generation', () => {
    const runsPerGeneration = (generation: string) => files.filter((file) => file.startsWith(`measure-lifecycle-${generation}-quarterly-`)).length;
    expect([runsPerGeneration('v1'), runsPerGeneration('v2')]).toEqual([5, 5]);
  });

  it('has histories of the mail delivery and round report workflows', () => {
    for (const workflow of ['deliver-mail', 'round-report']) expect(files.filter((file) => file.startsWith(`${workflow}-`)).length).toBeGreaterThan(0);
  });

  it('replays every saved run without nondeterminism', async () => {
    const { workflowsPath, bundlerOptions } = workflowSource();
    const workflowBundle = await bundleWorkflowCode({ workflowsPath, ...bundlerOptions, logger: Runtime.instance().logger });
    for (const file of files) {
      // Saved with protobufjs' own JSON form (JSON.stringify of the fetched History).
      const history = temporal.api.history.v1.History.fromObject(JSON.parse(fs.readFileSync(path.join(HISTORY_DIR, file), 'utf8')) as Record<string, unknown>);
      await expect(Worker.runReplayHistory({ workflowBundle }, history, file)).resolves.toBeUndefined();
    }
  }, 120_000); // bundling the workflows and replaying every run takes seconds on a busy machine
});
