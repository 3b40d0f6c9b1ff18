import fc from 'fast-check';
import { beToCe, ceToBe, expandYear } from './buddhist-era';

describe('Buddhist Era years', () => {
  it('adds 543 to a Common Era year', () => {
    expect(ceToBe(2025)).toBe(2568);
    expect(beToCe(2568)).toBe(2025);
  });

  it('converts back and forth without change', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (year) => {
        expect(beToCe(ceToBe(year))).toBe(year);
        expect(ceToBe(beToCe(year))).toBe(year);
      }),
    );
  });

  it('refuses a year that is not whole', () => {
    expect(() => ceToBe(2025.5)).toThrow(RangeError);
    expect(() => beToCe(Number.NaN)).toThrow(RangeError);
  });

  it('reads two-digit years in Thai or Arabic digits as 25xx', () => {
    expect(expandYear('๖๗')).toBe(2567);
    expect(expandYear('67')).toBe(2567);
    expect(expandYear(' ๐๕ ')).toBe(2505);
  });

  it('reads any two-digit year as 2500 plus the two digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (yy) => {
        expect(expandYear(String(yy).padStart(2, '0'))).toBe(2500 + yy);
      }),
    );
  });

  it('keeps four-digit Buddhist Era years', () => {
    expect(expandYear('๒๕๖๘')).toBe(2568);
    expect(expandYear(2566)).toBe(2566);
  });

  it('refuses Common Era years and anything that is not a year', () => {
    expect(expandYear('2024')).toBeNull();
    expect(expandYear('567')).toBeNull();
    expect(expandYear('๖')).toBeNull();
    expect(expandYear('พ.ศ.')).toBeNull();
    expect(expandYear('')).toBeNull();
  });
});
