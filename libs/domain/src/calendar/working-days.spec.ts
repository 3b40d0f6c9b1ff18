import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayOfWeek } from './iso-date';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

interface HolidayFile {
  holidays: Record<string, Array<{ date: string; name_en: string }>>;
}

// The reference list of government holidays 2022–2026; tests only, the library gets holidays as a Set.
const holidayFile = JSON.parse(
  readFileSync(join(__dirname, '../../../reference-data/thai-holidays.json'), 'utf8'),
) as HolidayFile;
const HOLIDAYS: ReadonlySet<string> = new Set(Object.values(holidayFile.holidays).flatMap((year) => year.map((h) => h.date)));
const NONE: ReadonlySet<string> = new Set();

const MS_PER_DAY = 86_400_000;
/** Any calendar day in the given years, built with Date.UTC independently of the code under test. */
const isoDateArbitrary = (fromYear = 1900, toYear = 2400): fc.Arbitrary<string> =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / MS_PER_DAY, max: Date.UTC(toYear, 11, 31) / MS_PER_DAY })
    .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));

describe('working days', () => {
  it('reads the reference holiday list', () => {
    expect(HOLIDAYS.size).toBeGreaterThan(80);
    expect(HOLIDAYS.has('2025-04-14')).toBe(true);
  });

  it('does not work on Saturdays, Sundays or holidays', () => {
    expect(isWorkingDay('2025-04-11', HOLIDAYS)).toBe(true); // Friday before Songkran
    expect(isWorkingDay('2025-04-12', HOLIDAYS)).toBe(false); // Saturday
    expect(isWorkingDay('2025-04-13', HOLIDAYS)).toBe(false); // Sunday, Songkran
    expect(isWorkingDay('2025-04-14', HOLIDAYS)).toBe(false); // Songkran
    expect(isWorkingDay('2025-04-16', HOLIDAYS)).toBe(false); // substitution day for Songkran
    expect(isWorkingDay('2025-04-17', HOLIDAYS)).toBe(true);
    expect(isWorkingDay('2025-05-09', HOLIDAYS)).toBe(false); // Royal Ploughing, government only
    expect(isWorkingDay('2025-05-01', HOLIDAYS)).toBe(true); // Labour Day is not a government holiday
  });

  it('counts "within 1 working day" from Friday to Monday', () => {
    expect(addWorkingDays('2025-01-10', 1, NONE)).toBe('2025-01-13');
  });

  it('skips Songkran and its substitution day', () => {
    // Friday 11 April 2025 + 1 working day: 12–13 weekend, 14–16 holidays → Thursday 17 April.
    expect(addWorkingDays('2025-04-11', 1, HOLIDAYS)).toBe('2025-04-17');
    expect(workingDaysBetween('2025-04-11', '2025-04-17', HOLIDAYS)).toBe(1);
  });

  it('skips the New Year break 2024–2025', () => {
    // Friday 27 Dec 2024: 30 Dec (special), 31 Dec, 1 Jan are holidays → 2 Jan, then 3 Jan.
    expect(addWorkingDays('2024-12-27', 1, HOLIDAYS)).toBe('2025-01-02');
    expect(addWorkingDays('2024-12-27', 2, HOLIDAYS)).toBe('2025-01-03');
    expect(addWorkingDays('2024-12-27', 2, NONE)).toBe('2024-12-31');
  });

  it('with 0 days keeps a working day and moves a day off to the next working day', () => {
    expect(addWorkingDays('2025-04-11', 0, HOLIDAYS)).toBe('2025-04-11');
    expect(addWorkingDays('2025-04-12', 0, HOLIDAYS)).toBe('2025-04-17');
  });

  it('counts backwards for a negative number of days', () => {
    expect(addWorkingDays('2025-04-17', -1, HOLIDAYS)).toBe('2025-04-11');
    expect(workingDaysBetween('2025-04-17', '2025-04-11', HOLIDAYS)).toBe(-1);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays('2025-04-11', 1.5, HOLIDAYS)).toThrow(RangeError);
  });

  it('never lands on a weekend or a holiday', () => {
    fc.assert(
      fc.property(isoDateArbitrary(2022, 2026), fc.integer({ min: -60, max: 60 }), (date, n) => {
        const due = addWorkingDays(date, n, HOLIDAYS);
        expect(isWorkingDay(due, HOLIDAYS)).toBe(true);
        expect([0, 6]).not.toContain(dayOfWeek(due));
        expect(HOLIDAYS.has(due)).toBe(false);
      }),
    );
  });

  it('counts back exactly the working days it added', () => {
    fc.assert(
      fc.property(
        isoDateArbitrary(2022, 2026),
        fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0),
        (date, n) => {
          expect(workingDaysBetween(date, addWorkingDays(date, n, HOLIDAYS), HOLIDAYS)).toBe(n);
        },
      ),
    );
  });

  it('counts zero working days from a working day to itself', () => {
    fc.assert(
      fc.property(isoDateArbitrary(2022, 2026), (date) => {
        const day = addWorkingDays(date, 0, HOLIDAYS);
        expect(workingDaysBetween(day, addWorkingDays(day, 0, HOLIDAYS), HOLIDAYS)).toBe(0);
      }),
    );
  });

  it('has five working days in a week without holidays', () => {
    fc.assert(
      fc.property(isoDateArbitrary(), (date) => {
        expect(workingDaysBetween(date, addDaysPlain(date, 7), NONE)).toBe(5);
      }),
    );
  });
});

function addDaysPlain(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}
