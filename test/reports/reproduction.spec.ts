import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApplicationErrorCode, loadRoundReportInput, MeasuresService, PlanImportService } from '@prongsai/application';
import type { LifecycleReportSnapshot, MeasureLifecycleSnapshot, ReportContent } from '@prongsai/contracts';
import { toArabicDigits } from '@prongsai/domain';
import { parsePlanDocument, type ImportedMeasure, type ImportPreview } from '@prongsai/importer';
import { ItaCatalogEntryEntity, MeasureEntity, MeasureLifecycleEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import { ALL_DIVISIONS_TEXT, compileRoundReport, type RoundKey, type RoundReportDocument, type RoundReportRow } from '@prongsai/reports';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/database-targets';

const SEEDS = path.resolve(__dirname, '../fixtures/seeds');
const COMPILED_AT = '2025-04-05T03:00:00.000Z';

function seedFiles(): string[] {
  if (!fs.existsSync(SEEDS)) throw new Error(`the seed reports are missing: expected them in ${SEEDS} (test/fixtures/seeds)`);
  return fs.readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
}

/** Text as compared: runs of spaces and line breaks as one space, trimmed, digits Arabic. */
function normalized(text: string | null | undefined): string {
  return toArabicDigits((text ?? '').replace(/\s+/g, ' ').trim());
}

/** The round a seed reports on: its heading's รอบ ๖ / ๑๒ เดือน; a document naming no round is compiled as the year (R12). */
function roundOf(preview: ImportPreview): RoundKey {
  return preview.round === 6 ? 'R6' : 'R12';
}

/** Text squeezed for finding it in the published document: no tags, no spaces, digits Arabic. */
function squeezed(text: string): string {
  return toArabicDigits(text.replace(/<[^>]*>/g, '').replace(/\s+/g, ''));
}

/** A step as the seed wrote it: without the number the report puts before it. */
function withoutNumber(step: string): string {
  return step.replace(/^[0-9๐-๙]+\.\s*/, '');
}

function rowsByNo(document: RoundReportDocument): Map<number, RoundReportRow> {
  return new Map(document.sections.flatMap((section) => section.rows).map((row) => [Number(toArabicDigits(row.no)), row]));
}

/** The cells of a row as the importer read them from the original, written as the report writes them. */
function expectedCells(measure: ImportedMeasure) {
  return {
    title: normalized(measure.title),
    steps: measure.steps.map((step, index) => normalized(`${index + 1}. ${step}`)),
    owners: normalized([...measure.owners, ...(measure.allDivisions ? [ALL_DIVISIONS_TEXT] : [])].join(', ')),
    summary: normalized(measure.summary),
    outcome: normalized(measure.outcome),
  };
}

function compiledCells(row: RoundReportRow) {
  return {
    title: normalized(row.title),
    steps: row.steps.map(normalized),
    owners: normalized(row.owners),
    summary: normalized(row.summary),
    outcome: normalized(row.outcome),
  };
}

async function withMigratedSqlite<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const database: TestDatabase = await createTestDatabase('sqlite');
  try {
    await migrateDatabase(database.target);
    const dataSource = await openDatabase(database.target);
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.dispose();
  }
}

async function readSeed(fileName: string): Promise<{ text: string; preview: ImportPreview }> {
  const content = fs.readFileSync(path.join(SEEDS, fileName));
  return { text: content.toString('utf8'), preview: await parsePlanDocument({ fileName, content }) };
}

describe('the round report compiled from an archived seed reproduces the published report', () => {
  it.each(seedFiles())('%s', async (fileName) => {
    const { text, preview } = await readSeed(fileName);
    await withMigratedSqlite(async (dataSource) => {
      const imported = await dataSource.transaction((manager) => new PlanImportService(manager).apply(preview, { archive: true }));
      const round = roundOf(preview);
      const input = await loadRoundReportInput(dataSource.manager, imported.organization.code, imported.fiscalYear, round);
      const document = compileRoundReport({ ...input, compiledAt: COMPILED_AT });

      // The heading: the organisation the seed names, its fiscal year and the round.
      expect(text).toContain(imported.organization.name);
      expect(document.organizationLine.startsWith(imported.organization.name)).toBe(true);
      expect(normalized(document.title)).toContain(`ประจำปีงบประมาณ พ.ศ. ${imported.fiscalYear} (รอบ ${round === 'R6' ? 6 : 12} เดือน)`);
      expect(document.meta).toMatchObject({ organizationCode: imported.organization.code, fiscalYearBe: imported.fiscalYear, round, digits: 'thai' });

      // As many rows as the seed has measures, each with the cells the importer read from the seed.
      const rows = rowsByNo(document);
      expect([...rows.keys()].sort((a, b) => a - b)).toEqual(preview.measures.map((measure) => measure.no));
      for (const measure of preview.measures) {
        const row = rows.get(measure.no)!;
        expect({ no: measure.no, ...compiledCells(row) }).toEqual({ no: measure.no, ...expectedCells(measure) });
      }

      // And every line of those cells is text of the published document itself (owners and periods
      // are written the report's way, so they are not looked for).
      const published = squeezed(text);
      for (const row of rows.values()) {
        const lines = [row.title, ...row.steps.map(withoutNumber), ...row.summary.split('\n'), ...row.outcome.split('\n')].filter((line) => line.trim() !== '');
        for (const line of lines) expect({ no: row.no, line, published: published.includes(squeezed(line)) }).toEqual({ no: row.no, line, published: true });
      }

      // The measures the seed reports nothing for are flagged, and only those.
      const unreported = preview.measures.filter((measure) => !measure.summary && !measure.outcome).map((measure) => measure.no);
      expect(document.meta.missing.map((missing) => missing.no)).toEqual(unreported);

      // Indicators the seed names are section headings, worded as the seed words them.
      const headings = document.sections.map((section) => section.heading);
      if (preview.measures.some((measure) => measure.indicator !== null)) {
        for (const heading of headings) expect(text).toContain(heading);
      } else {
        expect(headings).toEqual([null]);
      }

      // A period is written for every measure whose period the import kept (inside the fiscal year).
      const kept = await dataSource.getRepository(MeasureEntity).findBy({ organizationId: imported.organization.id, fiscalYearBe: imported.fiscalYear });
      for (const measure of kept) {
        expect({ no: measure.no, hasPeriod: rows.get(measure.no)!.period !== '' }).toEqual({ no: measure.no, hasPeriod: measure.periodStart !== null });
      }
    });
  });

  it('seed 001 reports quarters, not results, in its รายงานผล column: the 6-month report has both measures missing', async () => {
    const { preview } = await readSeed(seedFiles().find((name) => name.startsWith('001_'))!);
    expect(preview.round).toBe(6);
    expect(preview.measures.map((measure) => [measure.summary, measure.outcome])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(preview.warnings.filter((warning) => warning.column === 'summary').map((warning) => warning.row)).toEqual([1, 2]);
  });
});

describe('loadRoundReportInput, from the lifecycle read model', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let code: string;
  let measureIds: Map<number, string>;

  const content = (done: string, results: string, outcome: string): ReportContent => ({ done, results, outcome, completion: 100, evidence: [], publishedOn: null });
  const report = (periodKey: string, status: LifecycleReportSnapshot['status'], body: ReportContent | null, extra: Partial<LifecycleReportSnapshot> = {}): LifecycleReportSnapshot => ({
    periodKey,
    start: '2022-10-01',
    dueDate: '2023-04-15',
    status,
    version: 1,
    late: false,
    content: body,
    lastComment: null,
    ...extra,
  });

  async function lifecycle(no: number, planApprovedOn: string | null, reports: LifecycleReportSnapshot[], status: MeasureLifecycleSnapshot['status'] = 'in_progress') {
    const measure = await dataSource.getRepository(MeasureEntity).findOneByOrFail({ id: measureIds.get(no)! });
    const snapshot: MeasureLifecycleSnapshot = {
      workflowId: `measure-${measure.id}`,
      organizationId: measure.organizationId,
      fiscalYearBe: measure.fiscalYearBe,
      measureId: measure.id,
      revision: 1,
      status,
      planApprovedOn,
      assignments: [],
      reports,
      events: [],
    };
    await dataSource.getRepository(MeasureLifecycleEntity).insert({
      workflowId: snapshot.workflowId,
      organizationId: snapshot.organizationId,
      fiscalYearBe: snapshot.fiscalYearBe,
      measureId: snapshot.measureId,
      revision: 1,
      status,
      snapshot,
      updatedAt: new Date('2023-04-20T00:00:00.000Z'),
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await migrateDatabase(database.target);
    dataSource = await openDatabase(database.target);
    // Seed 002 (อบต.แม่คะตวน, 2566, indicators 4, 6, 8) as a live year, not an archive.
    const { preview } = await readSeed(seedFiles().find((name) => name.startsWith('002_'))!);
    const imported = await dataSource.transaction((manager) => new PlanImportService(manager).apply(preview, {}));
    code = imported.organization.code;
    const organizationId = imported.organization.id;
    const cancelled = await new MeasuresService(dataSource.manager).create(organizationId, 2566, { no: 4, title: 'มาตรการที่ยกเลิกแล้ว', steps: [], allDivisions: true, status: 'cancelled' });
    measureIds = new Map([...imported.measures, cancelled].map((measure) => [measure.no, measure.id]));
    await dataSource.getRepository(ItaCatalogEntryEntity).insert({
      id: '00000000-0000-4000-8000-000000000004',
      organizationId,
      fiscalYearBe: 2566,
      kind: 'indicator',
      tool: 'IIT',
      code: 'indicator-4',
      indicatorNo: 4,
      title: 'การใช้ทรัพย์สินของทางราชการ',
    });

    // 1: signed off, then a correction under way: the published version is what counts.
    await lifecycle(1, '2023-02-10', [
      report('R6', 'draft', content('ฉบับแก้ไขที่ยังไม่ลงนาม', '', 'ยังไม่ลงนาม'), {
        version: 2,
        publishedVersions: [{ version: 1, content: content('จัดทำคู่มือแล้ว', 'เผยแพร่ทางไลน์แล้ว', 'ยืมทรัพย์สินตามคู่มือ'), late: false, signedOffAt: '2023-04-10T02:00:00.000Z', signedOffByPersonId: 'p-exec' }],
      }),
    ]);
    // 2: submitted for the 6-month round; for the year only a Q4 report, accepted.
    await lifecycle(2, '2023-01-20', [
      report('R6', 'submitted', content('จัดทำบัตรคิวแล้ว', '', 'ให้บริการเรียบร้อย')),
      report('Q4', 'accepted', content('ทั้งปี', 'ครบทุกขั้นตอน', 'ประชาชนพึงพอใจ')),
    ]);
    // 3: returned to its owners: nothing to show yet.
    await lifecycle(3, null, [report('R6', 'returned', content('ร่างที่ถูกส่งกลับ', '', ''))]);
    // 4: cancelled before the plan was approved.
    await lifecycle(4, null, [], 'cancelled');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.dispose();
  });

  it('takes the published version, else the submitted or accepted content, and leaves out cancelled measures', async () => {
    const input = await loadRoundReportInput(dataSource.manager, code, 2566, 'R6');
    expect(input.measures.map((measure) => [measure.no, measure.report])).toEqual([
      [1, { summary: 'จัดทำคู่มือแล้ว\nเผยแพร่ทางไลน์แล้ว', outcome: 'ยืมทรัพย์สินตามคู่มือ' }],
      [2, { summary: 'จัดทำบัตรคิวแล้ว', outcome: 'ให้บริการเรียบร้อย' }],
      [3, null],
    ]);
    expect(input.planApprovedOn).toBe('2023-01-20');
    expect(input.measures[1].owners).toEqual(['สำนักปลัด', 'กองคลัง', 'กองช่าง']);
    expect(input.indicatorNames).toEqual({ 4: 'การใช้ทรัพย์สินของทางราชการ' });

    const document = compileRoundReport(input);
    expect(document.opening).toContain('เมื่อวันที่ ๒๐ มกราคม ๒๕๖๖ นั้น');
    expect(document.sections.map((section) => section.heading)).toEqual([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ',
      'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน',
      'ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน',
    ]);
    expect(document.meta.missing.map((missing) => missing.no)).toEqual([3]);
  });

  it('takes the Q4 report for the 12-month round when the measure has no R12 report', async () => {
    const input = await loadRoundReportInput(dataSource.manager, code, 2566, 'R12');
    expect(input.measures.map((measure) => [measure.no, measure.report])).toEqual([
      [1, null],
      [2, { summary: 'ทั้งปี\nครบทุกขั้นตอน', outcome: 'ประชาชนพึงพอใจ' }],
      [3, null],
    ]);
  });

  it('names the field for an unknown organisation, a year not set up and a round that is none', async () => {
    await expect(loadRoundReportInput(dataSource.manager, 'no-such-org', 2566, 'R6')).rejects.toMatchObject({ code: ApplicationErrorCode.NotFound, field: 'organization' });
    await expect(loadRoundReportInput(dataSource.manager, code, 2570, 'R6')).rejects.toMatchObject({ code: ApplicationErrorCode.Invalid, field: 'fiscalYear' });
    await expect(loadRoundReportInput(dataSource.manager, code, 2566, 'R9' as RoundKey)).rejects.toMatchObject({ code: ApplicationErrorCode.Invalid, field: 'round' });
  });
});
