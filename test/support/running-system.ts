import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port';

export const LAUNCHER = path.resolve(__dirname, '../../dist/infra/launcher/main.js');
const STARTUP_TIMEOUT_MS = 150_000;

export interface RunningSystem {
  process: ChildProcess;
  output: string[];
  baseUrl: string;
  temporalAddress: string;
}

/** `npm start` as a newcomer runs it (after the build), with the given environment. */
export async function startSystem(env: NodeJS.ProcessEnv): Promise<RunningSystem> {
  const child = spawn(process.execPath, [LAUNCHER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!output.some((line) => line.includes('is running'))) {
    if (child.exitCode !== null) throw new Error(`the launcher exited with ${child.exitCode}:\n${output.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`no banner after ${STARTUP_TIMEOUT_MS} ms:\n${output.join('\n')}`);
    await sleep(200);
  }
  return { process: child, output, baseUrl: `http://127.0.0.1:${env.PORT}`, temporalAddress: `127.0.0.1:${env.TEMPORAL_DEV_PORT}` };
}

/** Stops it as Ctrl-C would; the exit code of the launcher. */
export async function stopSystem(system: RunningSystem): Promise<number | null> {
  if (system.process.exitCode !== null) return system.process.exitCode;
  system.process.kill('SIGTERM');
  const [code] = await once(system.process, 'exit');
  return code as number | null;
}

/** The environment of a system of its own: free ports, a fresh data folder, the embedded SQLite and Temporal. */
export async function isolatedSystemEnv(dataDir: string, administrator: { email: string; password: string }): Promise<NodeJS.ProcessEnv> {
  return {
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    TEMPORAL_DEV_PORT: String(await freePort()),
    TEMPORAL_DEV_UI_PORT: String(await freePort()),
    TEMPORAL_ADDRESS: '',
    DATABASE_URL: '',
    SMTP_URL: '',
    LOG_LEVEL: 'warn',
    PRONGSAI_ADMIN_EMAIL: administrator.email,
    PRONGSAI_ADMIN_PASSWORD: administrator.password,
  };
}

/** A fresh temporary data folder. */
export function temporaryDataDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
