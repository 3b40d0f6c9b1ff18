import type { RoundReport } from '../reports/round-reports';

/** One signed-off result of a measure as the public index lists it (an archived year has one, without a period). */
export interface PublicResult {
  periodKey: string | null;
  version?: number;
  summary: string;
  outcome: string;
  signedOffAt: string | null;
}

export interface PublicMeasure {
  no: number;
  title: string;
  status: string;
  results: PublicResult[];
}

export interface PublicFiscalYear {
  yearBe: number;
  archived: boolean;
  measures: PublicMeasure[];
  reports: (RoundReport & { publishedAt: string | null })[];
  archive: { format: string; url: string }[];
}

/** GET /api/public/orgs/{code}: what the organisation publishes, without sign-in. */
export interface PublicIndex {
  organization: { code: string; name: string; district: string; province: string; website: string };
  fiscalYears: PublicFiscalYear[];
}

export interface PeriodResults {
  periodKey: string | null;
  /** The version in force: the latest signed off. */
  current: PublicResult;
  /** Versions it corrected, newest first. */
  earlier: PublicResult[];
}

const PERIOD_ORDER = ['Q1', 'Q2', 'R6', 'Q3', 'Q4', 'R12'];

/** Where a period comes in the year: the quarters and rounds as they end, then steps by number. */
function rankOf(periodKey: string | null): number {
  if (periodKey === null) return -1;
  const known = PERIOD_ORDER.indexOf(periodKey);
  if (known >= 0) return known;
  const step = /^step-(\d+)$/.exec(periodKey);
  return step ? 100 + Number(step[1]) : 1000;
}

/** A measure's results per period, in the order of the year; a correction keeps the versions it replaced. */
export function resultsByPeriod(results: PublicResult[]): PeriodResults[] {
  const byPeriod = new Map<string | null, PublicResult[]>();
  for (const result of results) byPeriod.set(result.periodKey, [...(byPeriod.get(result.periodKey) ?? []), result]);
  return [...byPeriod.entries()]
    .sort(([a], [b]) => rankOf(a) - rankOf(b) || String(a).localeCompare(String(b)))
    .map(([periodKey, versions]) => {
      const [current, ...earlier] = [...versions].sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
      return { periodKey, current, earlier };
    });
}

/** Newest fiscal year first, whatever order the answer came in. */
export function newestFirst(years: PublicFiscalYear[]): PublicFiscalYear[] {
  return [...years].sort((a, b) => b.yearBe - a.yearBe);
}

/** How many of the year's measures have at least one published result. */
export function measuresWithResults(year: PublicFiscalYear): number {
  return year.measures.filter((measure) => measure.results.some((r) => r.summary.trim() !== '' || r.outcome.trim() !== '')).length;
}
