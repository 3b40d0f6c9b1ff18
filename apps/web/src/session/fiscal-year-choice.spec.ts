import { describe, expect, it } from '@jest/globals';
import { defaultYear, fiscalYearOfDate, yearsWithCurrent } from './fiscal-year-choice';

describe('fiscal years to offer', () => {
  it('starts on the current year when the organisation has it', () => {
    expect(defaultYear([2571, 2570, 2569], 2570)).toBe(2570);
  });
  it('else on the newest, or the current one when there are none', () => {
    expect(defaultYear([2569, 2568], 2570)).toBe(2569);
    expect(defaultYear([], 2570)).toBe(2570);
  });
  it('adds the current year once, newest first', () => {
    expect(yearsWithCurrent([2568, 2569], 2570)).toEqual([2570, 2569, 2568]);
    expect(yearsWithCurrent([2570], 2570)).toEqual([2570]);
  });
});

describe('fiscalYearOfDate', () => {
  it('starts the fiscal year on 1 October', () => {
    expect(fiscalYearOfDate('2026-09-30')).toBe(2569);
    expect(fiscalYearOfDate('2026-10-01')).toBe(2570);
    expect(fiscalYearOfDate('2027-04-13')).toBe(2570);
  });
});
