import fc from 'fast-check';
import { THAI_COMBINING_MARK, breakLines, unbreakablePieces } from './thai-line-breaker';

/** One unit per character that takes room; the combining marks take none, as in a real font. */
const measure = (text: string) => [...text].filter((character) => !THAI_COMBINING_MARK.test(character)).length;
const STARTS_WITH_MARK = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
const words = (text: string) => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.segment);

describe('breakLines', () => {
  it('breaks Thai only between the words Intl.Segmenter finds', () => {
    const text = 'สำนักปลัดได้ดำเนินการติดตามประเมินผล';
    const lines = breakLines(text, 12, measure);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    const boundaries = new Set<number>();
    let at = 0;
    for (const word of words(text)) boundaries.add((at += word.length));
    let end = 0;
    for (const line of lines.slice(0, -1)) expect(boundaries.has((end += line.length))).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(12);
  });

  it('drops the space a line breaks at and keeps punctuation on its word', () => {
    expect(unbreakablePieces('๑. ตามมาตรา พ.ศ. ๒๕๖๘ ต่างๆ (ITA) “ร้องเรียน Online”').map((piece) => piece.text)).toEqual(
      ['๑.', 'ตาม', 'มาตรา', 'พ.ศ.', '๒๕๖๘', 'ต่างๆ', '(ITA)', '“ร้อง', 'เรียน', 'Online”'],
    );
    expect(breakLines('ดำเนินการ ติดตามผล', 9, measure)).toEqual(['ดำเนินการ', 'ติดตามผล']);
  });

  it('cuts a word wider than the line between grapheme clusters, never before a vowel or tone mark', () => {
    const url = 'https://www.samai.go.th/ita/2568/o28-feedback-channels.pdf';
    const lines = breakLines(`ดูที่ ${url}`, 10, measure);
    expect(lines.join('').replace(/ /g, '')).toBe(`ดูที่${url}`);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
    const thaiWord = breakLines('ปีงบประมาณที่ผ่านมาน้ำท่วม', 3, measure);
    for (const line of thaiWord) expect(line).not.toMatch(STARTS_WITH_MARK);
  });

  it('gives an empty line for an empty paragraph and no line for no text', () => {
    expect(breakLines('', 10, measure)).toEqual([]);
    expect(breakLines('หนึ่ง\n\nสอง', 10, measure)).toEqual(['หนึ่ง', '', 'สอง']);
  });

  it('honours a first-line indent', () => {
    const lines = breakLines('การดำเนินการ การดำเนินการ', 12, measure, { firstLineIndent: 4 });
    expect(lines[0]).toBe('การดำเนิน');
    for (const line of lines.slice(1)) expect(measure(line)).toBeLessThanOrEqual(12);
  });

  it('keeps every character, in order, and starts no line with a combining mark, for any words and width', () => {
    const vocabulary = ['น้ำ', 'ที่', 'ดำเนินการ', 'ผู้รับผิดชอบ', 'ปั้น', 'ญี่ปุ่น', 'ศึกษา', 'ต่างๆ', 'พ.ศ.', '๒๕๖๘', 'ITA', '(', ')', ' ', '๑.', 'ฯลฯ', 'สิ้น'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (parts, width) => {
        const text = parts.join('');
        const lines = breakLines(text, width, measure);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) {
          expect(line).not.toMatch(STARTS_WITH_MARK);
          expect(line).toBe(line.trim());
        }
      }),
    );
  });
});
