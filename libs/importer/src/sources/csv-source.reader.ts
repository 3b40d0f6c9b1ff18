import { parse } from 'csv-parse/sync';
import { ImportError, ImportErrorCode } from '../import-error';
import { DocumentBlock } from './document-block.types';

/** Picks the delimiter the first lines use most: comma, semicolon or tab. */
function guessDelimiter(text: string): string {
  const head = text.split(/\r?\n/).slice(0, 10).join('\n');
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: head.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count > 0 ? counts[0].delimiter : ',';
}

/**
 * Reads a CSV file (as text) into rows; an empty record is a break.
 *
 * @throws ImportError UNREADABLE_FILE when the text is not CSV (e.g. an unclosed quote).
 */
export function readCsvBlocks(text: string, fileName: string): DocumentBlock[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ImportError(
      ImportErrorCode.UNREADABLE_FILE,
      `อ่านไฟล์ CSV "${fileName}" ไม่ได้ (${reason})`,
      `cannot read the CSV file "${fileName}" (${reason})`,
      { cause },
    );
  }
  return records.map((cells): DocumentBlock => (cells.every((cell) => cell.trim() === '') ? { kind: 'break' } : { kind: 'row', cells }));
}
