import { ceToBe } from './buddhist-era';
import { IsoDate, parseIsoDate } from './iso-date';
import { DigitStyle, toThaiDigits } from './thai-numerals';
import { thaiMonthName } from './thai-months';

/** Options of {@link formatThaiDate}. */
export interface ThaiDateFormat {
  /** 'long': "๒๓ มกราคม ๒๕๖๖"; 'short': "๒๓ ม.ค. ๒๕๖๖". Default 'long'. */
  readonly style?: 'long' | 'short';
  /** Thai (๒๓) or Arabic (23) digits. Default 'thai', as in official documents. */
  readonly digits?: DigitStyle;
}

/**
 * Writes a date the Thai way: day, Thai month name, Buddhist Era year.
 *
 * @example formatThaiDate('2023-01-23') === '๒๓ มกราคม ๒๕๖๖'
 * @example formatThaiDate('2023-01-23', { style: 'short', digits: 'arabic' }) === '23 ม.ค. 2566'
 * @throws RangeError when the date is not a real 'YYYY-MM-DD' date.
 */
export function formatThaiDate(date: IsoDate, format: ThaiDateFormat = {}): string {
  const { year, month, day } = parseIsoDate(date);
  const text = `${day} ${thaiMonthName(month, format.style ?? 'long')} ${ceToBe(year)}`;
  return (format.digits ?? 'thai') === 'thai' ? toThaiDigits(text) : text;
}
