import { Workbook, type Alignment, type Fill, type Font } from 'exceljs';
import type { RoundReportDocument } from '../round-report.types';
import { CENTRED_COLUMNS, ROUND_REPORT_COLUMN_SHARES, rowCellParagraphs } from './round-report-table';
import { THAI_COMBINING_MARK } from './thai-line-breaker';

/** The sheet's name (at most 31 characters, none of : \ / ? * [ ]). */
export const ROUND_REPORT_SHEET = 'รายงานผล';
/** Rows above the table: title, organisation line, opening paragraph, a blank row. */
const HEADER_ROW = 5;
/** Official documents use TH Sarabun New at 16 pt; Excel substitutes a font where it is missing. */
const FONT = { name: 'TH Sarabun New', size: 16 };
/** Width of the seven columns together, in Excel's character units. */
const TABLE_CHARACTERS = 190;
/**
 * Excel sets a row's height when it writes the file, not when it opens one: a wrapped row without a
 * height shows one line. So heights are estimated here, from the characters that take room (the
 * combining marks take none) at about 1.3 character units each in TH Sarabun New 16 pt, 22 pt a line.
 */
const UNITS_PER_THAI_CHARACTER = 1.3;
const POINTS_PER_LINE = 22;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/**
 * Renders a round report as an XLSX workbook of one sheet: the title rows, then the table with its
 * header row frozen and repeated on every printed page, each measure one row (the steps one line
 * each in their cell), each indicator heading a row merged across the table; printed A4 landscape,
 * one page wide.
 */
export async function renderRoundReportXlsx(doc: RoundReportDocument): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Prongsai';
  workbook.title = doc.title;
  workbook.subject = doc.organizationLine;
  workbook.created = new Date(doc.meta.compiledAt);
  workbook.modified = workbook.created;
  const widths = ROUND_REPORT_COLUMN_SHARES.map((share) => Math.round(share * TABLE_CHARACTERS));
  const sheet = workbook.addWorksheet(ROUND_REPORT_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.6, right: 0.6, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&Rหน้า &P/&N' },
  });
  sheet.columns = widths.map((width) => ({ width }));
  const last = widths.length;

  const fullWidthRow = (rowNumber: number, text: string, font: Partial<Font>, alignment: Partial<Alignment>) => {
    const row = sheet.getRow(rowNumber);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = { ...FONT, ...font };
    cell.alignment = { wrapText: true, vertical: 'top', ...alignment };
    sheet.mergeCells(rowNumber, 1, rowNumber, last);
    row.height = estimatedHeight([[text]], [TABLE_CHARACTERS], (font.size ?? FONT.size) / FONT.size);
    return row;
  };

  fullWidthRow(1, doc.title, { bold: true, size: 18 }, { horizontal: 'center' });
  fullWidthRow(2, doc.organizationLine, { bold: true, size: 18 }, { horizontal: 'center' });
  fullWidthRow(3, doc.opening, {}, { horizontal: 'justify', indent: 4 });

  const header = sheet.getRow(HEADER_ROW);
  doc.columns.forEach((heading, index) => {
    const cell = header.getCell(index + 1);
    cell.value = heading;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
    cell.fill = fill('FFE6E6E6');
  });
  header.height = estimatedHeight(
    doc.columns.map((heading) => [heading]),
    widths,
  );

  let rowNumber = HEADER_ROW;
  for (const section of doc.sections) {
    if (section.heading !== null && section.heading !== '') {
      rowNumber += 1;
      const row = fullWidthRow(rowNumber, section.heading, { bold: true }, { horizontal: 'left' });
      row.getCell(1).fill = fill('FFF4F4F4');
      for (let column = 1; column <= last; column += 1) row.getCell(column).border = BORDER;
    }
    for (const measure of section.rows) {
      rowNumber += 1;
      const row = sheet.getRow(rowNumber);
      const cells = rowCellParagraphs(measure);
      cells.forEach((paragraphs, index) => {
        const cell = row.getCell(index + 1);
        cell.value = paragraphs.join('\n');
        cell.font = FONT;
        cell.alignment = { wrapText: true, vertical: 'top', horizontal: CENTRED_COLUMNS.has(index) ? 'center' : 'left' };
        cell.border = BORDER;
      });
      row.height = estimatedHeight(cells, widths);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The height in points of a row whose cells hold these paragraphs in columns this wide. */
function estimatedHeight(cells: string[][], widths: number[], scale = 1): number {
  const lines = cells.map((paragraphs, index) =>
    paragraphs.reduce((sum, paragraph) => {
      const characters = [...paragraph].filter((character) => !THAI_COMBINING_MARK.test(character)).length;
      return sum + Math.max(1, Math.ceil((characters * UNITS_PER_THAI_CHARACTER * scale) / Math.max(1, widths[index] - 1)));
    }, 0),
  );
  return Math.max(1, ...lines) * POINTS_PER_LINE * scale + 4;
}
