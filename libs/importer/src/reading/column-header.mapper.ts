import { cellText, compactText } from './cell-text.normalizer';

/** What a column of a measures table holds. */
export type ColumnKind = 'no' | 'issue' | 'title' | 'indicator' | 'items' | 'steps' | 'owners' | 'period' | 'summary' | 'outcome';

/** The columns of a measures table, found from its header row. */
export interface ColumnMapping {
  /** Which cell index holds each kind of column. */
  readonly columns: ReadonlyMap<ColumnKind, number>;
  /** Header cells that name no known column (or repeat one), as written. */
  readonly ignored: readonly string[];
  /** The header row's cells, compacted: the same header repeated on each page compares equal. */
  readonly signature: string;
}

/** What a row looks like when read as a header. */
export type HeaderReading =
  | { readonly kind: 'measures'; readonly mapping: ColumnMapping }
  | { readonly kind: 'other'; readonly headers: readonly string[] }
  | { readonly kind: 'none' };

/**
 * The wordings of each column in the seeds and in our own export, tried in this order (the first
 * match wins: "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม" is a summary, not a measure). Header text is
 * compared without spaces, so PDF line wraps ("ขั้นตอนหรือ วิธีการปฏิบัติ") do not matter.
 */
const HEADER_PATTERNS: ReadonlyArray<readonly [ColumnKind, RegExp]> = [
  ['no', /^(ลำดับที่|ลำดับ|ที่|ข้อ|no\.?|#)$/],
  ['issue', /ประเด็น/],
  ['outcome', /ผลลัพธ์|ความสำเร็จ|ผลที่(คาดว่าจะ)?ได้รับ|^outcome/],
  ['summary', /สรุปผล|ผลการดำเนิน|ผลการปฏิบัติ|รายงานผล|^summary/],
  ['items', /oit|^items?$/],
  ['indicator', /^ตัวชี้วัด|^indicator/],
  ['period', /ระยะเวลา|กำหนดเสร็จ|ช่วงเวลา|กำหนดเวลา|ห้วงเวลา|^period/],
  ['owners', /ผู้รับผิดชอบ|หน่วยงาน(ที่)?รับผิดชอบ|ผู้ดำเนินการ|^owners?$/],
  ['steps', /ขั้นตอน|วิธีการ|วิธีดำเนินการ|วิธีปฏิบัติ|แนวทางปฏิบัติ|แนวทางการดำเนิน|^steps?$/],
  ['title', /มาตรการ|โครงการ|กิจกรรม|แนวทาง|^title$|^measures?$/],
];

/** Header cells are short; a long cell is data even if it says "มาตรการ". */
const MAX_HEADER_LENGTH = 45;
const DETAIL_KINDS: readonly ColumnKind[] = ['steps', 'owners', 'period', 'summary', 'outcome'];

/** The kind of column a header cell names, or null. */
export function classifyHeaderCell(raw: string): ColumnKind | null {
  const text = compactText(raw);
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

function isNumberCell(raw: string): boolean {
  return /^[0-9๐-๙]+[.)]?$/.test(compactText(raw));
}

/**
 * Reads a row as a table header. A measures header names a measure column (or the issue column)
 * and at least one of steps, owners, period, summary or outcome, and most of its cells are known
 * headers. A row of two or more known headers that is not a measures header starts some other
 * table (seed 001's table of who publishes which data).
 */
export function readHeaderRow(cells: readonly string[]): HeaderReading {
  const filled = cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => compactText(cell) !== '');
  if (filled.length < 2 || filled.some(({ cell }) => isNumberCell(cell) || compactText(cell).length > MAX_HEADER_LENGTH)) {
    return { kind: 'none' };
  }
  const columns = new Map<ColumnKind, number>();
  const ignored: string[] = [];
  let known = 0;
  for (const { cell, index } of filled) {
    const kind = classifyHeaderCell(cell);
    if (kind !== null) known += 1;
    if (kind !== null && !columns.has(kind)) columns.set(kind, index);
    else ignored.push(cell.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());
  }
  const hasTitle = columns.has('title') || columns.has('issue');
  const hasDetail = DETAIL_KINDS.some((kind) => columns.has(kind));
  if (hasTitle && hasDetail && known * 2 >= filled.length) {
    if (!columns.has('title')) {
      columns.set('title', columns.get('issue') ?? 0);
      columns.delete('issue');
    }
    return { kind: 'measures', mapping: { columns, ignored, signature: cells.map(compactText).join('|') } };
  }
  if (known >= 2) return { kind: 'other', headers: filled.map(({ cell }) => cellText(cell)) };
  return { kind: 'none' };
}
