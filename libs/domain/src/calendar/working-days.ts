import { addDays, dayOfWeek, daysBetween, fromDayNumber, IsoDate, toDayNumber, weekdayOfDayNumber } from './iso-date';

/**
 * Tells whether government offices work on a date (วันทำการ): not a Saturday or Sunday and not in
 * the given set of holidays ('YYYY-MM-DD').
 *
 * @throws RangeError when the date is not a real 'YYYY-MM-DD' date.
 */
export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * Counts working days from a date, as in "ภายใน ๓ วันทำการ":
 *
 * - n > 0: the n-th working day after the date (the date itself is not counted), so
 *   3 working days from Friday is Wednesday when there is no holiday.
 * - n = 0: the date itself when it is a working day, otherwise the next working day.
 * - n < 0: the |n|-th working day before the date (the date itself is not counted), e.g. for
 *   reminders ahead of a deadline.
 *
 * The result is always a working day.
 *
 * @throws RangeError when the date is invalid or n is not an integer.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let day = toDayNumber(date);
  if (!Number.isInteger(n)) {
    throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  }
  // Day numbers, not date strings: the lifecycle's timers run this for every report and reminder.
  const works = (d: number): boolean => {
    const weekday = weekdayOfDayNumber(d);
    return weekday !== 0 && weekday !== 6 && (holidays.size === 0 || !holidays.has(fromDayNumber(d)));
  };
  if (n === 0) {
    while (!works(day)) day += 1;
    return fromDayNumber(day);
  }
  const step = n > 0 ? 1 : -1;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += step;
    if (works(day)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * The number of working days from a to b, the inverse of {@link addWorkingDays}:
 *
 * - b on or after a: the working days after a up to and including b;
 * - b before a: minus the working days from b up to but not including a.
 *
 * So `workingDaysBetween(a, addWorkingDays(a, n, h), h) === n` for every n ≠ 0 (and for n = 0
 * when a is a working day).
 *
 * @throws RangeError when a date is not a real 'YYYY-MM-DD' date.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  const span = daysBetween(a, b);
  if (span < 0) {
    return -countWorkingDays(b, -span, holidays);
  }
  return countWorkingDays(addDays(a, 1), span, holidays);
}

/** The working days among `length` days starting at `first`. */
function countWorkingDays(first: IsoDate, length: number, holidays: ReadonlySet<IsoDate>): number {
  let count = 0;
  for (let i = 0; i < length; i += 1) {
    if (isWorkingDay(addDays(first, i), holidays)) {
      count += 1;
    }
  }
  return count;
}
