import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';

const PRONGSAI = path.resolve(__dirname, '../../apps/cli/bin/prongsai.js');
const SAMAI = path.resolve(__dirname, '../fixtures/seeds/000_e8f2a115087a8358.txt');

describe('prongsai report: a past report imported with --archive, written again in every format', () => {
  let dataDir: string;
  const prongsai = (...args: string[]) => {
    const result = spawnSync(process.execPath, [PRONGSAI, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const out = (name: string) => path.join(dataDir, name);

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-report-'));
    expect(prongsai('import', SAMAI, '--archive').code).toBe(0);
  });

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('writes the JSON and CSV open data with the measures of the published report', () => {
    const json = prongsai('report', '--org', 'สมัย', '--fiscal-year', '2568', '--round', '12', '--out', out('report.json'));
    expect(json.code).toBe(0);
    expect(json.stdout).toMatch(/report\.json: json, \d+ measures/);
    const doc = JSON.parse(fs.readFileSync(out('report.json'), 'utf8'));
    expect(doc.title).toBe('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๑๒ เดือน)');
    const rows = doc.sections.flatMap((section: { rows: unknown[] }) => section.rows);
    expect(rows.length).toBeGreaterThan(3);

    expect(prongsai('report', '--org', 'สมัย', '--fiscal-year', '2568', '--round', '12', '--format', 'csv', '--out', out('report.txt')).code).toBe(0);
    const records = parse(fs.readFileSync(out('report.txt'), 'utf8'), { bom: true }) as string[][];
    expect(records.length).toBe(rows.length + 1);
  });

  it.each(['pdf', 'docx', 'xlsx', 'html'])('writes %s', (format) => {
    const written = prongsai('report', '--org', 'สมัย', '--fiscal-year', '2568', '--round', '12', '--out', out(`report.${format}`));
    expect(written.code).toBe(0);
    const bytes = fs.readFileSync(out(`report.${format}`));
    const magic = { pdf: '%PDF', docx: 'PK', xlsx: 'PK', html: '<!' }[format]!;
    expect(bytes.subarray(0, magic.length).toString('latin1').toUpperCase()).toBe(magic.toUpperCase());
  });

  it('names what is wrong in one line: an unknown organisation, round or format', () => {
    const noOrg = prongsai('report', '--org', 'ไม่มี', '--fiscal-year', '2568', '--round', '12', '--out', out('x.pdf'));
    expect(noOrg.code).toBe(1);
    expect(noOrg.stderr.trim().split('\n')).toHaveLength(1);
    const badRound = prongsai('report', '--org', 'สมัย', '--fiscal-year', '2568', '--round', '9', '--out', out('x.pdf'));
    expect(badRound.code).not.toBe(0);
    expect(badRound.stderr).toContain('--round');
    const badFormat = prongsai('report', '--org', 'สมัย', '--fiscal-year', '2568', '--round', '12', '--out', out('x.odt'));
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('--format');
    expect(fs.existsSync(out('x.pdf'))).toBe(false);
  });
});
