import { currentFiscalYearBe, formatDate, formatDateTime, periodLabel } from './format';

describe('dates and periods as people in a Thai office read them', () => {
  it('writes dates in the Buddhist Era in Thai, and in the Common Era in English', () => {
    expect(formatDate('2023-01-23', 'th')).toBe('23 ม.ค. 2566');
    expect(formatDate('2023-01-23', 'th', 'long')).toBe('23 มกราคม 2566');
    expect(formatDate('2023-01-23', 'en')).toBe('23 Jan 2023');
  });

  it('keeps a plain date on its Bangkok day and shows instants in Bangkok time', () => {
    expect(formatDate('2026-10-01', 'th')).toBe('1 ต.ค. 2569');
    expect(formatDateTime('2026-11-30T17:30:00Z', 'th')).toBe('1 ธ.ค. 2569 00:30');
  });

  it('names report periods the way the published reports do', () => {
    expect(periodLabel('Q1', 'th')).toBe('ไตรมาส 1');
    expect(periodLabel('R6', 'th')).toBe('รอบ 6 เดือน');
    expect(periodLabel('step-2', 'th')).toBe('ขั้นตอนที่ 2');
    expect(periodLabel('R12', 'en')).toBe('12-month round');
  });

  it('starts the fiscal year on 1 October', () => {
    jest.useFakeTimers({ now: new Date('2026-09-30T16:59:00Z') });
    expect(currentFiscalYearBe()).toBe(2569);
    jest.setSystemTime(new Date('2026-09-30T17:00:00Z'));
    expect(currentFiscalYearBe()).toBe(2570);
    jest.useRealTimers();
  });

  it('says nothing happened rather than inventing a date', () => {
    expect(formatDate(null, 'th')).toBe('–');
  });
});
