import fc from 'fast-check';
import { formatThaiDate } from './thai-dates';
import { parsePeriodPhrase, PeriodParseResult } from './period-phrase';
import { toThaiDigits } from './thai-numerals';

const MS_PER_DAY = 86_400_000;
/** Any calendar day in the given years, built with Date.UTC independently of the code under test. */
const isoDateArbitrary = (fromYear = 1900, toYear = 2400): fc.Arbitrary<string> =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / MS_PER_DAY, max: Date.UTC(toYear, 11, 31) / MS_PER_DAY })
    .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));

const FY = 2568;
const period = (start: string, end: string): PeriodParseResult => ({ ok: true, start, end });

describe('reading the period phrases of the published reports', () => {
  it.each<[string, number, string, string]>([
    // seed 000 (FY 2568)
    ['ไตรมาส ๑ ของ ปีงบประมาณ ๒๕๖๘', 2568, '2024-10-01', '2024-12-31'],
    ['วันที่ ๑ ต.ค.๖๗ – ๓๐ ก.ย. ๖๘', 2568, '2024-10-01', '2025-09-30'],
    ['วันที่ ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', 2568, '2024-10-01', '2025-09-30'],
    ['เดือนตุลาคม พ.ศ. ๒๕๖๘', 2568, '2025-10-01', '2025-10-31'],
    ['เดือนมกราคม พ.ศ. ๒๕๖๘', 2568, '2025-01-01', '2025-01-31'],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๘', 2568, '2024-10-01', '2025-09-30'],
    ['ไตรมาสที่ ๑ – ไตรมาสที่ ๓', 2568, '2024-10-01', '2025-06-30'],
    // seed 001 (FY 2565): due dates (กำหนดเสร็จ) and report quarters (รายงานผล)
    ['พ.ค.๖๕', 2565, '2022-05-01', '2022-05-31'],
    ['<p>ก.ย.๖๕</p>', 2565, '2022-09-01', '2022-09-30'],
    ['ไตรมาส ๔', 2565, '2022-07-01', '2022-09-30'],
    ['ไตรมาส ๒', 2565, '2022-01-01', '2022-03-31'],
    // seed 002 (FY 2566), including a line break inside the table cell
    ['มี.ค. – เม.ย. ๒๕๖๖', 2566, '2023-03-01', '2023-04-30'],
    ['มี.ค. – เม.ย.<br>๒๕๖๖', 2566, '2023-03-01', '2023-04-30'],
  ])('reads "%s" (FY %d) as %s … %s', (text, fy, start, end) => {
    expect(parsePeriodPhrase(text, fy)).toEqual(period(start, end));
  });
});

describe('reading period phrases', () => {
  it.each<[string, string, string]>([
    ['ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘', '2024-10-01', '2024-12-31'],
    ['ไตรมาส 1 ของปีงบประมาณ 2568', '2024-10-01', '2024-12-31'],
    ['ไตรมาส ๑ ปีงบประมาณ ๖๘', '2024-10-01', '2024-12-31'],
    ['ไตรมาส ๔ ปีงบประมาณ พ.ศ. ๒๕๖๗', '2024-07-01', '2024-09-30'],
    ['ไตรมาส ๔/๒๕๖๗', '2024-07-01', '2024-09-30'],
    ['ไตรมาส ๒', '2025-01-01', '2025-03-31'],
    ['ไตรมาสที่๓', '2025-04-01', '2025-06-30'],
    ['ไตรมาส ๑ - ๔', '2024-10-01', '2025-09-30'],
    ['ไตรมาสที่ ๒ ถึง ไตรมาสที่ ๓', '2025-01-01', '2025-06-30'],
    ['ไตรมาส 1 - 3 ของปีงบประมาณ 2567', '2023-10-01', '2024-06-30'],
    ['1 ต.ค. 67 - 30 ก.ย. 68', '2024-10-01', '2025-09-30'],
    ['วันที่ ๑ ต.ค. ๒๕๖๗ — ๓๐ ก.ย. ๒๕๖๘', '2024-10-01', '2025-09-30'],
    ['ตั้งแต่วันที่ ๑ ต.ค. ๖๗ ถึงวันที่ ๓๐ ก.ย. ๖๘', '2024-10-01', '2025-09-30'],
    ['ระหว่างวันที่ ๑ – ๑๕ ต.ค. ๖๗', '2024-10-01', '2024-10-15'],
    ['๑ ต.ค. ๖๗ – ก.ย. ๖๘', '2024-10-01', '2025-09-30'],
    ['ต.ค.๖๗ – ก.ย.๖๘', '2024-10-01', '2025-09-30'],
    ['ต.ค.๖๗-ก.ย.๖๘', '2024-10-01', '2025-09-30'],
    ['ตุลาคม ๖๗ - มีนาคม ๖๘', '2024-10-01', '2025-03-31'],
    ['เดือนตุลาคม ๒๕๖๗ – เดือนกันยายน ๒๕๖๘', '2024-10-01', '2025-09-30'],
    ['ต.ค. ๖๗ – ธ.ค.', '2024-10-01', '2024-12-31'],
    ['ต.ค. – ธ.ค.', '2024-10-01', '2024-12-31'],
    ['พ.ค.๖๕', '2022-05-01', '2022-05-31'],
    ['ภายในเดือนมีนาคม ๒๕๖๘', '2025-03-01', '2025-03-31'],
    ['ภายในวันที่ ๓๐ ก.ย. ๖๘', '2025-09-30', '2025-09-30'],
    ['ตุลาคม ปีงบประมาณ ๒๕๖๘', '2024-10-01', '2024-10-31'],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๘', '2024-10-01', '2025-09-30'],
    ['ประจำปีงบประมาณ พ.ศ.๒๕๖๗', '2023-10-01', '2024-09-30'],
    ['ปีงบประมาณ ๒๕๖๗ – ๒๕๖๘', '2023-10-01', '2025-09-30'],
    ['ปีงบประมาณ', '2024-10-01', '2025-09-30'],
    ['ตลอดปีงบประมาณ', '2024-10-01', '2025-09-30'],
    ['ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗', '2023-10-01', '2024-09-30'],
    ['ตลอดปี', '2024-10-01', '2025-09-30'],
    ['ตลอดทั้งปี', '2024-10-01', '2025-09-30'],
    ['ทุกไตรมาส', '2024-10-01', '2025-09-30'],
    ['ทุกเดือน', '2024-10-01', '2025-09-30'],
    ['ทุก ๖ เดือน', '2024-10-01', '2025-09-30'],
    ['รอบ ๖ เดือน', '2024-10-01', '2025-03-31'],
    ['รอบ ๖ เดือนแรก', '2024-10-01', '2025-03-31'],
    ['รอบ ๖ เดือนหลัง', '2025-04-01', '2025-09-30'],
    ['รอบ ๑๒ เดือน', '2024-10-01', '2025-09-30'],
    ['รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕', '2021-10-01', '2022-03-31'],
    ['เมื่อวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕', '2022-02-10', '2022-02-10'],
    ['๒๙ ก.พ. ๖๗', '2024-02-29', '2024-02-29'],
  ])('reads "%s" in FY 2568 as %s … %s', (text, start, end) => {
    expect(parsePeriodPhrase(text, FY)).toEqual(period(start, end));
  });

  it('puts a month written without a year inside the given fiscal year', () => {
    expect(parsePeriodPhrase('ต.ค.', 2568)).toEqual(period('2024-10-01', '2024-10-31'));
    expect(parsePeriodPhrase('ธันวาคม', 2568)).toEqual(period('2024-12-01', '2024-12-31'));
    expect(parsePeriodPhrase('ม.ค.', 2568)).toEqual(period('2025-01-01', '2025-01-31'));
    expect(parsePeriodPhrase('ก.ย.', 2568)).toEqual(period('2025-09-01', '2025-09-30'));
    expect(parsePeriodPhrase('มี.ค. – เม.ย.', 2566)).toEqual(period('2023-03-01', '2023-04-30'));
  });

  it('tolerates sloppy abbreviations, spacing and digits', () => {
    for (const text of ['ต.ค ๖๗', 'ตค๖๗', 'ต.ค.67', ' ต . ค . 67 ', 'ต.ค.\u200b๖๗']) {
      expect(parsePeriodPhrase(text, FY)).toEqual(period('2024-10-01', '2024-10-31'));
    }
    expect(parsePeriodPhrase('ก.ย .๖๘', FY)).toEqual(period('2025-09-01', '2025-09-30'));
    expect(parsePeriodPhrase('ประจําปีงบประมาณ ๒๕๖๘', FY)).toEqual(period('2024-10-01', '2025-09-30')); // ํ + า for ำ
  });

  it('reads any date it writes in Thai back as that single day', () => {
    fc.assert(
      fc.property(
        isoDateArbitrary(1900, 2400),
        fc.constantFrom('long' as const, 'short' as const),
        fc.constantFrom('thai' as const, 'arabic' as const),
        (date, style, digits) => {
          expect(parsePeriodPhrase(formatThaiDate(date, { style, digits }), FY)).toEqual(period(date, date));
        },
      ),
    );
  });

  it('reads every quarter of every fiscal year written either way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2450, max: 2950 }), fc.integer({ min: 1, max: 4 }), (fy, q) => {
        const thai = parsePeriodPhrase(toThaiDigits(`ไตรมาส ${q} ของปีงบประมาณ ${fy}`), 2568);
        const arabic = parsePeriodPhrase(`ไตรมาสที่ ${q} ปีงบประมาณ พ.ศ. ${fy}`, 2568);
        expect(thai).toEqual(arabic);
        expect(thai.ok).toBe(true);
      }),
    );
  });
});

describe('refusing what it cannot read', () => {
  const reasonOf = (text: string, fy = FY): string => {
    const result = parsePeriodPhrase(text, fy);
    if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.start} … ${result.end}`);
    return result.reason;
  };

  it.each([
    'ไม่ทราบ',
    'ทันทีหากมีการเปลี่ยนแปลง',
    'ปีละ ๑ ครั้ง',
    'ไม่เกิน ๗ วัน หลังเสร็จสิ้นแต่ละภารกิจ',
    'ภายใน ๗ วัน',
    '๒๕๖๘',
    'พ.ศ. ๒๕๖๘',
    'ตลอดปี ๒๕๖๘',
    'ไตรมาส ๑ และ ๒',
    'ไตรมาส ๑ – ๒ – ๓',
    'ต.ค. –',
    '๑๕',
    'ตั้งแต่ ต.ค. ๖๗ เป็นต้นไป',
    'ไตรมาส ๑ (ต.ค. – ธ.ค. ๖๗)',
  ])('refuses "%s" with a reason in Thai and English', (text) => {
    const reason = reasonOf(text);
    expect(reason).toContain('อ่านช่วงเวลาไม่ได้');
    expect(reason).toContain('cannot read the period');
    expect(reason).toContain(text.trim());
  });

  it('refuses an empty phrase', () => {
    expect(reasonOf('   ')).toBe('ไม่ได้ระบุช่วงเวลา / no period given');
    expect(reasonOf('<br>')).toBe('ไม่ได้ระบุช่วงเวลา / no period given');
  });

  it('refuses a day the month does not have', () => {
    expect(reasonOf('๓๑ ก.ย. ๖๘')).toContain('September 2025 has no day 31');
    expect(reasonOf('๓๑ ก.ย. ๖๘')).toContain('ไม่มีวันที่ 31 ในเดือนกันยายน 2568');
    expect(reasonOf('๒๙ ก.พ. ๖๘')).toContain('February 2025 has no day 29');
    expect(reasonOf('วันที่ ๑ ต.ค. ๖๗ – ๓๑ ก.ย. ๖๘')).toContain('has no day 31');
    expect(reasonOf('๐ ต.ค. ๖๗')).toContain('has no day 0');
  });

  it('refuses a period that ends before it starts', () => {
    expect(reasonOf('ไตรมาส ๓ – ไตรมาส ๑')).toContain('ends before it starts');
    expect(reasonOf('๓๐ ก.ย. ๖๘ – ๑ ต.ค. ๖๗')).toContain('ends before it starts');
    expect(reasonOf('ก.ย. – ต.ค.')).toContain('ends before it starts');
  });

  it('applies a year written on one side to both sides and says so when that makes no sense', () => {
    const reason = reasonOf('ต.ค. – ก.ย. ๒๕๖๘');
    expect(reason).toContain('ends before it starts');
    expect(reason).toContain('write the year on both sides');
    expect(reason).toContain('ให้เขียนปีกำกับทั้งสองฝั่ง');
  });

  it('refuses quarters and rounds that do not exist', () => {
    expect(reasonOf('ไตรมาส ๕')).toContain('there is no quarter 5');
    expect(reasonOf('ไตรมาส ๐')).toContain('there is no quarter 0');
    expect(reasonOf('รอบ ๙ เดือน')).toContain('round');
    expect(reasonOf('รอบ ๑๒ เดือนแรก')).toContain('round');
  });

  it('refuses years that are not Buddhist Era years', () => {
    expect(reasonOf('ต.ค. 2024')).toBe('ปี "2024" ไม่ใช่ปี พ.ศ. / the year "2024" is not a Buddhist Era year');
    expect(reasonOf('ไตรมาส ๑ ปีงบประมาณ ๕๖๘')).toContain('is not a Buddhist Era year');
    expect(reasonOf('ไตรมาส ๑', 2025)).toContain('is not a Buddhist Era year');
  });

  it('refuses a period mixing months with quarters', () => {
    expect(reasonOf('ไตรมาส ๑ – มี.ค. ๖๘')).toContain('mixing days or months with quarters');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('ไตรมาส', 'ที่', '๑', '๕', '๓๑', '67', '๒๕๖๘', 'ต.ค.', 'ก.พ.', 'มีนาคม', ' – ', ' ', 'ถึง', 'วันที่', 'เดือน', 'พ.ศ.', 'ปีงบประมาณ', 'รอบ', 'x', '/'),
          { maxLength: 8 },
        ),
        (pieces) => {
          const result = parsePeriodPhrase(pieces.join(''), FY);
          if (result.ok) {
            expect(result.start <= result.end).toBe(true);
          } else {
            expect(result.reason).toMatch(/ \/ /);
          }
        },
      ),
    );
  });
});
