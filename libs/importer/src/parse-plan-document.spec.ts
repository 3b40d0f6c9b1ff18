import { Workbook } from 'exceljs';
import { parsePlanDocument } from './parse-plan-document';
import { ImportPreview, ParsePlanOptions } from './import-preview.types';

const HEADING = 'องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง\nประจำปีงบประมาณ พ.ศ. 2568\n\n';

function importCsv(csv: string, options?: ParsePlanOptions): Promise<ImportPreview> {
  return parsePlanDocument({ fileName: 'แผน.csv', content: new TextEncoder().encode(csv) }, options);
}

function messages(preview: ImportPreview, column: string): string[] {
  return preview.warnings.filter((w) => w.column === column).map((w) => `${w.row}: ${w.message}`);
}

describe('importing a plan from CSV', () => {
  it('puts back a period written in the owner column and a division in the period column, and says so', async () => {
    const preview = await importCsv(`${HEADING}ลำดับที่,มาตรการ,ตัวชี้วัด,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\n1,จัดทำแผนป้องกันการทุจริต,10,"1. ร่างแผน 2. เสนอนายก",ไตรมาส 1,กองช่าง\n`);
    expect(preview.measures[0]).toMatchObject({ owners: ['กองช่าง'], period: { start: '2024-10-01', end: '2024-12-31' }, steps: ['ร่างแผน', 'เสนอนายก'] });
    expect(messages(preview, 'owners')).toEqual([
      '1: ช่องผู้รับผิดชอบมีระยะเวลา "ไตรมาส 1" และช่องระยะเวลามีหน่วยงาน "กองช่าง" จึงสลับกัน / the owner cell held a time "ไตรมาส 1" and the period cell a division "กองช่าง": swapped',
    ]);
  });

  it('moves a period out of the owner column when the period cell is empty', async () => {
    const preview = await importCsv(`${HEADING}มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\nจัดทำแผน,ร่างแผน,ต.ค. 67 - ธ.ค. 67,\n`);
    expect(preview.measures[0]).toMatchObject({ owners: [], period: { start: '2024-10-01', end: '2024-12-31' } });
    expect(messages(preview, 'period')[0]).toMatch(/^1: ช่องผู้รับผิดชอบมี "ต.ค. 67 - ธ.ค. 67" ซึ่งเป็นระยะเวลา/);
  });

  it('warns about an owner that is not a division, such as a committee, and takes none', async () => {
    const preview = await importCsv(`${HEADING}มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\nประเมินความเสี่ยง,ประชุม,คณะกรรมการประเมินความเสี่ยง,ไตรมาส 2\n`);
    expect(preview.measures[0].owners).toEqual([]);
    expect(preview.measures[0].allDivisions).toBe(false);
    expect(messages(preview, 'owners')).toEqual([
      '1: "คณะกรรมการประเมินความเสี่ยง" ไม่ใช่ชื่อหน่วยงาน จึงไม่ได้นำมาเป็นผู้รับผิดชอบ / "คณะกรรมการประเมินความเสี่ยง" is not a division: not taken as an owner',
    ]);
  });

  it('gives owners in the organisation’s own division names and warns about divisions it does not have', async () => {
    const csv = `${HEADING}มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\nจัดทำคู่มือ,ร่างคู่มือ,สำนักงานปลัด / กองการศึกษาฯ / กองช่าง,ไตรมาส 2\n`;
    const preview = await importCsv(csv, { divisions: ['สำนักปลัด', 'กองการศึกษา ศาสนา และวัฒนธรรม', 'กองคลัง'] });
    expect(preview.measures[0].owners).toEqual(['สำนักปลัด', 'กองการศึกษา ศาสนา และวัฒนธรรม']);
    expect(messages(preview, 'owners')).toEqual(['1: องค์กรไม่มีหน่วยงาน "กองช่าง" จึงไม่ได้นำมาเป็นผู้รับผิดชอบ / the organisation has no division "กองช่าง": not taken as an owner']);
  });

  it('uses the fiscal year chosen by the user and says when the document names another', async () => {
    const preview = await importCsv(`${HEADING}มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\nจัดทำแผน,ร่างแผน,กองคลัง,ไตรมาส 1\n`, { fiscalYear: 2569 });
    expect(preview.fiscalYear).toBe(2569);
    expect(preview.measures[0].period).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(messages(preview, 'header')).toEqual([
      '0: เอกสารระบุปีงบประมาณ ๒๕๖๘ แต่เลือกนำเข้าเป็นปีงบประมาณ ๒๕๖๙ จึงใช้ ๒๕๖๙ / the document names fiscal year 2568 but the import is for 2569: using 2569',
    ]);
  });

  it('takes the indicator and OIT items from the heading line above the rows', async () => {
    const csv = `${HEADING}ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (O33 และ O34)\nมาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\nเปิดช่องทางรับฟังความคิดเห็น,ทำแบบฟอร์มออนไลน์,สำนักปลัด,ตลอดปีงบประมาณ\n\nตัวชี้วัดที่ 10 การป้องกันการทุจริต\nมาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\nประกาศเจตจำนงสุจริต,ประกาศ,สำนักปลัด,ต.ค. 67\n`;
    const preview = await importCsv(csv);
    expect(preview.measures.map((m) => [m.indicator, m.items])).toEqual([
      [9, ['O33', 'O34']],
      [10, []],
    ]);
  });

  it('applies the issue to improve (ประเด็น…), with its indicator and OIT items, to each measure under it', async () => {
    const csv = `${HEADING}ประเด็นที่ต้องปรับปรุง,มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\n"ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (O42)",เผยแพร่มาตรการ,เผยแพร่,สำนักปลัด,ไตรมาส 2\n,รายงานผลมาตรการ,รายงาน,สำนักปลัด,ไตรมาส 4\n`;
    const preview = await importCsv(csv);
    expect(preview.measures.map((m) => [m.title, m.indicator, m.items])).toEqual([
      ['เผยแพร่มาตรการ', 9, ['O42']],
      ['รายงานผลมาตรการ', 9, ['O42']],
    ]);
    expect(preview.warnings).toEqual([]);
  });

  it('reports a period it cannot read with the reason, and keeps the measure without a period', async () => {
    const preview = await importCsv(`${HEADING}มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา\nจัดทำแผน,ร่างแผน,กองคลัง,เมื่อผู้บริหารสั่งการ\n`);
    expect(preview.measures[0].period).toBeNull();
    expect(messages(preview, 'period')).toEqual(['1: อ่านช่วงเวลาไม่ได้: "เมื่อผู้บริหารสั่งการ" / cannot read the period "เมื่อผู้บริหารสั่งการ"']);
  });

  it('warns about an indicator outside 1–10 and about columns it does not know', async () => {
    const preview = await importCsv(`${HEADING}มาตรการ,ตัวชี้วัด,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา,งบประมาณ\nจัดทำแผน,12,ร่างแผน,กองคลัง,ไตรมาส 1,10000\n`);
    expect(preview.measures[0].indicator).toBeNull();
    expect(messages(preview, 'indicator')).toEqual(['1: ไม่มีตัวชี้วัดที่ ๑๒ (ตัวชี้วัดมี ๑–๑๐) / there is no indicator 12 (indicators are 1–10)']);
    expect(messages(preview, 'header')).toEqual(['0: ไม่รู้จักคอลัมน์ "งบประมาณ" จึงไม่ได้นำเข้า / column "งบประมาณ" is not one the importer knows: not imported']);
  });

  it('reads a CSV saved by Thai Windows (Windows-874) and one separated by semicolons', async () => {
    // "มาตรการ;ขั้นตอน;ผู้รับผิดชอบ;ระยะเวลา" / "จัดทำแผน;ร่าง;กองคลัง;ไตรมาส 1" in TIS-620 bytes.
    const tis = (text: string): number[] => [...text].map((ch) => (ch.charCodeAt(0) >= 0x0e01 ? ch.charCodeAt(0) - 0x0e00 + 0xa0 : ch.charCodeAt(0)));
    const content = new Uint8Array(tis(`${HEADING}มาตรการ;ขั้นตอน;ผู้รับผิดชอบ;ระยะเวลา\nจัดทำแผน;ร่าง;กองคลัง;ไตรมาส 1\n`));
    const preview = await parsePlanDocument({ fileName: 'แผน.CSV', content });
    expect(preview.organization.name).toBe('องค์การบริหารส่วนตำบลสมัย');
    expect(preview.measures[0]).toMatchObject({ title: 'จัดทำแผน', owners: ['กองคลัง'], period: { start: '2024-10-01', end: '2024-12-31' } });
  });
});

describe('importing a plan from XLSX', () => {
  it('reads a title merged down several rows as one measure with a step per row', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('แผน');
    sheet.addRow(['เทศบาลเมืองตัวอย่าง อำเภอเมือง จังหวัดลำปาง']);
    sheet.addRow(['ประจำปีงบประมาณ พ.ศ. ๒๕๖๘']);
    sheet.addRow(['ลำดับ ที่', 'มาตรการ โครงการ หรือ กิจกรรม', 'ขั้นตอนหรือ วิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ช่วงระยะเวลา ในการดำเนินการ']);
    sheet.addRow([1, 'จัดทำคู่มือการให้บริการ', '1. ร่างคู่มือ', 'สำนักปลัด', 'ต.ค. 67']);
    sheet.addRow([null, null, '2. เผยแพร่คู่มือ', 'ทุกกอง', 'พ.ย. 67']);
    sheet.mergeCells('A4:A5');
    sheet.mergeCells('B4:B5');
    sheet.addRow([2, 'ประกาศเจตจำนง', 'ประกาศ', 'กองคลัง', 'ธ.ค. 67']);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await parsePlanDocument({ fileName: 'แผน.xlsx', content });
    expect(preview.organization).toEqual({ name: 'เทศบาลเมืองตัวอย่าง', district: 'เมือง', province: 'ลำปาง' });
    expect(preview.measures.map((m) => [m.title, m.steps, m.owners, m.allDivisions, m.period])).toEqual([
      ['จัดทำคู่มือการให้บริการ', ['ร่างคู่มือ', 'เผยแพร่คู่มือ'], ['สำนักปลัด'], true, { start: '2024-10-01', end: '2024-11-30' }],
      ['ประกาศเจตจำนง', ['ประกาศ'], ['กองคลัง'], false, { start: '2024-12-01', end: '2024-12-31' }],
    ]);
  });
});
