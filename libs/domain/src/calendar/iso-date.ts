/** A calendar date written 'YYYY-MM-DD' (Common Era, no time, no time zone). */
export type IsoDate = string;

/** An inclusive span of calendar days. */
export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The parts of an {@link IsoDate}: Common Era year, month 1–12, day 1–31. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Date.UTC reads years 0–99 as 1900–1999, so dates are kept to four-digit years from 1000. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/**
 * Tells whether a Common Era year has 29 February.
 */
export function isLeapYear(ceYear: number): boolean {
  return (ceYear % 4 === 0 && ceYear % 100 !== 0) || ceYear % 400 === 0;
}

/**
 * The number of days (28–31) of a month of a Common Era year.
 *
 * @throws RangeError when the month is not 1–12.
 */
export function daysInMonth(ceYear: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1–12, got ${month}`);
  }
  if (month === 2) {
    return isLeapYear(ceYear) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Tells whether the parts name a real day, e.g. not 31 September or 29 February 2025.
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Tells whether the value is an {@link IsoDate} of a real day ('2025-02-29' is not).
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isValidDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Splits an {@link IsoDate} into year, month and day.
 *
 * @throws RangeError when the text is not a real 'YYYY-MM-DD' date.
 */
export function parseIsoDate(date: IsoDate): DateParts {
  const match = ISO_DATE.exec(date);
  if (match === null || !isValidDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`not a calendar date 'YYYY-MM-DD': "${date}"`);
  }
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * Writes a Common Era year, month and day as an {@link IsoDate}.
 *
 * @throws RangeError when the parts do not name a real day.
 */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`not a calendar date: year ${year}, month ${month}, day ${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The date a number of days after 1970-01-01 ({@link toDayNumber}'s inverse). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return toIsoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/**
 * The date a whole number of days after (or, when negative, before) the given date.
 *
 * @throws RangeError when the date is invalid, the count is not an integer, or the result leaves years 1000–9999.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  }
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The number of days from a to b (positive when b is later, 0 for the same day).
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * The day of the week: 0 Sunday, 1 Monday, … 6 Saturday.
 */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** The day of the week of a {@link toDayNumber}: 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber % 7) + 11) % 7);
}

/**
 * Orders two dates: negative when a is earlier, 0 when equal, positive when a is later.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return daysBetween(b, a);
}

/**
 * The first and last day of a month of a Common Era year.
 */
export function monthRange(ceYear: number, month: number): DateRange {
  return { start: toIsoDate(ceYear, month, 1), end: toIsoDate(ceYear, month, daysInMonth(ceYear, month)) };
}
