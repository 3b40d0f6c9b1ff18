/** How digits are written: Thai digits (๐–๙) or Arabic digits (0–9). */
export type DigitStyle = 'thai' | 'arabic';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const THAI_ZERO = 0x0e50;

/**
 * Writes every Arabic digit (0–9) of the text as a Thai digit (๐–๙); other characters are kept.
 *
 * @example toThaiDigits('23 ม.ค. 2566') === '๒๓ ม.ค. ๒๕๖๖'
 * @example toThaiDigits(2568) === '๒๕๖๘'
 */
export function toThaiDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (digit) => THAI_DIGITS[digit.charCodeAt(0) - 0x30]);
}

/**
 * Writes every Thai digit (๐–๙) of the text as an Arabic digit (0–9); other characters are kept.
 *
 * @example toArabicDigits('ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘') === 'ไตรมาส 1 ของปีงบประมาณ 2568'
 */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Separate thousands with commas ("๑,๒๓๔"); off by default. */
  readonly grouping?: boolean;
}

/**
 * Writes a finite number with Thai or Arabic digits, without exponent notation.
 *
 * @throws RangeError when the number is NaN or infinite.
 * @example formatNumber(2568, 'thai') === '๒๕๖๘'
 * @example formatNumber(1234.5, 'arabic', { grouping: true }) === '1,234.5'
 */
export function formatNumber(n: number, style: DigitStyle, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(n)) {
    throw new RangeError(`formatNumber needs a finite number, got ${n}`);
  }
  const sign = n < 0 ? '-' : '';
  const plain = Math.abs(n).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  const [whole, fraction] = plain.split('.');
  const grouped = options.grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const text = sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
  return style === 'thai' ? toThaiDigits(text) : text;
}
