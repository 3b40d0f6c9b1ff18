import type { RoundReportDocument } from '../round-report.types';
import { csvText } from '@prongsai/domain';

/** The heading of the CSV's first column: the section (indicator) a measure is reported under. */
export const CSV_SECTION_COLUMN = 'หมวด/ตัวชี้วัด';

/**
 * Keys in the order the JSON writes them: the document's own order, then anything else
 * alphabetically, so the same document always gives the same text.
 */
const KEY_ORDER = [
  'no',
  'title',
  'organizationLine',
  'opening',
  'columns',
  'sections',
  'meta',
  'heading',
  'rows',
  'steps',
  'period',
  'owners',
  'summary',
  'outcome',
  'organizationCode',
  'fiscalYearBe',
  'round',
  'digits',
  'missing',
  'compiledAt',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function byKeyOrder(a: string, b: string): number {
  return (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0);
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => byKeyOrder(a, b)).map(([key, field]) => [key, ordered(field)]));
}

/**
 * The round report as open data in JSON: the whole document with its meta (organisation code,
 * fiscal year, round, digits, measures without a report, when it was compiled), indented by two
 * spaces, keys always in the same order, ending with a newline.
 */
export function roundReportJson(document: RoundReportDocument): string {
  return `${JSON.stringify(ordered(document), null, 2)}\n`;
}

/**
 * The round report as open data in CSV (RFC 4180, UTF-8 with a byte order mark so that Excel shows
 * the Thai text): a header line, then one line per measure with its section heading (empty when
 * the report has none) and the seven columns of the official table. The steps stay in one cell,
 * one per line.
 */
export function roundReportCsv(document: RoundReportDocument): string {
  const header = [CSV_SECTION_COLUMN, ...document.columns];
  const lines = document.sections.flatMap((section) =>
    section.rows.map((row) => [section.heading ?? '', row.no, row.title, row.steps.join('\n'), row.period, row.owners, row.summary, row.outcome]),
  );
  return csvText([header, ...lines]);
}
