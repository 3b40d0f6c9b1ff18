import { toArabicDigits } from './thai-numerals';

/** Years between the Common Era and the Buddhist Era: พ.ศ. = ค.ศ. + 543. */
export const BE_OFFSET = 543;

/** The lowest and highest four-digit year read as a Buddhist Era year by {@link expandYear}. */
export const BE_YEAR_MIN = 2400;
/** @see BE_YEAR_MIN */
export const BE_YEAR_MAX = 2999;

function assertInteger(year: number, name: string): void {
  if (!Number.isInteger(year)) {
    throw new RangeError(`${name} needs a whole year, got ${year}`);
  }
}

/**
 * Converts a Common Era year (ค.ศ.) to a Buddhist Era year (พ.ศ.).
 *
 * @throws RangeError when the year is not an integer.
 * @example ceToBe(2025) === 2568
 */
export function ceToBe(year: number): number {
  assertInteger(year, 'ceToBe');
  return year + BE_OFFSET;
}

/**
 * Converts a Buddhist Era year (พ.ศ.) to a Common Era year (ค.ศ.).
 *
 * @throws RangeError when the year is not an integer.
 * @example beToCe(2568) === 2025
 */
export function beToCe(year: number): number {
  assertInteger(year, 'beToCe');
  return year - BE_OFFSET;
}

/**
 * Reads a year as written in Thai government documents and returns the full Buddhist Era year.
 *
 * - Two digits are always a Buddhist Era year of the 2500s: "๖๗" / "67" → 2567.
 * - Four digits are taken as they are when they are a plausible Buddhist Era year
 *   ({@link BE_YEAR_MIN}–{@link BE_YEAR_MAX}); "2024" is a Common Era year and is refused.
 * - Thai or Arabic digits, surrounding spaces allowed; anything else is refused.
 *
 * @returns the Buddhist Era year, or `null` when the text is not such a year.
 */
export function expandYear(yearText: string | number): number | null {
  const text = toArabicDigits(String(yearText)).trim();
  if (/^\d{2}$/.test(text)) {
    return 2500 + Number(text);
  }
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= BE_YEAR_MIN && year <= BE_YEAR_MAX ? year : null;
  }
  return null;
}
