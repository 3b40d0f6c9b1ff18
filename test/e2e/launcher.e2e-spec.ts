import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import { createThrowawayMariaDb } from '../support/mariadb';
import { freePort } from '../support/free-port';
import { isolatedSystemEnv, LAUNCHER, startSystem, stopSystem, temporaryDataDir } from '../support/running-system';

interface DiagnosticRun {
  id: string;
  status: string;
  completedAt: string | null;
  completedBy: string | null;
}

/** Processes whose command line or environment mention `marker` (our data folder). */
function processesMentioning(marker: string): string[] {
  return fs.readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) return false;
    try {
      return ['cmdline', 'environ'].some((file) => fs.readFileSync(`/proc/${pid}/${file}`, 'utf8').includes(marker));
    } catch {
      return false;
    }
  });
}

const ADMIN = { email: 'operator@prongsai.test', password: 'e2e-operator-password' };

async function signIn(baseUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}

async function roundTrip(baseUrl: string): Promise<DiagnosticRun> {
  const headers = await signIn(baseUrl);
  const started = await fetch(`${baseUrl}/api/diagnostics/round-trips`, { method: 'POST', headers });
  expect(started.status).toBe(202);
  const { id } = (await started.json()) as { id: string };
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const run = (await (await fetch(`${baseUrl}/api/diagnostics/round-trips/${id}`, { headers })).json()) as DiagnosticRun;
    if (run.status === 'completed') return run;
    await sleep(200);
  }
  throw new Error(`round trip ${id} did not complete`);
}

describe.each(['sqlite', 'mariadb'] as const)('npm start on %s', (databaseKind) => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dataDir = temporaryDataDir('prongsai-e2e-');
    env = await isolatedSystemEnv(dataDir, ADMIN);
    if (databaseKind === 'mariadb') {
      const database = await createThrowawayMariaDb();
      await database.drop(); // the launcher itself must create the schema
      env.DATABASE_URL = database.url;
      dropDatabase = database.drop;
    }
  });

  afterAll(async () => {
    await dropDatabase?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a workflow through the API, stops cleanly, and finds everything again after a restart', async () => {
    const first = await startSystem(env);
    let run: Awaited<ReturnType<typeof roundTrip>>;
    try {
      expect(await (await fetch(`${first.baseUrl}/health`)).json()).toMatchObject({ status: 'ok' });
      expect(await (await fetch(`${first.baseUrl}/health/ready`)).json()).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, temporal: { status: 'up' } },
      });
      expect((await fetch(`${first.baseUrl}/api/docs`)).status).toBe(200);
      expect(first.output.join('\n')).toMatch(/Temporal UI\s+http:\/\/localhost:\d+/);
      run = await roundTrip(first.baseUrl);
      expect(run.completedBy).toMatch(/\/\d+$/);
    } finally {
      expect(await stopSystem(first)).toBe(0);
    }
    expect(processesMentioning(dataDir)).toEqual([]);

    const second = await startSystem(env);
    try {
      const again = await (await fetch(`${second.baseUrl}/api/diagnostics/round-trips/${run.id}`, { headers: await signIn(second.baseUrl) })).json();
      expect(again).toEqual(run);
      const connection = await Connection.connect({ address: second.temporalAddress });
      try {
        // The first system may have stopped between the activity and the end of the workflow: the
        // restarted worker picks it up from the Temporal state kept in the data folder.
        const handle = new Client({ connection }).workflow.getHandle(`diagnostic/${run.id}`);
        expect(await handle.result()).toEqual({ runId: run.id, completedAt: run.completedAt, completedBy: run.completedBy });
        expect((await handle.describe()).status.name).toBe('COMPLETED');
      } finally {
        await connection.close();
      }
    } finally {
      expect(await stopSystem(second)).toBe(0);
    }
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 420_000);
});

describe('npm start with settings it cannot use', () => {
  async function failedStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; seconds: number }> {
    const began = Date.now();
    const defaults = { DATA_DIR: os.tmpdir(), PORT: String(await freePort()) };
    const child = spawn(process.execPath, [LAUNCHER], { env: { ...process.env, ...defaults, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const [code] = await once(child, 'exit');
    return { code: code as number | null, stderr, seconds: (Date.now() - began) / 1000 };
  }

  it('names a malformed setting in one line and stops', async () => {
    const { code, stderr } = await failedStart({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toBe('prongsai: PORT: must be a whole number from 1 to 65535 (got "eighty")\n');
  });

  it('says in one line, within seconds, that the database does not answer', async () => {
    const port = await freePort();
    const { code, stderr, seconds } = await failedStart({ DATABASE_URL: `mysql://root@127.0.0.1:${port}/prongsai` });
    expect(code).toBe(1);
    expect(stderr).toBe(`prongsai: DATABASE_URL (mysql://root@127.0.0.1:${port}/prongsai): nothing answers at 127.0.0.1:${port}; is MySQL/MariaDB running there?\n`);
    expect(seconds).toBeLessThan(15);
  });

  it('rejects a database URL it does not understand', async () => {
    const { code, stderr } = await failedStart({ DATABASE_URL: 'postgres://localhost/prongsai' });
    expect(code).toBe(1);
    expect(stderr).toBe('prongsai: DATABASE_URL: unsupported scheme "postgres" (use mysql://, mariadb:// or sqlite:)\n');
  });
});
