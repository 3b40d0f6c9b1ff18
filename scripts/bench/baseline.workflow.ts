import { condition, defineUpdate, setHandler, sleep } from '@temporalio/workflow';

/** The baseline's one Update: accepts whatever a lifecycle action carries and does nothing with it. */
export const baselineActionUpdate = defineUpdate<number, [unknown]>('baselineAction');

export interface BaselineInput {
  /** Epoch milliseconds of each timer the measure's lifecycle sets over the year. */
  timerMoments: number[];
  /** How many actions (Updates) arrive before the workflow may finish. */
  actions: number;
}

/**
 * The bare no-op counterpart of the measure lifecycle for `npm run bench:lifecycle`: the same
 * Updates and timers, and nothing else — no rules, no activities, no continue-as-new.
 */
export async function bareBaselineWorkflow(input: BaselineInput): Promise<number> {
  let handled = 0;
  setHandler(baselineActionUpdate, () => ++handled);
  for (const moment of input.timerMoments) {
    const wait = moment - Date.now();
    if (wait > 0) await sleep(wait);
  }
  await condition(() => handled >= input.actions);
  return handled;
}
