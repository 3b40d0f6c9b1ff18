import { ImportPreview } from '../import-preview.types';
import { planSheet } from './plan-table.layout';

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * Writes a preview as CSV (RFC 4180, CRLF line ends) that {@link parsePlanDocument} reads back:
 * heading lines, a blank line, the table with Thai headers. It starts with a byte order mark so
 * that Excel opens the Thai text as UTF-8.
 */
export function exportPlanCsv(preview: ImportPreview): string {
  const sheet = planSheet(preview);
  const records = [
    ...sheet.headingLines.map((line) => csvRecord([line])),
    '',
    csvRecord(sheet.columns.map((column) => column.header)),
    ...sheet.rows.map(csvRecord),
  ];
  return `\ufeff${records.join('\r\n')}\r\n`;
}
