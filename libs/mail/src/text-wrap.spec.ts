import { displayWidth, padToWidth, wrapText } from './text-wrap';

const THAI_WORDS = new Intl.Segmenter('th', { granularity: 'word' });

describe('displayWidth', () => {
  it('counts Thai vowel and tone marks as taking no column', () => {
    expect(displayWidth('กำหนดส่ง')).toBe(7);
    expect(displayWidth('ผู้ใหญ่บ้าน')).toBe(7);
    expect(displayWidth('Q1 ๒๕๖๘')).toBe(7);
    expect(padToWidth('ผู้', 3)).toBe('ผู้  ');
  });
});

describe('wrapText', () => {
  it('wraps English at spaces within the width', () => {
    const text = 'Please sign in to acknowledge the assignment and name the officers who will carry out the measure.';
    const lines = wrapText(text, { width: 30 }).split('\n');
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('wraps Thai between words, never inside one, and loses no character', () => {
    const text =
      'ขอแจ้งให้ทราบว่า ระบบได้เปิดให้รายงานผลการดำเนินการ ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๘ ของมาตรการที่ ๓ แล้ว โปรดรายงานผลการดำเนินการพร้อมแนบเอกสารหลักฐานภายในกำหนด';
    const wrapped = wrapText(text, { width: 40 });
    const lines = wrapped.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((line) => displayWidth(line) <= 40)).toBe(true);
    expect(wrapped.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    // Every break falls on a word boundary of the original text.
    const boundaries = new Set([...THAI_WORDS.segment(text)].map(({ index }) => index));
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at = text.indexOf(line, at) + line.length;
      while (text[at] === ' ') at += 1;
      expect(boundaries.has(at)).toBe(true);
    }
  });

  it('never breaks inside a kept text; one too wide for any line stays on its line', () => {
    const title = 'การจัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่ และหลักการให้บริการด้วยความเท่าเทียมและเสมอภาค';
    const wrapped = wrapText(`มาตรการที่ ๑ ${title} ไตรมาสที่ ๑`, { width: 40, keepTogether: [title] });
    expect(wrapped.split('\n')).toEqual([`มาตรการที่ ๑ ${title}`, 'ไตรมาสที่ ๑']);
    const name = 'นางสาวมาลี ตรวจบัญชี';
    for (const width of [20, 25, 30, 35]) expect(wrapText(`เจ้าหน้าที่ผู้รับผิดชอบ ${name} และนายวีระ พัสดุดี`, { width, keepTogether: [name] })).toContain(name);
  });

  it('prints prefixes and keeps existing line breaks', () => {
    expect(wrapText('one two three four\nfive', { width: 10, firstPrefix: '• ', restPrefix: '  ' })).toBe('• one two\n  three\n  four\n  five');
  });
});
