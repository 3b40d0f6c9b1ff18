import { DiagnosticRunEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { DiagnosticsActivitiesService } from './diagnostics.activities';

describe('recording a diagnostic completion', () => {
  let dir: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-activity-'));
    const target = { kind: 'sqlite' as const, file: path.join(dir, 'db.sqlite') };
    await migrateDatabase(target);
    dataSource = await openDatabase(target);
  });

  afterEach(async () => {
    await dataSource.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is idempotent: a retry returns what the first attempt recorded', async () => {
    const runs = dataSource.getRepository(DiagnosticRunEntity);
    await runs.save({ id: 'a', status: 'started', requestedAt: new Date(), completedAt: null, completedBy: null });
    const activities = new DiagnosticsActivitiesService(runs);

    const first = await activities.recordDiagnosticCompletion('a');
    const retry = await activities.recordDiagnosticCompletion('a');

    expect(retry).toEqual(first);
    expect((await runs.findOneByOrFail({ id: 'a' })).completedAt?.toISOString()).toBe(first.completedAt);
  });
});
