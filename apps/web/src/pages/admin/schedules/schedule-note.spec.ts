import { describe, expect, it } from '@jest/globals';
import { noteText } from './schedule-note';

describe('schedule note', () => {
  it('says the API’s own notes in Thai', () => {
    expect(noteText('paused by admin@prongsai.local', 'th')).toBe('หยุดชั่วคราวโดย admin@prongsai.local');
    expect(noteText('unpaused by admin@prongsai.local', 'th')).toBe('เริ่มทำงานต่อโดย admin@prongsai.local');
    expect(noteText('unpaused by admin@prongsai.local', 'en')).toBe('unpaused by admin@prongsai.local');
  });

  it('keeps a note someone wrote as written', () => {
    expect(noteText('งดส่งสรุปช่วงปีใหม่', 'th')).toBe('งดส่งสรุปช่วงปีใหม่');
    expect(noteText('paused by the mayor because of the holiday', 'th')).toBe('paused by the mayor because of the holiday');
  });
});
