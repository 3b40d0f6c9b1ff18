import type { MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiHarness } from './api-harness';

/**
 * Waits (up to 10 s) until the measure's lifecycle, as the API reads it from the read model,
 * satisfies `done`; the worker writes it a moment after the workflow decides.
 */
export async function lifecycleUntil(
  api: ApiHarness,
  who: string,
  at: { code: string; measureId: string },
  done: (snapshot: MeasureLifecycleSnapshot) => boolean,
): Promise<MeasureLifecycleSnapshot> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await api.http.get(`/api/orgs/${at.code}/measures/${at.measureId}/lifecycle`).set(await api.as(who));
    if (response.status === 200 && done(response.body)) return response.body;
    await sleep(100);
  }
  throw new Error('the read model never reached the expected state');
}

/** The report of a period has opened. */
export const reportOpen =
  (periodKey: string) =>
  (snapshot: MeasureLifecycleSnapshot): boolean =>
    snapshot.reports.some((report) => report.periodKey === periodKey && report.status === 'open');
