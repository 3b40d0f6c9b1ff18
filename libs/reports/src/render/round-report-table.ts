import { toThaiDigits } from '@prongsai/domain';
import type { RoundReportDocument, RoundReportRow } from '../round-report.types';

/**
 * The share of the table's width each of the seven columns gets, in the order of
 * `RoundReportDocument.columns` (ลำดับที่ · มาตรการ/กิจกรรม · ขั้นตอน/วิธีการปฏิบัติ · ระยะเวลาดำเนินการ ·
 * ผู้รับผิดชอบ · สรุปผลการดำเนินการ · ผลลัพธ์หรือความสำเร็จ). Every format uses the same shares.
 */
export const ROUND_REPORT_COLUMN_SHARES: readonly number[] = [0.06, 0.15, 0.24, 0.11, 0.11, 0.2, 0.13];

/** Column ลำดับที่ is centred; the others start at the left. */
export const CENTRED_COLUMNS: ReadonlySet<number> = new Set([0]);

/**
 * Whole-number column widths that add up to exactly `total` (twips for DOCX, for example): the shares
 * rounded, the rounding left over given to the widest column.
 */
export function columnWidths(total: number): number[] {
  const widths = ROUND_REPORT_COLUMN_SHARES.map((share) => Math.floor(total * share));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] += total - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

/**
 * The paragraphs of each of a row's seven cells, in column order: the steps one paragraph each, an
 * empty summary as no paragraph at all.
 */
export function rowCellParagraphs(row: RoundReportRow): string[][] {
  const one = (text: string) => (text === '' ? [] : [text]);
  return [one(row.no), one(row.title), row.steps.filter((step) => step !== ''), one(row.period), one(row.owners), one(row.summary), one(row.outcome)];
}

/** "หน้า ๑/๕": the page number in the digits the report writes. */
export function pageNumberText(page: number, pages: number, digits: RoundReportDocument['meta']['digits']): string {
  const text = `หน้า ${page}/${pages}`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}
