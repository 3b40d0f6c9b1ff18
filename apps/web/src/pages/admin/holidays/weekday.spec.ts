import { describe, expect, it } from '@jest/globals';
import { isWeekend, weekdayOf } from './weekday';

describe('weekdayOf', () => {
  it('names the day in Thai and English', () => {
    expect(weekdayOf('2027-04-13', 'th')).toBe('วันอังคาร');
    expect(weekdayOf('2027-04-13', 'en')).toBe('Tuesday');
  });
});

describe('isWeekend', () => {
  it('is true on Saturdays and Sundays only', () => {
    expect(['2027-04-10', '2027-04-11', '2027-04-12'].map(isWeekend)).toEqual([true, true, false]);
  });
});
