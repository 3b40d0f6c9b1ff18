import { setTimeout as sleep } from 'node:timers/promises';
import { OperatorError } from '@prongsai/config';
import { LIFECYCLE_SEARCH_ATTRIBUTE_FLAGS } from '@prongsai/contracts';
import { Connection } from '@temporalio/client';

export interface DevServerOptions {
  dbFile: string;
  port: number;
  uiPort: number;
  namespace: string;
}

/**
 * Arguments of `temporal server start-dev` for the embedded server: workflows persist in `dbFile`
 * so they survive a restart, and it listens on loopback only.
 */
export function devServerArgs(options: DevServerOptions): string[] {
  const args = [
    'server',
    'start-dev',
    '--db-filename',
    options.dbFile,
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--ui-port',
    String(options.uiPort),
    '--ui-disable-news-fetch',
    // Its warnings are mostly about its own internal pollers while it shuts down; errors still show.
    '--log-level',
    'error',
  ];
  if (options.namespace !== 'default') args.push('--namespace', options.namespace);
  for (const flag of LIFECYCLE_SEARCH_ATTRIBUTE_FLAGS) args.push('--search-attribute', flag);
  return args;
}

/** Waits until a Temporal frontend answers at `address`, or fails after `timeoutMs`. */
export async function waitForTemporal(address: string, timeoutMs: number, isStillStarting: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline && isStillStarting()) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.healthService.check({});
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await sleep(250);
    }
  }
  const reason = lastError instanceof Error ? lastError.message.split('\n')[0] : 'it stopped while starting';
  throw new OperatorError(`Temporal at ${address} did not become ready within ${Math.round(timeoutMs / 1000)} s (${reason})`);
}
