import { parseThaiMonth, THAI_MONTHS, thaiMonthName, thaiMonthPatternSource } from './thai-months';

describe('Thai months', () => {
  it('lists the twelve months with their full names and abbreviations', () => {
    expect(THAI_MONTHS.map((m) => m.long)).toEqual([
      'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
      'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
    ]);
    expect(THAI_MONTHS.map((m) => m.short)).toEqual([
      'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
    ]);
  });

  it('finds every month from its full name and its abbreviation', () => {
    for (const m of THAI_MONTHS) {
      expect(parseThaiMonth(m.long)).toBe(m.number);
      expect(parseThaiMonth(m.short)).toBe(m.number);
    }
  });

  it('tolerates missing or extra dots and spaces', () => {
    expect(parseThaiMonth('ต.ค')).toBe(10);
    expect(parseThaiMonth('ต.ค.')).toBe(10);
    expect(parseThaiMonth('ตค')).toBe(10);
    expect(parseThaiMonth('ก.ย .')).toBe(9);
    expect(parseThaiMonth(' มี.ค. ')).toBe(3);
    expect(parseThaiMonth('มิ ย')).toBe(6);
  });

  it('understands common misspellings', () => {
    expect(parseThaiMonth('กรกฏาคม')).toBe(7);
    expect(parseThaiMonth('กุมภาพันธ')).toBe(2);
  });

  it('answers null for what is not a month', () => {
    expect(parseThaiMonth('ไตรมาส')).toBeNull();
    expect(parseThaiMonth('พ.ศ.')).toBeNull();
    expect(parseThaiMonth('')).toBeNull();
  });

  it('names a month in full or abbreviated', () => {
    expect(thaiMonthName(1)).toBe('มกราคม');
    expect(thaiMonthName(10, 'short')).toBe('ต.ค.');
    expect(() => thaiMonthName(13)).toThrow(RangeError);
    expect(() => thaiMonthName(0)).toThrow(RangeError);
  });

  it('offers a pattern that matches every written form of a month and nothing around it', () => {
    const pattern = new RegExp(`^(?:${thaiMonthPatternSource()})$`);
    for (const m of THAI_MONTHS) {
      expect(pattern.test(m.long)).toBe(true);
      expect(pattern.test(m.short)).toBe(true);
      expect(pattern.test(m.short.replace(/\./g, ''))).toBe(true);
    }
    expect(pattern.test('ก.ย .')).toBe(true);
    expect(pattern.test('ไตรมาส')).toBe(false);
  });
});
