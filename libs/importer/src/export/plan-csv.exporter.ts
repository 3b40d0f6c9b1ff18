import { csvText } from '@prongsai/domain';
import { ImportPreview } from '../import-preview.types';
import { planSheet } from './plan-table.layout';

/**
 * Writes a preview as CSV (RFC 4180, CRLF line ends) that {@link parsePlanDocument} reads back:
 * heading lines, a blank line, the table with Thai headers. It starts with a byte order mark so
 * that Excel opens the Thai text as UTF-8.
 */
export function exportPlanCsv(preview: ImportPreview): string {
  const sheet = planSheet(preview);
  return csvText([...sheet.headingLines.map((line) => [line]), [], sheet.columns.map((column) => column.header), ...sheet.rows]);
}
