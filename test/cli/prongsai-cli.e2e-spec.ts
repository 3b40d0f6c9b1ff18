import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SQLITE_MIGRATIONS } from '@prongsai/persistence';

const MIGRATIONS = SQLITE_MIGRATIONS.map((migration) => new migration().name);

const PRONGSAI = path.resolve(__dirname, '../../apps/cli/bin/prongsai.js');

function prongsai(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [PRONGSAI, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the prongsai admin command', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-cli-'));
  });

  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrate creates the schema once, then finds nothing to do', () => {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    expect(prongsai(['migrate'], env)).toMatchObject({ code: 0, stdout: `applied: ${MIGRATIONS.join(', ')}\n` });
    expect(prongsai(['migrate'], env)).toMatchObject({ code: 0, stdout: 'database schema is up to date\n' });
    expect(fs.existsSync(path.join(dataDir, 'prongsai.sqlite'))).toBe(true);
  });

  it('doctor says the embedded setup can run here, and that migrations are pending on a new database', () => {
    const { code, stdout } = prongsai(['doctor'], { DATA_DIR: dataDir, DATABASE_URL: '', TEMPORAL_ADDRESS: '', SMTP_URL: '' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ configuration\s+embedded defaults/m);
    expect(stdout).toMatch(/^✓ SQLite driver\s+better-sqlite3 loads/m);
    expect(stdout).toMatch(new RegExp(`^! database .*${MIGRATIONS.length} migration\\(s\\) pending\\n\\s+→ run "prongsai migrate"`, 'm'));
    expect(stdout).toMatch(/^✓ Temporal\s+dev server binary /m);
    expect(stdout).toContain('Prongsai can run here.');
  });

  it('doctor names what is wrong and how to fix it, and fails', () => {
    const { code, stdout } = prongsai(['doctor'], { DATA_DIR: dataDir, DATABASE_URL: 'mysql://root@127.0.0.1:1/prongsai' });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✗ database\s+DATABASE_URL \(mysql:\/\/root@127\.0\.0\.1:1\/prongsai\): nothing answers at 127\.0\.0\.1:1/m);
    expect(stdout).toContain('→ start the database server or correct DATABASE_URL');
    expect(stdout).toContain('1 problem(s) to fix before Prongsai can run.');
  });

  it('answers a bad setting with one line and no stack trace', () => {
    expect(prongsai(['migrate'], { DATA_DIR: dataDir, LOG_LEVEL: 'chatty' })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'prongsai: LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace (got "chatty")\n',
    });
  });
});
