import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { devServerArgs, requireTemporalBinary, waitForTemporal } from '@prongsai/temporal';
import { freePort } from './free-port';

export interface DevServer {
  /** host:port of its frontend. */
  address: string;
  /** Stops it (its whole process group) and removes its state. */
  stop(): Promise<void>;
}

/**
 * The real Temporal dev server (`temporal server start-dev`, as the launcher runs it) on free ports,
 * headless, its state in a throwaway file: for what the time-skipping test server lacks, such as
 * Schedules.
 */
export async function startDevServer(): Promise<DevServer> {
  const binary = requireTemporalBinary('cli');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-temporal-'));
  const port = await freePort();
  const args = [...devServerArgs({ dbFile: path.join(dir, 'temporal.sqlite'), port, uiPort: await freePort(), namespace: 'default' }), '--headless'];
  // Its own process group, so that stopping it stops everything it started.
  const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const exited = once(child, 'exit');
  const address = `127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child, exited);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForTemporal(address, 60_000, () => child.exitCode === null && child.signalCode === null);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.join('')}`);
  }
  return { address, stop };
}

async function stopGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  process.kill(-child.pid!, 'SIGTERM');
  const grace = new AbortController();
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000, false, { signal: grace.signal }).catch(() => false)]);
  grace.abort();
  if (!stopped) {
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  }
}
