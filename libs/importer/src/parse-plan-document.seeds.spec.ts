import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlanDocument } from './parse-plan-document';
import { ImportPreview } from './import-preview.types';

const SEEDS = path.resolve(__dirname, '../../../test/fixtures/seeds');

async function importSeed(prefix: string): Promise<ImportPreview> {
  if (!fs.existsSync(SEEDS)) {
    throw new Error(`the seed reports are missing: expected them in ${SEEDS} (test/fixtures/seeds)`);
  }
  const fileName = fs.readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (fileName === undefined) throw new Error(`no seed report ${prefix}* in ${SEEDS}`);
  return parsePlanDocument({ fileName, content: fs.readFileSync(path.join(SEEDS, fileName)) });
}

interface Expected {
  title: string;
  steps: number;
  owners: string[];
  allDivisions: boolean;
  period: [string, string] | null;
  indicator: number | null;
  summary: boolean;
  outcome: boolean;
}

function expectMeasures(preview: ImportPreview, expected: Expected[]): void {
  expect(preview.measures).toHaveLength(expected.length);
  expected.forEach((want, index) => {
    const got = preview.measures[index];
    const label = `measure ${index + 1}`;
    expect({ label, no: got.no }).toEqual({ label, no: index + 1 });
    expect({ label, title: got.title.startsWith(want.title) }).toEqual({ label, title: true });
    expect({ label, steps: got.steps.length }).toEqual({ label, steps: want.steps });
    expect({ label, owners: got.owners, allDivisions: got.allDivisions }).toEqual({ label, owners: want.owners, allDivisions: want.allDivisions });
    expect({ label, period: got.period }).toEqual({ label, period: want.period && { start: want.period[0], end: want.period[1] } });
    expect({ label, indicator: got.indicator }).toEqual({ label, indicator: want.indicator });
    expect({ label, summary: got.summary !== null, outcome: got.outcome !== null }).toEqual({ label, summary: want.summary, outcome: want.outcome });
    for (const step of got.steps) expect(step).not.toMatch(/^\s|\s$|\s{2}|<|^[-๐-๙0-9]+[.)]?\s/);
  });
}

function warningKeys(preview: ImportPreview): string[] {
  return preview.warnings.map((w) => `${w.row}:${w.column}`);
}

describe('importing seed 000, the yearly report of อบต.สมัย (tab-separated rows, a header per page)', () => {
  let preview: ImportPreview;
  beforeAll(async () => {
    preview = await importSeed('000_');
  });

  it('reads the organisation, district, province and fiscal year from the heading, and no round', () => {
    expect(preview.organization).toEqual({ name: 'องค์การบริหารส่วนตำบลสมัย', district: 'สบปราบ', province: 'ลำปาง' });
    expect(preview.fiscalYear).toBe(2568);
    expect(preview.round).toBeNull();
  });

  it('imports its seven measures with steps, owners, periods, summaries and outcomes', () => {
    expectMeasures(preview, [
      { title: 'การจัดทำคู่มือหรือ แนวทางการ', steps: 3, owners: [], allDivisions: true, period: ['2024-10-01', '2024-12-31'], indicator: null, summary: true, outcome: true },
      { title: 'กิจกรรมการ ประชาสัมพันธ์', steps: 2, owners: [], allDivisions: true, period: ['2024-10-01', '2025-09-30'], indicator: null, summary: true, outcome: true },
      { title: 'การพัฒนาช่องทาง', steps: 2, owners: ['สำนักปลัด'], allDivisions: false, period: ['2025-10-01', '2025-10-31'], indicator: null, summary: true, outcome: true },
      { title: 'การเผยแพร่ หลักเกณฑ์', steps: 2, owners: ['กองคลัง'], allDivisions: false, period: ['2024-10-01', '2025-09-30'], indicator: null, summary: true, outcome: true },
      { title: '๑.การประชุมชี้แจง', steps: 4, owners: ['กองคลัง'], allDivisions: false, period: ['2024-10-01', '2025-06-30'], indicator: null, summary: true, outcome: true },
      { title: 'กิจกรรมจัดทำ แผนการบริหาร', steps: 2, owners: [], allDivisions: true, period: ['2024-10-01', '2025-09-30'], indicator: null, summary: true, outcome: true },
      { title: 'จัดทำและ ประชาสัมพันธ์', steps: 3, owners: ['สำนักปลัด'], allDivisions: false, period: ['2025-01-01', '2025-01-31'], indicator: null, summary: true, outcome: true },
    ]);
  });

  it('keeps the <p> paragraphs of a summary as lines, and splits inline numbered steps', () => {
    expect(preview.measures[3].summary?.split('\n')).toHaveLength(3);
    expect(preview.measures[0].steps[1]).toBe('เผยแพร่คู่มือ/แนวทางการ ปฏิบัติงานผ่านเว็บไซต์หน่วยงาน บอร์ดประชาสัมพันธ์ เป็นต้น');
  });

  it('warns about the missing indicators, the October period outside the year and "ผู้บริหาร", which is no division', () => {
    expect(warningKeys(preview)).toEqual([
      '1:indicator',
      '2:indicator',
      '3:indicator',
      '3:period',
      '4:indicator',
      '5:indicator',
      '6:indicator',
      '6:owners',
      '7:indicator',
    ]);
    expect(preview.warnings.find((w) => w.column === 'period')?.message).toContain('นอกปีงบประมาณ ๒๕๖๘');
    expect(preview.warnings.find((w) => w.column === 'owners')?.message).toMatch(/^"ผู้บริหาร" ไม่ใช่ชื่อหน่วยงาน.* \/ "ผู้บริหาร" is not a division/);
  });
});

describe('importing seed 001, the 6-month report of อบต.บางไทรป่า (continuation rows, a second table)', () => {
  let preview: ImportPreview;
  beforeAll(async () => {
    preview = await importSeed('001_');
  });

  it('reads the organisation, the fiscal year named most often and the 6-month round', () => {
    expect(preview.organization).toEqual({ name: 'องค์การบริหารส่วนตำบลบางไทรป่า', district: null, province: null });
    expect(preview.fiscalYear).toBe(2565);
    expect(preview.round).toBe(6);
  });

  it('gathers the continuation rows under their measure, across pages, one step per row', () => {
    expectMeasures(preview, [
      { title: 'กำหนดขั้นตอนการดำเนินงานตามมาตรการเผยแพร่', steps: 5, owners: ['สำนักปลัด'], allDivisions: true, period: ['2022-05-01', '2022-09-30'], indicator: null, summary: false, outcome: false },
      { title: 'ทบทวนขั้นตอนการปฏิบัติงาน', steps: 11, owners: [], allDivisions: true, period: ['2022-09-01', '2022-09-30'], indicator: null, summary: false, outcome: false },
    ]);
    expect(preview.measures[0].steps[1]).toMatch(/^เปิดเผยแพร่ข้อมูลตาม พ\.ร\.บ\./);
    expect(preview.measures[1].steps[8]).toMatch(/^กำหนดนโยบาย มาตรการ งดการรับ/);
  });

  it('skips the table of who publishes which data, once, saying so', () => {
    const skipped = preview.warnings.filter((w) => w.message.startsWith('ข้ามตารางที่ไม่ใช่ตารางมาตรการ'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0].message).toContain('ประเภทข้อมูล');
  });

  it('warns about the two fiscal years, the quarters in the report column, the merged repeated title and the span of due dates', () => {
    expect(warningKeys(preview)).toEqual([
      '0:header',
      '0:header',
      '0:header',
      '0:header',
      '1:summary',
      '1:title',
      '1:indicator',
      '1:period',
      '2:summary',
      '2:indicator',
    ]);
    expect(preview.warnings[2].message).toContain('(๒๕๖๕, ๒๕๖๔) ใช้ ๒๕๖๕');
    expect(preview.warnings[4].message).toContain('(ไตรมาส ๒, ไตรมาส ๔)');
    expect(preview.warnings[7].message).toContain('(พ.ค.๖๕, ก.ย.๖๕)');
  });
});

describe('importing seed 002, the report of อบต.แม่คะตวน (Markdown tables with <br> and <p>)', () => {
  let preview: ImportPreview;
  beforeAll(async () => {
    preview = await importSeed('002_');
  });

  it('reads the organisation and fiscal year; the intro mentioning last year does not confuse it', () => {
    expect(preview.organization.name).toBe('องค์การบริหารส่วนตำบลแม่คะตวน');
    expect(preview.fiscalYear).toBe(2566);
    expect(preview.round).toBeNull();
  });

  it('imports three measures with the indicator written in the title, and the next page’s step ๔', () => {
    expectMeasures(preview, [
      { title: 'จัดทำคู่มือมาตรฐานการปฏิบัติงาน', steps: 4, owners: ['กองคลัง'], allDivisions: false, period: ['2023-03-01', '2023-04-30'], indicator: 4, summary: true, outcome: true },
      { title: 'กำกับติดตามการทำงานของผู้บริหาร', steps: 4, owners: ['สำนักปลัด', 'กองคลัง', 'กองช่าง'], allDivisions: false, period: ['2023-03-01', '2023-04-30'], indicator: 6, summary: true, outcome: true },
      { title: 'เพิ่มกลไกการปรับปรุงคุณภาพ', steps: 4, owners: ['สำนักปลัด', 'กองคลัง', 'กองช่าง'], allDivisions: false, period: ['2023-03-01', '2023-04-30'], indicator: 8, summary: true, outcome: true },
    ]);
  });

  it('takes the indicator note out of the title and keeps the <br> lines of summaries apart', () => {
    expect(preview.measures[0].title).toBe('จัดทำคู่มือมาตรฐานการปฏิบัติงาน');
    expect(preview.measures[1].summary?.split('\n')).toHaveLength(4);
    expect(preview.measures[0].steps[3]).toBe('เผยแพร่คู่มือ ผ่าน - เว็บไซต์ อบต. - เฟสบุ๊ก - แอปพลิเคชันไลน์');
  });

  it('reads "กองคลัง - เจ้าหน้าที่ผู้รับผิดชอบงานพัสดุ" as กองคลัง and only warns that the heading has no district or province', () => {
    expect(warningKeys(preview)).toEqual(['0:header', '0:header']);
  });
});
