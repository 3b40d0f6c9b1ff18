import { parse } from 'csv-parse/sync';
import type { RoundReportDocument } from '../round-report.types';
import { CSV_SECTION_COLUMN, roundReportCsv, roundReportJson } from './round-report-open-data';

const DOCUMENT: RoundReportDocument = {
  title: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๖ เดือน)',
  organizationLine: 'องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง',
  opening: 'ตามที่นายกองค์การบริหารส่วนตำบลสมัย ได้เห็นชอบมาตรการ… นั้น',
  columns: ['ลำดับที่', 'มาตรการ/กิจกรรม', 'ขั้นตอน/วิธีการปฏิบัติ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ', 'สรุปผลการดำเนินการ', 'ผลลัพธ์หรือความสำเร็จ'],
  sections: [
    {
      heading: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      rows: [
        {
          no: '๑',
          title: 'จัดทำคู่มือ "การยืมทรัพย์สิน", ฉบับย่อ',
          steps: ['๑. จัดทำคู่มือ', '๒. เผยแพร่คู่มือ, แจ้งเวียน "ทุกกอง"'],
          period: 'มีนาคม – เมษายน ๒๕๖๖',
          owners: 'กองคลัง, สำนักปลัด',
          summary: '๑. มีคู่มือ\r\n๒. เผยแพร่แล้ว',
          outcome: ' การยืมเป็นไปตามคู่มือ ',
        },
      ],
    },
    {
      heading: null,
      rows: [{ no: '๒', title: 'ช่องทางร้องเรียน', steps: [], period: '', owners: 'ทุกกอง/สำนัก', summary: '', outcome: '' }],
    },
  ],
  meta: {
    organizationCode: 'samai',
    fiscalYearBe: 2568,
    round: 'R6',
    digits: 'thai',
    missing: [{ no: 2, title: 'ช่องทางร้องเรียน' }],
    compiledAt: '2025-04-05T03:00:00.000Z',
  },
};

/** The same document built with its keys in another order. */
function shuffled(document: RoundReportDocument): RoundReportDocument {
  const reversed = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reversed);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).reverse().map(([key, field]) => [key, reversed(field)]));
  };
  return reversed(document) as RoundReportDocument;
}

describe('roundReportCsv', () => {
  const csv = roundReportCsv(DOCUMENT);

  it('starts with a byte order mark and ends its lines with CRLF', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back through csv-parse into the same cells: the header, then one line per measure', () => {
    const records = parse(csv, { bom: true, relax_column_count: false }) as string[][];
    expect(records).toEqual([
      [CSV_SECTION_COLUMN, ...DOCUMENT.columns],
      [
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
        '๑',
        'จัดทำคู่มือ "การยืมทรัพย์สิน", ฉบับย่อ',
        '๑. จัดทำคู่มือ\n๒. เผยแพร่คู่มือ, แจ้งเวียน "ทุกกอง"',
        'มีนาคม – เมษายน ๒๕๖๖',
        'กองคลัง, สำนักปลัด',
        '๑. มีคู่มือ\r\n๒. เผยแพร่แล้ว',
        ' การยืมเป็นไปตามคู่มือ ',
      ],
      ['', '๒', 'ช่องทางร้องเรียน', '', '', 'ทุกกอง/สำนัก', '', ''],
    ]);
  });

  it('writes the header alone for a report without measures', () => {
    const empty = roundReportCsv({ ...DOCUMENT, sections: [{ heading: null, rows: [] }] });
    expect(parse(empty, { bom: true })).toEqual([[CSV_SECTION_COLUMN, ...DOCUMENT.columns]]);
  });
});

describe('roundReportJson', () => {
  const json = roundReportJson(DOCUMENT);

  it('holds the whole document with its meta, indented, ending with a newline', () => {
    expect(JSON.parse(json)).toEqual(DOCUMENT);
    expect(json).toContain('\n  "title": ');
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('writes the keys in the document’s order, however the document was built', () => {
    expect(roundReportJson(shuffled(DOCUMENT))).toBe(json);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['title', 'organizationLine', 'opening', 'columns', 'sections', 'meta']);
    expect(Object.keys(parsed.sections[0])).toEqual(['heading', 'rows']);
    expect(Object.keys(parsed.sections[0].rows[0])).toEqual(['no', 'title', 'steps', 'period', 'owners', 'summary', 'outcome']);
    expect(Object.keys(parsed.meta)).toEqual(['organizationCode', 'fiscalYearBe', 'round', 'digits', 'missing', 'compiledAt']);
    expect(Object.keys(parsed.meta.missing[0])).toEqual(['no', 'title']);
  });

  it('places fields it does not know after the known ones, alphabetically', () => {
    const extended = { ...DOCUMENT, zeta: 1, alpha: 2 } as RoundReportDocument;
    expect(Object.keys(JSON.parse(roundReportJson(extended)))).toEqual(['title', 'organizationLine', 'opening', 'columns', 'sections', 'meta', 'alpha', 'zeta']);
  });
});
