import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PRONGSAI_SCHEDULES, PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { ensureSchedules } from '@prongsai/temporal';
import { Client, Connection } from '@temporalio/client';
import { startDevServer, type DevServer } from '../support/temporal-dev-server';

const PRONGSAI = path.resolve(__dirname, '../../apps/cli/bin/prongsai.js');
const IDS = PRONGSAI_SCHEDULES.map((definition) => definition.id);

function prongsai(args: string[], env: NodeJS.ProcessEnv) {
  // No database: these commands only talk to Temporal.
  const result = spawnSync(process.execPath, [PRONGSAI, ...args], { env: { ...process.env, DATABASE_URL: 'mysql://nobody@127.0.0.1:1/none', ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

jest.setTimeout(60_000);

describe('prongsai schedules, against the real Temporal dev server', () => {
  let server: DevServer;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    server = await startDevServer();
    env = { TEMPORAL_ADDRESS: server.address };
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('lists the schedules as missing until the worker has created them', async () => {
    const before = prongsai(['schedules', 'list', '--json'], env);
    expect({ code: before.code, stderr: before.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(before.stdout).map(({ id, missing }: { id: string; missing: boolean }) => ({ id, missing }))).toEqual(IDS.map((id) => ({ id, missing: true })));

    const connection = await Connection.connect({ address: server.address });
    try {
      await ensureSchedules(new Client({ connection }), PRONGSAI_TASK_QUEUE);
    } finally {
      await connection.close();
    }

    const after = prongsai(['schedules', '--json'], env);
    expect(after.code).toBe(0);
    const views = JSON.parse(after.stdout);
    expect(views.map((view: { id: string }) => view.id)).toEqual(IDS);
    expect(views[0]).toMatchObject({ id: 'prongsai-daily-digest', paused: false, note: null, missing: false });
    expect(views[0].nextRuns[0]).toMatch(/T00:00:00\.000Z$/);

    const table = prongsai(['schedules'], env);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+paused\s+next run \(Asia\/Bangkok\)\s+description$/);
    expect(lines[1]).toMatch(/^prongsai-daily-digest\s+no\s+\d{4}-\d{2}-\d{2} 07:00\s+สรุปงานประจำวันทางอีเมล/);
    expect(lines[2]).toMatch(/^prongsai-weekly-summary\s+no\s+\d{4}-\d{2}-\d{2} 08:00\s+สรุปความก้าวหน้ารายสัปดาห์/);
    expect(lines[3]).toMatch(/^prongsai-report-rounds\s+no\s+\d{4}-(01|04|07|10)-01 08:00\s+แจ้งเปิดรอบการรายงาน/);
  });

  it('pauses with a note and unpauses', () => {
    expect(prongsai(['schedules', 'pause', 'prongsai-weekly-summary', '--note', 'ผู้บริหารลาพักร้อน'], env)).toEqual({
      code: 0,
      stdout: 'paused prongsai-weekly-summary: ผู้บริหารลาพักร้อน\n',
      stderr: '',
    });
    const table = prongsai(['schedules', 'list'], env).stdout.split('\n');
    const row = table.findIndex((line) => line.startsWith('prongsai-weekly-summary'));
    expect(table[row]).toMatch(/^prongsai-weekly-summary\s+yes\s/);
    expect(table[row + 1].trim()).toBe('note: ผู้บริหารลาพักร้อน');

    const unpaused = prongsai(['schedules', 'unpause', 'prongsai-weekly-summary'], env);
    expect(unpaused).toMatchObject({ code: 0, stderr: '' });
    expect(unpaused.stdout).toMatch(/^unpaused prongsai-weekly-summary; next run \d{4}-\d{2}-\d{2} 08:00 \(Asia\/Bangkok\)\n$/);
    expect(JSON.parse(prongsai(['schedules', '--json'], env).stdout)[1]).toMatchObject({ paused: false });
  });

  it('refuses an unknown id with one line naming it and the valid ones, and fails', () => {
    expect(prongsai(['schedules', 'pause', 'prongsai-nightly-backup'], env)).toEqual({
      code: 1,
      stdout: '',
      stderr: `prongsai: unknown schedule "prongsai-nightly-backup"; the schedules are ${IDS.join(', ')}\n`,
    });
  });

  it('says in one line that Temporal is not reachable, naming TEMPORAL_ADDRESS', () => {
    const { code, stdout, stderr } = prongsai(['schedules'], { TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^prongsai: TEMPORAL_ADDRESS \(127\.0\.0\.1:1\): Temporal is not reachable \(.+\); start Temporal or correct TEMPORAL_ADDRESS \/ TEMPORAL_TLS_\*\n$/);
  });
});
