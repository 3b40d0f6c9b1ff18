import { splitSteps } from './steps.splitter';

describe('splitting a steps cell into steps', () => {
  it('splits "๑. … ๒. …" written inline, as PDF copies are', () => {
    expect(splitSteps(['๑.ดำเนินการจัดทำคู่มือ ใน รูปแบบ Infographic ๒. เผยแพร่คู่มือ ๓. แจงเวียนให้บุคลากร'])).toEqual({
      steps: ['ดำเนินการจัดทำคู่มือ ใน รูปแบบ Infographic', 'เผยแพร่คู่มือ', 'แจงเวียนให้บุคลากร'],
      firstNumber: 1,
    });
  });

  it('keeps "- " sub-items on their lines inside the numbered step above them', () => {
    expect(splitSteps(['๑. จัดทำคู่มือ', '๒. เผยแพร่คู่มือ ผ่าน', '- เว็บไซต์ อบต.', '- เฟสบุ๊ก']).steps).toEqual(['จัดทำคู่มือ', 'เผยแพร่คู่มือ ผ่าน - เว็บไซต์ อบต. - เฟสบุ๊ก']);
  });

  it('lets a continuation row start at its own number', () => {
    expect(splitSteps(['๙. กำหนดนโยบาย No Gift Policy', '๑๐. ใช้บัตรอวยพร'])).toEqual({ steps: ['กำหนดนโยบาย No Gift Policy', 'ใช้บัตรอวยพร'], firstNumber: 9 });
  });

  it('does not split at numbers that are not the next step: dates, years, amounts', () => {
    expect(splitSteps(['๑. ประชุมวันที่ ๑ ต.ค.๖๗ ครั้งที่ ๓. แล้ว ๒. รายงานผล ภายใน ๗ วัน']).steps).toEqual(['ประชุมวันที่ ๑ ต.ค.๖๗ ครั้งที่ ๓. แล้ว', 'รายงานผล ภายใน ๗ วัน']);
  });

  it('keeps an introduction before "๑." as a step of its own', () => {
    expect(splitSteps(['ดำเนินการดังนี้ 1) สำรวจ 2) สรุป']).steps).toEqual(['ดำเนินการดังนี้', 'สำรวจ', 'สรุป']);
  });

  it('splits "- " bullet lines when nothing is numbered, and takes an unnumbered cell as one step', () => {
    expect(splitSteps(['- ปิดประกาศ', 'ณ สำนักงาน', '- เผยแพร่ทางเว็บไซต์']).steps).toEqual(['ปิดประกาศ ณ สำนักงาน', 'เผยแพร่ทางเว็บไซต์']);
    expect(splitSteps(['- เปิดเผยข้อมูลตาม พ.ร.บ.', 'ข้อมูลข่าวสาร'])).toEqual({ steps: ['เปิดเผยข้อมูลตาม พ.ร.บ. ข้อมูลข่าวสาร'], firstNumber: null });
    expect(splitSteps([])).toEqual({ steps: [], firstNumber: null });
  });
});
