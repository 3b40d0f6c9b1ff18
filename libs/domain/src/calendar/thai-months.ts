/** A Thai month with its full name (มกราคม) and abbreviation (ม.ค.). */
export interface ThaiMonth {
  /** 1 = January (มกราคม) … 12 = December (ธันวาคม). */
  readonly number: number;
  readonly long: string;
  readonly short: string;
}

/** The twelve months in calendar order, as written in Thai government documents. */
export const THAI_MONTHS: readonly ThaiMonth[] = [
  { number: 1, long: 'มกราคม', short: 'ม.ค.' },
  { number: 2, long: 'กุมภาพันธ์', short: 'ก.พ.' },
  { number: 3, long: 'มีนาคม', short: 'มี.ค.' },
  { number: 4, long: 'เมษายน', short: 'เม.ย.' },
  { number: 5, long: 'พฤษภาคม', short: 'พ.ค.' },
  { number: 6, long: 'มิถุนายน', short: 'มิ.ย.' },
  { number: 7, long: 'กรกฎาคม', short: 'ก.ค.' },
  { number: 8, long: 'สิงหาคม', short: 'ส.ค.' },
  { number: 9, long: 'กันยายน', short: 'ก.ย.' },
  { number: 10, long: 'ตุลาคม', short: 'ต.ค.' },
  { number: 11, long: 'พฤศจิกายน', short: 'พ.ย.' },
  { number: 12, long: 'ธันวาคม', short: 'ธ.ค.' },
];

/** Common misspellings seen in typed documents, each with its month. */
const VARIANT_SPELLINGS: ReadonlyArray<readonly [string, number]> = [
  ['กุมภาพันธ', 2], // the final ์ left out
  ['กรกฏาคม', 7], // ฏ typed for ฎ
];

/** Removes what may vary in a written month name: dots, spaces, zero-width spaces. */
function squeeze(text: string): string {
  return text.replace(/[.\s\u200b]/g, '');
}

const LOOKUP: ReadonlyMap<string, number> = new Map<string, number>([
  ...THAI_MONTHS.flatMap((m): Array<[string, number]> => [
    [squeeze(m.long), m.number],
    [squeeze(m.short), m.number],
  ]),
  ...VARIANT_SPELLINGS.map(([name, month]): [string, number] => [name, month]),
]);

/**
 * Finds the month (1–12) named by a full Thai name or an abbreviation, ignoring dots and spaces:
 * "ตุลาคม", "ต.ค.", "ต.ค", "ตค", "ก.ย ." are all understood.
 *
 * @returns the month number, or `null` when the text is not a month name.
 */
export function parseThaiMonth(text: string): number | null {
  return LOOKUP.get(squeeze(text)) ?? null;
}

/**
 * The Thai name of a month, full ("ตุลาคม") or abbreviated ("ต.ค.").
 *
 * @throws RangeError when the month is not 1–12.
 */
export function thaiMonthName(month: number, style: 'long' | 'short' = 'long'): string {
  const found = THAI_MONTHS[month - 1];
  if (!Number.isInteger(month) || found === undefined) {
    throw new RangeError(`month must be 1–12, got ${month}`);
  }
  return style === 'long' ? found.long : found.short;
}

/**
 * A regular-expression source matching one written month name (full, abbreviated with or without
 * dots, or a known misspelling), for parsers that find months inside longer text. Use with
 * {@link parseThaiMonth} on the matched text.
 */
export function thaiMonthPatternSource(): string {
  const longNames = [...THAI_MONTHS.map((m) => m.long), ...VARIANT_SPELLINGS.map(([name]) => name)];
  const abbreviations = THAI_MONTHS.map((m) =>
    m.short
      .split('.')
      .filter((piece) => piece.length > 0)
      .join('\\s*\\.?\\s*')
      .concat('(?:\\s*\\.)?'),
  );
  // Longest first so that a full name is never cut short by an abbreviation.
  return [...longNames, ...abbreviations].sort((a, b) => b.length - a.length).join('|');
}
