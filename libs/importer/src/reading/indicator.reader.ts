import { toArabicDigits } from '@prongsai/domain';

/** ITA indicators are numbered 1 to 10. */
export const INDICATOR_MIN = 1;
export const INDICATOR_MAX = 10;

const INDICATOR_MENTION = /ตัวชี้วัด\s*(?:ที่)?\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])/;
/** "(ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ)" at the end of a measure's title. */
const INDICATOR_NOTE = /\s*[(（]\s*ตัวชี้วัด\s*(?:ที่)?\s*[0-9๐-๙]{1,2}[^()（）]*[)）]\s*$/;
const OIT_ITEM = /(?<![A-Za-z0-9])[Oo]\s?([0-9๐-๙]{1,2})(?![0-9๐-๙A-Za-z])/g;
const SECTION_HEADING = /^(?:[(]?[0-9๐-๙]{1,2}[).]\s*\S|มาตรการ|ตัวชี้วัด|ประเด็น|ด้านที่)/;

/** The indicator number a text names ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" → 9), or null; not range-checked. */
export function findIndicator(text: string): number | null {
  const found = INDICATOR_MENTION.exec(text);
  return found === null ? null : Number(toArabicDigits(found[1]));
}

/**
 * Reads an indicator column's cell: a number ("๙", "9") or a mention ("ตัวชี้วัดที่ ๙ …").
 *
 * @returns the number (not range-checked), or null when the cell names none.
 */
export function readIndicatorCell(text: string): number | null {
  const mention = findIndicator(text);
  if (mention !== null) return mention;
  const bare = /^\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])/.exec(text);
  return bare === null ? null : Number(toArabicDigits(bare[1]));
}

/** Tells whether a number is an ITA indicator (1–10). */
export function isIndicator(value: number): boolean {
  return Number.isInteger(value) && value >= INDICATOR_MIN && value <= INDICATOR_MAX;
}

/** Removes an indicator note in brackets from the end of a title; the indicator is kept on its own. */
export function withoutIndicatorNote(title: string): string {
  return title.replace(INDICATOR_NOTE, '').trim();
}

/** The OIT items a text names ("O42", "o 9"), as "O42", in order, without repeats. */
export function findOitItems(text: string): string[] {
  const items: string[] = [];
  for (const found of text.matchAll(OIT_ITEM)) {
    const item = `O${Number(toArabicDigits(found[1]))}`;
    if (!items.includes(item)) items.push(item);
  }
  return items;
}

/**
 * Tells whether a line between tables heads the rows under it: a numbered section ("๑) มาตรการ…"),
 * a line starting with มาตรการ / ตัวชี้วัด / ประเด็น, or any short line naming an indicator.
 */
export function isSectionHeading(line: string): boolean {
  if (line.length > 160) return false;
  return SECTION_HEADING.test(line) || findIndicator(line) !== null;
}
