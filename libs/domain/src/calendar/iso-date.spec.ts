import fc from 'fast-check';
import {
  addDays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isIsoDate,
  monthRange,
  parseIsoDate,
  toIsoDate,
} from './iso-date';

const MS_PER_DAY = 86_400_000;
/** Any calendar day in the given years, built with Date.UTC independently of the code under test. */
const isoDateArbitrary = (fromYear = 1900, toYear = 2400): fc.Arbitrary<string> =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / MS_PER_DAY, max: Date.UTC(toYear, 11, 31) / MS_PER_DAY })
    .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('knows the length of every month, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 9)).toBe(30);
    expect(daysInMonth(2025, 10)).toBe(31);
  });

  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-09-31')).toBe(false);
    expect(isIsoDate('2025-9-30')).toBe(false);
    expect(isIsoDate('2025-09-30T00:00:00Z')).toBe(false);
    expect(() => parseIsoDate('2025-13-01')).toThrow(RangeError);
    expect(() => toIsoDate(2025, 4, 31)).toThrow(RangeError);
  });

  it('steps over month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-10-01', '2025-09-30')).toBe(364);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-01-01')).toBe(3); // Wednesday
    expect(dayOfWeek('2024-10-05')).toBe(6); // Saturday
  });

  it('goes back to the same day after adding and removing days', () => {
    fc.assert(
      fc.property(isoDateArbitrary(), fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(addDays(moved, -n)).toBe(date);
        expect(daysBetween(date, moved)).toBe(n);
        expect(Math.sign(compareIsoDates(moved, date))).toBe(Math.sign(n));
      }),
    );
  });

  it('writes back the parts it reads', () => {
    fc.assert(
      fc.property(isoDateArbitrary(), (date) => {
        const { year, month, day } = parseIsoDate(date);
        expect(toIsoDate(year, month, day)).toBe(date);
      }),
    );
  });

  it('gives the first and last day of a month', () => {
    expect(monthRange(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});
