import {
  executiveTitle,
  indicatorHeading,
  localizeDigits,
  numberedSteps,
  organizationFullName,
  organizationLine,
  ownersPhrase,
  periodPhrase,
  roundLabel,
} from './report-wording';

describe('localizeDigits', () => {
  it('writes digits in the organisation’s style, both ways', () => {
    expect(localizeDigits('ปี 2568 รอบ 6 เดือน', 'thai')).toBe('ปี ๒๕๖๘ รอบ ๖ เดือน');
    expect(localizeDigits('ปี ๒๕๖๘ รอบ ๖ เดือน', 'arabic')).toBe('ปี 2568 รอบ 6 เดือน');
    expect(localizeDigits('ปี ๒๕๖๘ และ 2569', 'thai')).toBe('ปี ๒๕๖๘ และ ๒๕๖๙');
  });

  it('leaves web and e-mail addresses and Latin codes as they are', () => {
    const text = 'ดูที่ https://www.abc123.go.th/ita/2568?x=1 หรือ www.tambon9.go.th เขียนถึง ita2568@abc.go.th ข้อ O42 ระบบ 4G ปี 2568';
    expect(localizeDigits(text, 'thai')).toBe(
      'ดูที่ https://www.abc123.go.th/ita/2568?x=1 หรือ www.tambon9.go.th เขียนถึง ita2568@abc.go.th ข้อ O42 ระบบ 4G ปี ๒๕๖๘',
    );
  });
});

describe('roundLabel', () => {
  it.each([
    ['R6', 'thai', 'รอบ ๖ เดือน'],
    ['R12', 'thai', 'รอบ ๑๒ เดือน'],
    ['Q1', 'thai', 'ไตรมาสที่ ๑'],
    ['Q4', 'arabic', 'ไตรมาสที่ 4'],
    ['R12', 'arabic', 'รอบ 12 เดือน'],
  ] as const)('%s with %s digits is "%s"', (round, style, label) => {
    expect(roundLabel(round, style)).toBe(label);
  });

  it('refuses a round that is not one', () => {
    expect(() => roundLabel('R9' as never, 'thai')).toThrow(RangeError);
  });
});

describe('the organisation’s name, its executive and its line', () => {
  it('keeps a full name, completes a bare or abbreviated one', () => {
    expect(organizationFullName({ name: 'องค์การบริหารส่วนตำบลสมัย', type: 'sao' })).toBe('องค์การบริหารส่วนตำบลสมัย');
    expect(organizationFullName({ name: 'สมัย', type: 'sao' })).toBe('องค์การบริหารส่วนตำบลสมัย');
    expect(organizationFullName({ name: 'อบต. สมัย', type: 'sao' })).toBe('องค์การบริหารส่วนตำบลสมัย');
    expect(organizationFullName({ name: 'ทต.บ้านใหม่', type: 'subdistrict_municipality' })).toBe('เทศบาลตำบลบ้านใหม่');
    expect(organizationFullName({ name: 'บ้านใหม่', type: 'town_municipality' })).toBe('เทศบาลเมืองบ้านใหม่');
  });

  it('names the chief executive of an อบต. นายก… and of a เทศบาล นายกเทศมนตรี…', () => {
    expect(executiveTitle({ name: 'องค์การบริหารส่วนตำบลสมัย', type: 'sao' })).toBe('นายกองค์การบริหารส่วนตำบลสมัย');
    expect(executiveTitle({ name: 'เทศบาลตำบลบ้านใหม่', type: 'subdistrict_municipality' })).toBe('นายกเทศมนตรีตำบลบ้านใหม่');
    expect(executiveTitle({ name: 'เทศบาลนครลำปาง', type: 'city_municipality' })).toBe('นายกเทศมนตรีนครลำปาง');
  });

  it('writes อำเภอ and จังหวัด once, and leaves out what is unknown', () => {
    const samai = { code: 'samai', name: 'องค์การบริหารส่วนตำบลสมัย', type: 'sao' as const, numeralStyle: 'thai' as const };
    expect(organizationLine({ ...samai, district: 'สบปราบ', province: 'ลำปาง' })).toBe('องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง');
    expect(organizationLine({ ...samai, district: 'อำเภอสบปราบ', province: 'จ.ลำปาง' })).toBe('องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง');
    expect(organizationLine({ ...samai, district: '', province: null })).toBe('องค์การบริหารส่วนตำบลสมัย');
  });
});

describe('periodPhrase', () => {
  it.each([
    ['2024-10-01', '2025-09-30', 'thai', 'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘'],
    ['2025-01-01', '2025-01-31', 'thai', 'มกราคม ๒๕๖๘'],
    ['2023-03-01', '2023-04-30', 'thai', 'มีนาคม – เมษายน ๒๕๖๖'],
    ['2024-10-01', '2024-12-31', 'arabic', 'ตุลาคม – ธันวาคม 2567'],
    ['2024-02-01', '2024-02-29', 'thai', 'กุมภาพันธ์ ๒๕๖๗'],
    ['2025-01-15', '2025-02-28', 'thai', '๑๕ มกราคม ๒๕๖๘ – ๒๘ กุมภาพันธ์ ๒๕๖๘'],
    ['2025-03-10', '2025-03-10', 'arabic', '10 มีนาคม 2568'],
  ] as const)('%s … %s (%s) is "%s"', (start, end, style, phrase) => {
    expect(periodPhrase({ start, end }, style)).toBe(phrase);
  });
});

describe('ownersPhrase', () => {
  it('joins the owners, the lead first, and says ทุกกอง/สำนัก for all divisions', () => {
    expect(ownersPhrase(['กองคลัง', 'สำนักปลัด'], false, 'thai')).toBe('กองคลัง, สำนักปลัด');
    expect(ownersPhrase([], true, 'thai')).toBe('ทุกกอง/สำนัก');
    expect(ownersPhrase(['สำนักปลัด'], true, 'thai')).toBe('สำนักปลัด, ทุกกอง/สำนัก');
    expect(ownersPhrase([], false, 'thai')).toBe('');
  });
});

describe('numberedSteps', () => {
  it('numbers the steps in the organisation’s digits, replacing numbers already written', () => {
    expect(numberedSteps(['จัดทำคู่มือ', '๒. เผยแพร่คู่มือ', ' ', '(3) รายงานผล 2 ครั้ง'], 'thai')).toEqual([
      '๑. จัดทำคู่มือ',
      '๒. เผยแพร่คู่มือ',
      '๓. รายงานผล ๒ ครั้ง',
    ]);
    expect(numberedSteps(['จัดทำคู่มือ', '1.5 ล้านบาท'], 'arabic')).toEqual(['1. จัดทำคู่มือ', '2. 1.5 ล้านบาท']);
  });
});

describe('indicatorHeading', () => {
  it('writes the indicator with its name when known', () => {
    expect(indicatorHeading(4, 'การใช้ทรัพย์สินของราชการ', 'thai')).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
    expect(indicatorHeading(10, undefined, 'arabic')).toBe('ตัวชี้วัดที่ 10');
  });
});
