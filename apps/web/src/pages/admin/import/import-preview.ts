import type { Language } from '../../../i18n/language';

// The shapes of POST /api/orgs/{org}/imports (libs/importer's ImportPreview, which the web app does not import).

export type ImportColumn = 'title' | 'steps' | 'owners' | 'period' | 'indicator' | 'summary' | 'outcome' | 'header';

export interface ImportWarning {
  /** The measure's number in the preview; 0 for the document as a whole. */
  row: number;
  column: ImportColumn;
  /** Thai, " / ", English. */
  message: string;
}

export interface ImportedMeasure {
  no: number;
  title: string;
  indicator: number | null;
  items: string[];
  steps: string[];
  owners: string[];
  allDivisions: boolean;
  period: { start: string; end: string } | null;
  summary: string | null;
  outcome: string | null;
}

export interface ImportPreview {
  organization: { name: string | null; district: string | null; province: string | null };
  fiscalYear: number | null;
  round: 6 | 12 | null;
  measures: ImportedMeasure[];
  warnings: ImportWarning[];
}

export interface ImportBatch {
  id: string;
  fileName: string;
  status: 'previewed' | 'confirmed';
  preview: ImportPreview;
}

export interface ImportResult {
  fiscalYear: number;
  measures: number;
  divisionsCreated: string[];
}

/** The largest file the API takes (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * One language's half of an importer message ("ไทย / English"): split at the first " / " outside
 * the quotes around text from the document (which may itself hold " / ").
 */
export function messageIn(message: string, language: Language): string {
  let quotes = 0;
  for (let at = 0; at < message.length; at += 1) {
    if (message[at] === '"') quotes += 1;
    else if (quotes % 2 === 0 && message.startsWith(' / ', at)) {
      return language === 'th' ? message.slice(0, at).trim() : message.slice(at + 3).trim();
    }
  }
  return message;
}

/** The problems of each measure (by its number), and those of the document as a whole (row 0). */
export function problemsByRow(preview: ImportPreview): Map<number, ImportWarning[]> {
  const rows = new Map<number, ImportWarning[]>();
  for (const warning of preview.warnings) rows.set(warning.row, [...(rows.get(warning.row) ?? []), warning]);
  return rows;
}

/** How many measures read cleanly and how many have something to check. */
export function rowCounts(preview: ImportPreview): { total: number; clean: number; toCheck: number } {
  const rows = problemsByRow(preview);
  const toCheck = preview.measures.filter((measure) => (rows.get(measure.no)?.length ?? 0) > 0).length;
  return { total: preview.measures.length, clean: preview.measures.length - toCheck, toCheck };
}

/** Why a file cannot be sent, before sending it: too big, or a format the importer does not read. */
export type FileProblem = 'empty' | 'tooBig' | 'pdf' | 'oldWord' | 'oldExcel';

export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_UPLOAD_BYTES) return 'tooBig';
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'pdf') return 'pdf';
  if (extension === 'doc') return 'oldWord';
  if (extension === 'xls') return 'oldExcel';
  return null;
}
