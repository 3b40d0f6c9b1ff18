import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openDatabase, FiscalYearEntity, MeasureEntity, PersonEntity } from '@prongsai/persistence';

const PRONGSAI = path.resolve(__dirname, '../../apps/cli/bin/prongsai.js');
const SEEDS = path.resolve(__dirname, '../fixtures/seeds');
const SAMAI = path.join(SEEDS, '000_e8f2a115087a8358.txt');

describe('importing plans and reports, and the demo, with the prongsai command', () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: '' });
  const prongsai = (...args: string[]) => {
    const result = spawnSync(process.execPath, [PRONGSAI, ...args], { env: { ...process.env, ...env() }, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const withDb = async <T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> => {
    const db = await openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'prongsai.sqlite') });
    try {
      return await work(db);
    } finally {
      await db.destroy();
    }
  };

  beforeAll(() => {
    if (!fs.existsSync(SAMAI)) throw new Error(`the seed reports are missing: ${SEEDS} (test/fixtures/seeds)`);
  });

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-import-'));
  });

  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('--dry-run --json prints the preview in the documented shape and writes nothing', async () => {
    const { code, stdout } = prongsai('import', SAMAI, '--dry-run', '--json');
    expect(code).toBe(0);
    const preview = JSON.parse(stdout);
    expect(Object.keys(preview)).toEqual(['organization', 'fiscalYear', 'round', 'measures', 'warnings']);
    expect(preview.organization).toEqual({ name: 'องค์การบริหารส่วนตำบลสมัย', district: 'สบปราบ', province: 'ลำปาง' });
    expect(preview.fiscalYear).toBe(2568);
    expect(Object.keys(preview.measures[0])).toEqual(['no', 'title', 'indicator', 'items', 'steps', 'owners', 'allDivisions', 'period', 'summary', 'outcome']);
    expect(preview.measures[0]).toMatchObject({ no: 1, allDivisions: true, period: { start: '2024-10-01', end: '2024-12-31' } });
    expect(JSON.parse(prongsai('org', 'list', '--json').stdout)).toEqual([]);
  });

  it('creates the organisation from the heading, lists it, and refuses to import the same year twice', async () => {
    const first = prongsai('import', SAMAI);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created organisation สมัย (องค์การบริหารส่วนตำบลสมัย)');
    expect(first.stdout).toMatch(/imported \d+ measures into สมัย, fiscal year 2568/);
    expect(JSON.parse(prongsai('org', 'list', '--json').stdout)).toEqual([
      { code: 'สมัย', name: 'องค์การบริหารส่วนตำบลสมัย', district: 'สบปราบ', province: 'ลำปาง' },
    ]);
    const count = await withDb((db) => db.getRepository(MeasureEntity).countBy({ fiscalYearBe: 2568 }));
    expect(count).toBeGreaterThan(0);

    const again = prongsai('import', SAMAI);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^prongsai: fiscalYear: .* already has measures for fiscal year 2568/);
    expect(await withDb((db) => db.getRepository(MeasureEntity).countBy({ fiscalYearBe: 2568 }))).toBe(count);
  });

  it('--archive keeps a past report as a completed fiscal year with its results', async () => {
    expect(prongsai('import', SAMAI, '--archive').code).toBe(0);
    await withDb(async (db) => {
      expect(await db.getRepository(FiscalYearEntity).findOneByOrFail({ yearBe: 2568 })).toMatchObject({ archived: true });
      const measures = await db.getRepository(MeasureEntity).findBy({ fiscalYearBe: 2568 });
      expect(measures.every((measure) => measure.status === 'completed')).toBe(true);
      expect(measures.every((measure) => (measure.summary ?? '').length > 0)).toBe(true);
    });
  });

  it('says in one line what is wrong with an unreadable file', () => {
    const broken = path.join(dataDir, 'plan.xlsx');
    fs.writeFileSync(broken, 'this is not a spreadsheet');
    const { code, stderr } = prongsai('import', broken, '--dry-run');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^prongsai: /);
    expect(prongsai('import', path.join(dataDir, 'missing.csv')).stderr).toBe(`prongsai: cannot read ${path.join(dataDir, 'missing.csv')}: ENOENT\n`);
  });

  it('demo loads an organisation with one person per role and prints their passwords, once', async () => {
    const { code, stdout } = prongsai('demo');
    expect(code).toBe(0);
    for (const role of ['admin', 'executive', 'division_head', 'officer']) expect(stdout).toMatch(new RegExp(`^\\s+${role}\\s+\\S+@demo\\.prongsai\\.local\\s+\\S{14}`, 'm'));
    expect(await withDb((db) => db.getRepository(PersonEntity).countBy({ role: 'executive' }))).toBe(2);
    const again = prongsai('demo');
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('already here');
  });
});
