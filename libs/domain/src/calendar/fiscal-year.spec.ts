import fc from 'fast-check';
import {
  fiscalMonth,
  fiscalYearOf,
  fiscalYearRange,
  quarterOf,
  quarterRange,
  Quarter,
  reportingPeriods,
  roundRange,
} from './fiscal-year';
import { addDays } from './iso-date';

const within = (date: string, range: { start: string; end: string }) => range.start <= date && date <= range.end;

const MS_PER_DAY = 86_400_000;
/** Any calendar day in the given years, built with Date.UTC independently of the code under test. */
const isoDateArbitrary = (fromYear = 1900, toYear = 2400): fc.Arbitrary<string> =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / MS_PER_DAY, max: Date.UTC(toYear, 11, 31) / MS_PER_DAY })
    .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));

describe('fiscal year', () => {
  it('runs FY 2568 from 1 October 2024 to 30 September 2025', () => {
    expect(fiscalYearRange(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
  });

  it('starts the next fiscal year on 1 October', () => {
    expect(fiscalYearOf('2024-09-30')).toBe(2567);
    expect(fiscalYearOf('2024-10-01')).toBe(2568);
    expect(fiscalYearOf('2025-09-30')).toBe(2568);
    expect(fiscalYearOf('2025-01-01')).toBe(2568);
  });

  it('has quarters Oct–Dec, Jan–Mar, Apr–Jun, Jul–Sep', () => {
    expect(quarterRange(2568, 1)).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(quarterRange(2568, 2)).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(quarterRange(2568, 3)).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(quarterRange(2568, 4)).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(quarterRange(2567, 2)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('refuses a quarter other than 1–4 and a year that is not Buddhist Era', () => {
    expect(() => quarterRange(2568, 5 as Quarter)).toThrow(RangeError);
    expect(() => fiscalYearRange(2025)).toThrow(RangeError);
  });

  it('places October–December in the Common Era year before the other months', () => {
    expect(fiscalMonth(2568, 10)).toEqual({ year: 2024, month: 10 });
    expect(fiscalMonth(2568, 12)).toEqual({ year: 2024, month: 12 });
    expect(fiscalMonth(2568, 1)).toEqual({ year: 2025, month: 1 });
    expect(fiscalMonth(2568, 9)).toEqual({ year: 2025, month: 9 });
  });

  it('has a 6-month round from October to March and a 12-month round over the whole year', () => {
    expect(roundRange(2568, 6)).toEqual({ start: '2024-10-01', end: '2025-03-31' });
    expect(roundRange(2568, 12)).toEqual(fiscalYearRange(2568));
  });

  it('lists the quarterly reporting periods in order', () => {
    expect(reportingPeriods(2568, 'quarterly')).toEqual([
      { key: 'Q1', start: '2024-10-01', end: '2024-12-31' },
      { key: 'Q2', start: '2025-01-01', end: '2025-03-31' },
      { key: 'Q3', start: '2025-04-01', end: '2025-06-30' },
      { key: 'Q4', start: '2025-07-01', end: '2025-09-30' },
    ]);
  });

  it('lists the semiannual rounds, the 12-month round covering the 6-month one', () => {
    expect(reportingPeriods(2568, 'semiannual')).toEqual([
      { key: 'R6', start: '2024-10-01', end: '2025-03-31' },
      { key: 'R12', start: '2024-10-01', end: '2025-09-30' },
    ]);
  });

  it('puts every date in its fiscal year and in exactly one of its quarters', () => {
    fc.assert(
      fc.property(isoDateArbitrary(), (date) => {
        const fy = fiscalYearOf(date);
        expect(within(date, fiscalYearRange(fy))).toBe(true);
        expect(within(date, fiscalYearRange(fy - 1))).toBe(false);
        expect(within(date, fiscalYearRange(fy + 1))).toBe(false);
        const containing = ([1, 2, 3, 4] as const).filter((q) => within(date, quarterRange(fy, q)));
        expect(containing).toEqual([quarterOf(date)]);
      }),
    );
  });

  it('leaves no gap between quarters or between fiscal years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2450, max: 2950 }), (fy) => {
        expect(quarterRange(fy, 1).start).toBe(fiscalYearRange(fy).start);
        expect(addDays(quarterRange(fy, 1).end, 1)).toBe(quarterRange(fy, 2).start);
        expect(addDays(quarterRange(fy, 2).end, 1)).toBe(quarterRange(fy, 3).start);
        expect(addDays(quarterRange(fy, 3).end, 1)).toBe(quarterRange(fy, 4).start);
        expect(quarterRange(fy, 4).end).toBe(fiscalYearRange(fy).end);
        expect(addDays(fiscalYearRange(fy).end, 1)).toBe(fiscalYearRange(fy + 1).start);
      }),
    );
  });
});
