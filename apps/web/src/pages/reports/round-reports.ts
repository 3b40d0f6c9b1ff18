import type { Language } from '../../i18n/language';
import type { FiscalYear } from '../../api/types';

/** The rounds a report can be compiled for: the quarters, and the 6- and 12-month rounds. */
export type RoundKey = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'R6' | 'R12';

export type RoundReportStatus = 'compiling' | 'awaiting_sign_off' | 'returned' | 'published';

export type RoundReportFormat = 'docx' | 'pdf' | 'xlsx' | 'html' | 'json' | 'csv';

export interface RoundReportFile {
  format: RoundReportFormat | string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  /** Where the file is downloaded, starting with /api. */
  url: string;
}

/** One version of a round report as the API answers it. */
export interface RoundReport {
  id: string;
  fiscalYearBe: number;
  round: RoundKey;
  version: number;
  status: RoundReportStatus;
  /** The numbers of the measures that had nothing to report for the round when it was compiled. */
  missingMeasures: number[];
  comment: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedByPersonId: string | null;
  /** The executive a stand-in decided for. */
  decidedOnBehalfOfPersonId: string | null;
  files: RoundReportFile[];
}


/** Rounds in the order they end within a fiscal year. */
const CHRONOLOGICAL: readonly RoundKey[] = ['Q1', 'Q2', 'R6', 'Q3', 'Q4', 'R12'];

/** The last day of each round, as month-day within the fiscal year (Q1 ends in the calendar year before). */
const ROUND_END: Record<RoundKey, { month: number; day: number; previousYear: boolean }> = {
  Q1: { month: 12, day: 31, previousYear: true },
  Q2: { month: 3, day: 31, previousYear: false },
  R6: { month: 3, day: 31, previousYear: false },
  Q3: { month: 6, day: 30, previousYear: false },
  Q4: { month: 9, day: 30, previousYear: false },
  R12: { month: 9, day: 30, previousYear: false },
};

/** The rounds of a year: a year reported by quarters may also have its 6- and 12-month reports. */
export function roundsOf(cadence: FiscalYear['cadence']): RoundKey[] {
  return cadence === 'quarterly' ? [...CHRONOLOGICAL] : ['R6', 'R12'];
}

/** The ISO date a round of a fiscal year (BE) ends on. */
export function roundEnd(yearBe: number, round: RoundKey): string {
  const { month, day, previousYear } = ROUND_END[round];
  const year = yearBe - 543 - (previousYear ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The round to offer first: of the year's own reporting periods (quarters, or the two rounds), the
 * latest one that has ended by today, else the first.
 */
export function suggestedRound(yearBe: number, cadence: FiscalYear['cadence'], today: string): RoundKey {
  const periods: RoundKey[] = cadence === 'quarterly' ? ['Q1', 'Q2', 'Q3', 'Q4'] : ['R6', 'R12'];
  const ended = periods.filter((round) => roundEnd(yearBe, round) < today);
  return ended.length > 0 ? ended[ended.length - 1] : periods[0];
}

export interface RoundGroup<T extends RoundReport = RoundReport> {
  round: RoundKey;
  /** Newest version first. */
  versions: T[];
}

/** The year's versions grouped by round, rounds in the order they end, newest version first. */
export function groupByRound<T extends RoundReport>(reports: T[]): RoundGroup<T>[] {
  const groups = new Map<RoundKey, T[]>();
  for (const report of reports) groups.set(report.round, [...(groups.get(report.round) ?? []), report]);
  return [...groups.entries()]
    .sort(([a], [b]) => CHRONOLOGICAL.indexOf(a) - CHRONOLOGICAL.indexOf(b))
    .map(([round, versions]) => ({ round, versions: [...versions].sort((a, b) => b.version - a.version) }));
}

/** A version still being worked on or waiting for the executive blocks compiling the round again. */
export function pendingVersionOf(reports: RoundReport[], round: RoundKey): RoundReport | undefined {
  return reports.find((report) => report.round === round && (report.status === 'compiling' || report.status === 'awaiting_sign_off'));
}

/** A version is ready to read once it is no longer compiling and its files are written. */
export function isReady(report: RoundReport): boolean {
  return report.status !== 'compiling' && report.files.length > 0;
}

const FORMAT_ORDER: readonly string[] = ['pdf', 'docx', 'xlsx', 'html', 'csv', 'json'];

/** Files in the order people look for them: PDF and Word first, the data last. */
export function sortedFiles<T extends { format: string }>(files: T[]): T[] {
  const rank = (format: string) => (FORMAT_ORDER.includes(format) ? FORMAT_ORDER.indexOf(format) : FORMAT_ORDER.length);
  return [...files].sort((a, b) => rank(a.format) - rank(b.format));
}

/** 980 ไบต์, 12.5 KB, 1.2 MB */
export function formatSize(bytes: number, language: Language): string {
  if (bytes < 1024) return language === 'th' ? `${bytes} ไบต์` : `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
