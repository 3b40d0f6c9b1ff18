import { describe, expect, it } from '@jest/globals';
import { fileProblem, messageIn, problemsByRow, rowCounts, type ImportPreview } from './import-preview';

const preview: ImportPreview = {
  organization: { name: 'องค์การบริหารส่วนตำบลสมัย', district: 'สบปราบ', province: 'ลำปาง' },
  fiscalYear: 2568,
  round: null,
  measures: [1, 2, 3].map((no) => ({
    no,
    title: `มาตรการ ${no}`,
    indicator: null,
    items: [],
    steps: [],
    owners: [],
    allDivisions: true,
    period: null,
    summary: null,
    outcome: null,
  })),
  warnings: [
    { row: 0, column: 'header', message: 'ไม่พบอำเภอในหัวเอกสาร / no district (อำเภอ) found in the heading' },
    { row: 1, column: 'indicator', message: 'ไม่ได้ระบุตัวชี้วัด / no indicator given' },
    { row: 1, column: 'owners', message: '"ผู้บริหาร" ไม่ใช่ชื่อหน่วยงาน / "ผู้บริหาร" is not a division' },
    { row: 3, column: 'period', message: 'ระยะเวลา "ก.ย.๖๕" อยู่นอกปี / the period "ก.ย.๖๕" lies outside' },
  ],
};

describe('import preview', () => {
  it('takes one language of an importer message', () => {
    expect(messageIn('ไม่ได้ระบุตัวชี้วัด / no indicator given', 'th')).toBe('ไม่ได้ระบุตัวชี้วัด');
    expect(messageIn('ไม่ได้ระบุตัวชี้วัด / no indicator given', 'en')).toBe('no indicator given');
    expect(messageIn('"ผู้บริหาร" ไม่ใช่ชื่อหน่วยงาน / "ผู้บริหาร" is not a division', 'en')).toBe('"ผู้บริหาร" is not a division');
  });

  it('does not split at a " / " quoted from the document', () => {
    const message = 'ชื่อ "มาตรการ / โครงการ" ซ้ำ / the title "มาตรการ / โครงการ" repeats';
    expect(messageIn(message, 'th')).toBe('ชื่อ "มาตรการ / โครงการ" ซ้ำ');
    expect(messageIn(message, 'en')).toBe('the title "มาตรการ / โครงการ" repeats');
  });

  it('keeps a message without an English half whole', () => {
    expect(messageIn('ข้อความ', 'en')).toBe('ข้อความ');
  });

  it('groups problems by measure and counts the clean rows', () => {
    const rows = problemsByRow(preview);
    expect(rows.get(0)).toHaveLength(1);
    expect(rows.get(1)).toHaveLength(2);
    expect(rows.get(2)).toBeUndefined();
    expect(rowCounts(preview)).toEqual({ total: 3, clean: 1, toCheck: 2 });
  });

  it('refuses files the importer cannot read before uploading them', () => {
    expect(fileProblem({ name: 'แผน.pdf', size: 10 })).toBe('pdf');
    expect(fileProblem({ name: 'แผน.DOC', size: 10 })).toBe('oldWord');
    expect(fileProblem({ name: 'แผน.xls', size: 10 })).toBe('oldExcel');
    expect(fileProblem({ name: 'แผน.xlsx', size: 11 * 1024 * 1024 })).toBe('tooBig');
    expect(fileProblem({ name: 'แผน.docx', size: 0 })).toBe('empty');
    expect(fileProblem({ name: 'แผน.csv', size: 10 })).toBeNull();
  });
});
