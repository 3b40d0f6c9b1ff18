import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportPreview } from '../import-preview.types';
import { parsePlanDocument } from '../parse-plan-document';
import { exportPlanCsv } from './plan-csv.exporter';
import { exportPlanXlsx } from './plan-xlsx.exporter';

const SEEDS = path.resolve(__dirname, '../../../../test/fixtures/seeds');

function seedFiles(): string[] {
  if (!fs.existsSync(SEEDS)) {
    throw new Error(`the seed reports are missing: expected them in ${SEEDS} (test/fixtures/seeds)`);
  }
  return fs.readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
}

function content(preview: ImportPreview): Omit<ImportPreview, 'warnings'> {
  const { warnings: _warnings, ...rest } = preview;
  return rest;
}

const written: ImportPreview = {
  organization: { name: 'เทศบาลตำบลบ้านใหม่', district: 'เมือง', province: 'เชียงใหม่' },
  fiscalYear: 2568,
  round: 12,
  measures: [
    {
      no: 1,
      title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง, รายเดือน "ทุกเดือน"',
      indicator: 9,
      items: ['O12', 'O13'],
      steps: ['รวบรวมข้อมูลจากกองคลัง', 'เผยแพร่บนเว็บไซต์ภายใน ๗ วัน'],
      owners: ['กองคลัง'],
      allDivisions: true,
      period: { start: '2024-10-01', end: '2025-09-30' },
      summary: 'เผยแพร่แล้ว ๑๒ เดือน\nบนเว็บไซต์',
      outcome: 'ประชาชนเข้าถึงข้อมูล',
    },
    {
      no: 2,
      title: 'ประกาศเจตจำนงสุจริต',
      indicator: null,
      items: [],
      steps: [],
      owners: ['งานนิติการ', 'กองการศึกษา ศาสนาและวัฒนธรรม'],
      allDivisions: false,
      period: { start: '2025-01-15', end: '2025-01-15' },
      summary: null,
      outcome: null,
    },
  ],
  warnings: [],
};

describe('exporting a preview and importing it again', () => {
  it.each(seedFiles())('keeps every measure, the heading, year and round of seed %s through CSV', async (fileName) => {
    const imported = await parsePlanDocument({ fileName, content: fs.readFileSync(path.join(SEEDS, fileName)) });
    const csv = exportPlanCsv(imported);
    const again = await parsePlanDocument({ fileName: 'plan.csv', content: new TextEncoder().encode(csv) });
    expect(content(again)).toEqual(content(imported));
  });

  it.each(seedFiles())('keeps every measure, the heading, year and round of seed %s through XLSX', async (fileName) => {
    const imported = await parsePlanDocument({ fileName, content: fs.readFileSync(path.join(SEEDS, fileName)) });
    const xlsx = await exportPlanXlsx(imported);
    const again = await parsePlanDocument({ fileName: 'plan.xlsx', content: xlsx });
    expect(content(again)).toEqual(content(imported));
  });

  it('keeps quotes, commas, line breaks, OIT items, indicators, every-division owners and one-day periods', async () => {
    const csv = exportPlanCsv(written);
    const fromCsv = await parsePlanDocument({ fileName: 'plan.csv', content: new TextEncoder().encode(csv) });
    const fromXlsx = await parsePlanDocument({ fileName: 'plan.xlsx', content: await exportPlanXlsx(written) });
    expect(content(fromCsv)).toEqual(content(written));
    expect(content(fromXlsx)).toEqual(content(written));
  });

  it('writes Thai headers, Thai digits and a byte order mark so that Excel shows the Thai text', () => {
    const csv = exportPlanCsv(written);
    expect(csv.startsWith('\ufeffรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส\r\n')).toBe(true);
    expect(csv).toContain('เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดเชียงใหม่\r\nประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๑๒ เดือน\r\n');
    expect(csv).toContain('ลำดับที่,มาตรการ/โครงการ/กิจกรรม,ตัวชี้วัด,ข้อมูล OIT,ขั้นตอน/วิธีการปฏิบัติ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,สรุปผลการดำเนินการ,ผลลัพธ์หรือความสำเร็จ');
    expect(csv).toContain('"๑. รวบรวมข้อมูลจากกองคลัง\n๒. เผยแพร่บนเว็บไซต์ภายใน ๗ วัน",ทุกกอง / กองคลัง,๑ ต.ค. ๒๕๖๗ – ๓๐ ก.ย. ๒๕๖๘');
  });

  it('leaves the summary and outcome columns out of a plan', () => {
    const plan: ImportPreview = { ...written, round: null, measures: [written.measures[1]] };
    const csv = exportPlanCsv(plan);
    expect(csv).not.toContain('สรุปผล');
    expect(csv.startsWith('\ufeffมาตรการส่งเสริมคุณธรรมและความโปร่งใส\r\n')).toBe(true);
  });
});
