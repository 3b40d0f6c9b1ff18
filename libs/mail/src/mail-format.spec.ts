import { mailFormatter, organizationNames } from './mail-format';
import type { MailOrganization } from './mail.types';

const SAMAI: MailOrganization = {
  name: 'องค์การบริหารส่วนตำบลสมัย',
  type: 'sao',
  district: 'สบปราบ',
  province: 'ลำปาง',
  website: '',
  phone: '',
  numeralStyle: 'thai',
};

describe('mailFormatter', () => {
  const q1 = { key: 'Q1', start: '2024-10-01', dueDate: '2025-01-15' };

  it('Thai: Buddhist Era dates and period names, in the digits asked for', () => {
    const thai = mailFormatter('th', 'thai');
    expect(thai.date('2025-01-15')).toBe('๑๕ มกราคม ๒๕๖๘');
    expect(thai.shortDate('2025-01-15')).toBe('๑๕ ม.ค. ๒๕๖๘');
    expect(thai.periodWithYear(q1)).toBe('ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(thai.period({ ...q1, key: 'R6' })).toBe('รอบ ๖ เดือน');
    expect(thai.period({ ...q1, key: 'R12' })).toBe('รอบ ๑๒ เดือน');
    expect(thai.period({ ...q1, key: 'step-12' })).toBe('ขั้นตอนที่ ๑๒');
    expect(thai.number(1234)).toBe('๑๒๓๔');
    const arabic = mailFormatter('th', 'arabic');
    expect(arabic.date('2025-01-15')).toBe('15 มกราคม 2568');
    expect(arabic.periodWithYear({ ...q1, key: 'R6' })).toBe('รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568');
  });

  it('English: Gregorian dates, Arabic digits, the fiscal year with its Common Era years', () => {
    const english = mailFormatter('en', 'thai');
    expect(english.date('2025-01-15')).toBe('15 January 2025');
    expect(english.shortDate('2024-10-01')).toBe('1 Oct 2024');
    expect(english.periodWithYear(q1)).toBe('Q1 of fiscal year 2568 (2024–25)');
    expect(english.period({ ...q1, key: 'R6' })).toBe('6-month round');
    expect(english.period({ ...q1, key: 'step-2' })).toBe('step 2');
    expect(english.number(7)).toBe('7');
  });

  it('joins names the Thai and the English way', () => {
    expect(mailFormatter('th', 'thai').list(['นายก', 'นางข', 'นางสาวค'])).toBe('นายก, นางข และนางสาวค');
    expect(mailFormatter('th', 'thai').list(['กองคลัง'])).toBe('กองคลัง');
    expect(mailFormatter('en', 'thai').list(['A', 'B'])).toBe('A and B');
    expect(mailFormatter('en', 'thai').list([])).toBe('');
  });
});

describe('organizationNames', () => {
  it('an อบต.: short name, address, ปลัด and นายก', () => {
    expect(organizationNames(SAMAI)).toEqual({
      full: 'องค์การบริหารส่วนตำบลสมัย',
      short: 'อบต.สมัย',
      address: 'อำเภอสบปราบ จังหวัดลำปาง',
      palat: 'ปลัดองค์การบริหารส่วนตำบลสมัย',
      nayok: 'นายกองค์การบริหารส่วนตำบลสมัย',
    });
  });

  it('a เทศบาล: นายกเทศมนตรี; the type read from the name when not given', () => {
    const names = organizationNames({ ...SAMAI, name: 'เทศบาลเมืองลำพูน', type: '', district: 'อำเภอเมืองลำพูน', province: 'จังหวัดลำพูน' });
    expect(names).toMatchObject({ short: 'ทม.ลำพูน', nayok: 'นายกเทศมนตรีเมืองลำพูน', palat: 'ปลัดเทศบาลเมืองลำพูน', address: 'อำเภอเมืองลำพูน จังหวัดลำพูน' });
  });

  it('Bangkok districts and unknown kinds of organisation are written as given', () => {
    expect(organizationNames({ ...SAMAI, name: 'สำนักงานเขตทดลอง', type: 'other', district: 'เขตบางรัก', province: 'กรุงเทพมหานคร' })).toMatchObject({
      short: 'สำนักงานเขตทดลอง',
      address: 'เขตบางรัก กรุงเทพมหานคร',
    });
  });
});
