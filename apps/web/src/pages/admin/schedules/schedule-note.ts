import type { Language } from '../../../i18n/language';

/**
 * A schedule's note for the reader. Without a note of their own, the API writes "paused by
 * <email>" or "unpaused by <email>" in English: say it in the reader's language.
 */
export function noteText(note: string, language: Language): string {
  const automatic = /^(un)?paused by (\S+)$/.exec(note.trim());
  if (!automatic || language === 'en') return note;
  return automatic[1] ? `เริ่มทำงานต่อโดย ${automatic[2]}` : `หยุดชั่วคราวโดย ${automatic[2]}`;
}
