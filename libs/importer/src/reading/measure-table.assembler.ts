import { ImportWarning } from '../import-preview.types';
import { DocumentBlock } from '../sources/document-block.types';
import { cellText, compactText } from './cell-text.normalizer';
import { ColumnKind, ColumnMapping, readHeaderRow } from './column-header.mapper';
import { importWarning, quoted } from './import-warning.factory';
import { findIndicator, findOitItems, isSectionHeading } from './indicator.reader';

/** The heading a row sits under (ตัวชี้วัดที่ ๙ …, ๑) มาตรการ…), which applies to it. */
export interface HeadingContext {
  readonly text: string | null;
  readonly indicator: number | null;
  readonly items: readonly string[];
}

/** One data row of a measures table: its cells by column kind (as written) and its heading. */
export interface MeasureTableRow {
  readonly cells: Partial<Record<ColumnKind, string>>;
  readonly mapping: ColumnMapping;
  readonly heading: HeadingContext;
}

/** A document taken apart: the lines outside tables, the rows of its measures tables. */
export interface AssembledDocument {
  readonly lines: string[];
  readonly rows: MeasureTableRow[];
  /** Whether any measures table header was found, even one without rows. */
  readonly foundMeasureTable: boolean;
  /** The headers of other tables, as written: for the NO_TABLE error. */
  readonly otherTables: string[][];
  readonly warnings: ImportWarning[];
}

const NO_HEADING: HeadingContext = { text: null, indicator: null, items: [] };

function isNumberText(text: string): boolean {
  return /^[0-9๐-๙]+[.)]?$/.test(compactText(text));
}

/** A row with one filled cell, the first, is a line of text unless it can be a measure's row. */
function isLineRow(cells: readonly string[], mapping: ColumnMapping | null): boolean {
  const filled = cells.map((cell, index) => ({ text: compactText(cell), index })).filter(({ text }) => text !== '');
  if (filled.length !== 1 || filled[0].index !== 0) return false;
  if (mapping === null) return true;
  const text = cellText(cells[0]);
  return isSectionHeading(text) || (mapping.columns.get('no') === 0 && !isNumberText(text));
}

function rowCells(cells: readonly string[], mapping: ColumnMapping): Partial<Record<ColumnKind, string>> {
  const byKind: Partial<Record<ColumnKind, string>> = {};
  for (const [kind, index] of mapping.columns) byKind[kind] = cells[index] ?? '';
  return byKind;
}

/**
 * Walks a document's blocks: finds measures tables by their header rows (repeated on every page or
 * not), keeps their data rows with the heading line above them, and skips other tables (with a
 * warning) and rows under no header. A table continuing on the next page without a header, after a
 * break, belongs to the table before it.
 */
export function assembleMeasureTables(blocks: readonly DocumentBlock[]): AssembledDocument {
  const lines: string[] = [];
  const rows: MeasureTableRow[] = [];
  const warnings: ImportWarning[] = [];
  const otherTables: string[][] = [];
  const seenSignatures = new Set<string>();
  let mapping: ColumnMapping | null = null;
  let skipping = false;
  let groupStart = true;
  let heading = NO_HEADING;
  let strayRows = 0;
  let foundMeasureTable = false;

  const takeLine = (raw: string): void => {
    const text = cellText(raw);
    if (text === '') return;
    lines.push(text);
    if (isSectionHeading(text)) heading = { text, indicator: findIndicator(text), items: findOitItems(text) };
    groupStart = true;
  };

  for (const block of blocks) {
    if (block.kind === 'break') {
      groupStart = true;
      continue;
    }
    if (block.kind === 'line') {
      takeLine(block.text);
      continue;
    }
    const { cells } = block;
    if (cells.every((cell) => compactText(cell) === '')) {
      groupStart = true;
      continue;
    }
    if (isLineRow(cells, mapping)) {
      takeLine(cells[0]);
      continue;
    }
    const header = readHeaderRow(cells);
    if (header.kind === 'measures') {
      mapping = header.mapping;
      skipping = false;
      foundMeasureTable = true;
      if (!seenSignatures.has(mapping.signature)) {
        seenSignatures.add(mapping.signature);
        for (const ignored of mapping.ignored) {
          warnings.push(
            importWarning(0, 'header', `ไม่รู้จักคอลัมน์ ${quoted(ignored)} จึงไม่ได้นำเข้า`, `column ${quoted(ignored)} is not one the importer knows: not imported`),
          );
        }
      }
      groupStart = false;
      continue;
    }
    if (header.kind === 'other' && groupStart) {
      const signature = header.headers.map(compactText).join('|');
      if (!seenSignatures.has(signature)) {
        seenSignatures.add(signature);
        otherTables.push([...header.headers]);
        warnings.push(
          importWarning(
            0,
            'header',
            `ข้ามตารางที่ไม่ใช่ตารางมาตรการ (หัวตาราง: ${header.headers.join(', ')})`,
            `skipped a table that is not a table of measures (headers: ${header.headers.join(', ')})`,
          ),
        );
      }
      mapping = null;
      skipping = true;
      groupStart = false;
      continue;
    }
    groupStart = false;
    if (skipping) continue;
    if (mapping === null) {
      strayRows += 1;
      continue;
    }
    rows.push({ cells: rowCells(cells, mapping), mapping, heading });
  }
  if (strayRows > 0) {
    warnings.push(
      importWarning(0, 'header', `ข้าม ${strayRows} แถวที่ไม่อยู่ใต้หัวตารางมาตรการ`, `skipped ${strayRows} table row(s) not under a measures table header`),
    );
  }
  return { lines, rows, foundMeasureTable, otherTables, warnings };
}
