import { beToCe, ceToBe } from './buddhist-era';
import { DateRange, IsoDate, monthRange, parseIsoDate } from './iso-date';

/** A quarter of the fiscal year: 1 Oct–Dec, 2 Jan–Mar, 3 Apr–Jun, 4 Jul–Sep. */
export type Quarter = 1 | 2 | 3 | 4;

/** A reporting round: 6 = the first six months (Oct–Mar), 12 = the whole fiscal year. */
export type RoundMonths = 6 | 12;

/** How often measures are reported on during the fiscal year. */
export type ReportingCadence = 'quarterly' | 'semiannual';

/** The key of a reporting period: a quarter (Q1–Q4) or a round (R6, R12). */
export type ReportingPeriodKey = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'R6' | 'R12';

/** One period measures are reported on, with its first and last day. */
export interface ReportingPeriod extends DateRange {
  readonly key: ReportingPeriodKey;
}

/** The fiscal year starts in this month (October) of the previous Common Era year. */
export const FISCAL_YEAR_FIRST_MONTH = 10;

const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

function assertFiscalYear(fiscalYearBe: number): void {
  if (!Number.isInteger(fiscalYearBe) || fiscalYearBe < 2400 || fiscalYearBe > 2999) {
    throw new RangeError(`a fiscal year is a Buddhist Era year such as 2568, got ${fiscalYearBe}`);
  }
}

/**
 * The Common Era year and month of a month inside a fiscal year: October–December fall in CE year
 * fiscalYearBe − 544, January–September in fiscalYearBe − 543.
 *
 * @example fiscalMonth(2568, 12) → { year: 2024, month: 12 }; fiscalMonth(2568, 3) → { year: 2025, month: 3 }
 * @throws RangeError when the fiscal year or the month is out of range.
 */
export function fiscalMonth(fiscalYearBe: number, month: number): { readonly year: number; readonly month: number } {
  assertFiscalYear(fiscalYearBe);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1–12, got ${month}`);
  }
  const ceYear = beToCe(fiscalYearBe);
  return { year: month >= FISCAL_YEAR_FIRST_MONTH ? ceYear - 1 : ceYear, month };
}

/**
 * The fiscal year (Buddhist Era) a date belongs to: 1 October starts the next fiscal year.
 *
 * @example fiscalYearOf('2024-10-01') === 2568; fiscalYearOf('2024-09-30') === 2567
 */
export function fiscalYearOf(date: IsoDate): number {
  const { year, month } = parseIsoDate(date);
  return ceToBe(month >= FISCAL_YEAR_FIRST_MONTH ? year + 1 : year);
}

/**
 * The quarter (1–4) of its fiscal year a date falls in.
 *
 * @example quarterOf('2024-11-15') === 1; quarterOf('2025-09-30') === 4
 */
export function quarterOf(date: IsoDate): Quarter {
  const { month } = parseIsoDate(date);
  return QUARTERS[Math.floor(((month + 12 - FISCAL_YEAR_FIRST_MONTH) % 12) / 3)];
}

/**
 * The first and last day of a fiscal year: 1 October of the previous CE year to 30 September.
 *
 * @example fiscalYearRange(2568) → { start: '2024-10-01', end: '2025-09-30' }
 */
export function fiscalYearRange(fiscalYearBe: number): DateRange {
  return spanOfMonths(fiscalYearBe, 1, 12);
}

/**
 * The first and last day of a quarter of a fiscal year (Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep).
 *
 * @example quarterRange(2568, 1) → { start: '2024-10-01', end: '2024-12-31' }
 * @throws RangeError when the quarter is not 1–4.
 */
export function quarterRange(fiscalYearBe: number, quarter: Quarter): DateRange {
  if (!QUARTERS.includes(quarter)) {
    throw new RangeError(`quarter must be 1–4, got ${quarter}`);
  }
  return spanOfMonths(fiscalYearBe, (quarter - 1) * 3 + 1, quarter * 3);
}

/**
 * The first and last day of a reporting round: 6 = the first six months (October–March),
 * 12 = the whole fiscal year.
 *
 * @example roundRange(2568, 6) → { start: '2024-10-01', end: '2025-03-31' }
 * @throws RangeError when the round is not 6 or 12.
 */
export function roundRange(fiscalYearBe: number, months: RoundMonths): DateRange {
  if (months !== 6 && months !== 12) {
    throw new RangeError(`a round is 6 or 12 months, got ${months}`);
  }
  return spanOfMonths(fiscalYearBe, 1, months);
}

/**
 * The periods measures are reported on in a fiscal year, in order: Q1–Q4 for a quarterly cadence,
 * R6 then R12 for a semiannual one (R12 covers the whole year, so it contains R6).
 */
export function reportingPeriods(fiscalYearBe: number, cadence: ReportingCadence): readonly ReportingPeriod[] {
  if (cadence === 'quarterly') {
    return QUARTERS.map((q) => ({ key: `Q${q}` as const, ...quarterRange(fiscalYearBe, q) }));
  }
  if (cadence === 'semiannual') {
    return [
      { key: 'R6', ...roundRange(fiscalYearBe, 6) },
      { key: 'R12', ...roundRange(fiscalYearBe, 12) },
    ];
  }
  throw new RangeError(`cadence must be 'quarterly' or 'semiannual', got ${String(cadence)}`);
}

/**
 * From the first day of the fiscal year's n-th month to the last day of its m-th month
 * (1 = October … 12 = September).
 */
function spanOfMonths(fiscalYearBe: number, firstIndex: number, lastIndex: number): DateRange {
  const monthAt = (index: number) => ((FISCAL_YEAR_FIRST_MONTH - 1 + index - 1) % 12) + 1;
  const first = fiscalMonth(fiscalYearBe, monthAt(firstIndex));
  const last = fiscalMonth(fiscalYearBe, monthAt(lastIndex));
  return { start: monthRange(first.year, first.month).start, end: monthRange(last.year, last.month).end };
}
