import { Workbook } from 'exceljs';
import { ImportPreview } from '../import-preview.types';
import { planSheet } from './plan-table.layout';

/** Official documents use TH Sarabun New at 16 pt. */
const FONT = { name: 'TH Sarabun New', size: 16 };

/**
 * Writes a preview as an Excel workbook (one sheet, "มาตรการ") that {@link parsePlanDocument}
 * reads back: heading lines merged across the table, a bold header row, wrapped cells.
 */
export async function exportPlanXlsx(preview: ImportPreview): Promise<Uint8Array> {
  const sheet = planSheet(preview);
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet('มาตรการ', { views: [{ state: 'frozen', ySplit: sheet.headingLines.length + 2 }] });
  worksheet.columns = sheet.columns.map((column) => ({ width: column.width }));
  const width = sheet.columns.length;
  sheet.headingLines.forEach((line, index) => {
    const row = worksheet.addRow([line]);
    row.font = { ...FONT, bold: true };
    worksheet.mergeCells(index + 1, 1, index + 1, width);
  });
  worksheet.addRow([]);
  const header = worksheet.addRow(sheet.columns.map((column) => column.header));
  header.font = { ...FONT, bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const cells of sheet.rows) {
    const row = worksheet.addRow(cells);
    row.font = FONT;
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
