import fc from 'fast-check';
import { formatNumber, toArabicDigits, toThaiDigits } from './thai-numerals';

describe('Thai numerals', () => {
  it('writes Arabic digits as Thai digits and keeps the other characters', () => {
    expect(toThaiDigits('23 ม.ค. 2566')).toBe('๒๓ ม.ค. ๒๕๖๖');
    expect(toThaiDigits(1234567890)).toBe('๑๒๓๔๕๖๗๘๙๐');
  });

  it('writes Thai digits as Arabic digits and keeps the other characters', () => {
    expect(toArabicDigits('ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘')).toBe('ไตรมาส 1 ของปีงบประมาณ 2568');
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('gets any text back after converting to Thai digits and back again', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 abc.-ก๐'.split('')) }), (text) => {
        const arabicOnly = toArabicDigits(text);
        expect(toArabicDigits(toThaiDigits(arabicOnly))).toBe(arabicOnly);
        expect(toThaiDigits(toArabicDigits(toThaiDigits(text)))).toBe(toThaiDigits(text));
      }),
    );
  });

  it('leaves no Arabic digit after toThaiDigits and no Thai digit after toArabicDigits', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(toThaiDigits(text)).not.toMatch(/[0-9]/);
        expect(toArabicDigits(text)).not.toMatch(/[๐-๙]/);
      }),
    );
  });

  it('formats numbers in either digit style, with grouping on request', () => {
    expect(formatNumber(2568, 'thai')).toBe('๒๕๖๘');
    expect(formatNumber(2568, 'arabic')).toBe('2568');
    expect(formatNumber(1234567.5, 'thai', { grouping: true })).toBe('๑,๒๓๔,๕๖๗.๕');
    expect(formatNumber(-42, 'thai')).toBe('-๔๒');
    expect(formatNumber(1e21, 'arabic')).toBe('1000000000000000000000');
  });

  it('reads back every whole number it formats', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(Number(toArabicDigits(formatNumber(n, 'thai')))).toBe(n);
      }),
    );
  });

  it('refuses to format a number that is not finite', () => {
    expect(() => formatNumber(Number.NaN, 'thai')).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, 'arabic')).toThrow(RangeError);
  });
});
