import { formatThaiDate } from './thai-dates';

describe('Thai dates', () => {
  it('writes the long form with Thai digits by default, as in official documents', () => {
    expect(formatThaiDate('2023-01-23')).toBe('๒๓ มกราคม ๒๕๖๖');
  });

  it('writes the short form with Arabic digits on request', () => {
    expect(formatThaiDate('2023-01-23', { style: 'short', digits: 'arabic' })).toBe('23 ม.ค. 2566');
    expect(formatThaiDate('2024-10-01', { style: 'short' })).toBe('๑ ต.ค. ๒๕๖๗');
    expect(formatThaiDate('2025-09-30', { digits: 'arabic' })).toBe('30 กันยายน 2568');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatThaiDate('2025-02-29')).toThrow(RangeError);
  });
});
