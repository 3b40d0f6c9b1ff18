import { csvField, csvRecord, csvText } from './csv-record';

describe('csvField', () => {
  it.each([
    ['plain Thai', 'กองคลัง', 'กองคลัง'],
    ['a comma', 'กองคลัง, สำนักปลัด', '"กองคลัง, สำนักปลัด"'],
    ['quotes, doubled', 'หัวข้อ "ร้องเรียน"', '"หัวข้อ ""ร้องเรียน"""'],
    ['a line feed', '๑. ก\n๒. ข', '"๑. ก\n๒. ข"'],
    ['a carriage return', 'ก\rข', '"ก\rข"'],
    ['space at either end', ' ก ', '" ก "'],
    ['nothing', '', ''],
  ])('writes %s as RFC 4180 asks', (_what, value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('joins fields with commas, and a text with CRLF after a byte order mark', () => {
    expect(csvRecord(['ก', 'ข,ค', ''])).toBe('ก,"ข,ค",');
    expect(csvText([['ก'], ['ข']])).toBe('\ufeffก\r\nข\r\n');
  });
});
