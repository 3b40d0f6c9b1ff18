import { setTimeout as sleep } from 'node:timers/promises';
import { OperatorError } from '@prongsai/config';

/** Waits until `url` answers 200, while `isStillStarting` holds, for at most `timeoutMs`. */
export async function waitForHttpOk(url: string, timeoutMs: number, isStillStarting: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isStillStarting()) throw new OperatorError(`stopped before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new OperatorError(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}
