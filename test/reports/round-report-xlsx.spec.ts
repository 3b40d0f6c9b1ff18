import { Workbook, type Worksheet } from 'exceljs';
import { ROUND_REPORT_SHEET, renderRoundReportXlsx } from '@prongsai/reports';
import { sampleRoundReport } from '../../libs/reports/src/fixtures/sample-round-report';

/** The header row: title, organisation line, opening paragraph and a blank row above it. */
const HEADER_ROW = 5;

describe('renderRoundReportXlsx: a 40-measure report', () => {
  const doc = sampleRoundReport(40);
  const rows = doc.sections.flatMap((section) => section.rows);
  const headings = doc.sections.flatMap((section) => (section.heading === null ? [] : [section.heading]));
  let sheet: Worksheet;

  beforeAll(async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await renderRoundReportXlsx(doc)).buffer);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([ROUND_REPORT_SHEET]);
    sheet = workbook.worksheets[0];
  });

  const text = (row: number, column: number) => String(sheet.getRow(row).getCell(column).value ?? '');

  it('puts the title rows above the table, merged across it', () => {
    expect(text(1, 1)).toBe(doc.title);
    expect(text(2, 1)).toBe(doc.organizationLine);
    expect(text(3, 1)).toBe(doc.opening);
    expect(sheet.getCell('G1').isMerged).toBe(true);
  });

  it('has the header row, frozen and printed at the top of every page, A4 landscape', () => {
    expect(doc.columns.map((_, index) => text(HEADER_ROW, index + 1))).toEqual(doc.columns);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
  });

  it('has every measure as one row, in order, steps one line each, with the indicator headings between', () => {
    const table: { kind: 'heading' | 'row'; key: string }[] = [];
    for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
      if (sheet.getRow(row).getCell(1).isMerged) table.push({ kind: 'heading', key: text(row, 1) });
      else table.push({ kind: 'row', key: text(row, 2) });
    }
    const expected = doc.sections.flatMap((section) => [
      ...(section.heading === null ? [] : [{ kind: 'heading' as const, key: section.heading }]),
      ...section.rows.map((row) => ({ kind: 'row' as const, key: row.title })),
    ]);
    expect(table).toEqual(expected);
    expect(table.filter((entry) => entry.kind === 'heading')).toHaveLength(headings.length);

    const first = HEADER_ROW + 2; // below the first indicator heading
    expect(text(first, 1)).toBe(rows[0].no);
    expect(text(first, 3)).toBe(rows[0].steps.join('\n'));
    expect(text(first, 6)).toBe(rows[0].summary);
    expect(sheet.getRow(first).getCell(3).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('sets every column width and a row height that fits the wrapped lines', () => {
    expect(sheet.columns.every((column) => (column.width ?? 0) > 5)).toBe(true);
    const first = sheet.getRow(HEADER_ROW + 2);
    expect(first.height).toBeGreaterThanOrEqual(rows[0].steps.length * 20);
  });

  it('leaves the summary cell empty for a measure without an accepted report', () => {
    const missing = rows.find((row) => row.summary === '')!;
    let found = false;
    sheet.eachRow((row) => {
      if (String(row.getCell(2).value) === missing.title) {
        found = true;
        expect(row.getCell(6).value ?? '').toBe('');
      }
    });
    expect(found).toBe(true);
  });
});
