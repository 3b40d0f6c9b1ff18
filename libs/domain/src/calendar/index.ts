// Fiscal calendar and Thai text utilities: pure and deterministic, safe to import from workflows.
export { BE_OFFSET, BE_YEAR_MAX, BE_YEAR_MIN, beToCe, ceToBe, expandYear } from './buddhist-era';
export {
  FISCAL_YEAR_FIRST_MONTH,
  fiscalMonth,
  fiscalYearOf,
  fiscalYearRange,
  quarterOf,
  quarterRange,
  reportingPeriods,
  roundRange,
} from './fiscal-year';
export type { Quarter, ReportingCadence, ReportingPeriod, ReportingPeriodKey, RoundMonths } from './fiscal-year';
export {
  addDays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isValidDate,
  monthRange,
  parseIsoDate,
  toIsoDate,
} from './iso-date';
export type { DateParts, DateRange, IsoDate } from './iso-date';
export { parsePeriodPhrase } from './period-phrase';
export type { PeriodParseResult } from './period-phrase';
export { formatThaiDate } from './thai-dates';
export type { ThaiDateFormat } from './thai-dates';
export { parseThaiMonth, THAI_MONTHS, thaiMonthName } from './thai-months';
export type { ThaiMonth } from './thai-months';
export { formatNumber, toArabicDigits, toThaiDigits } from './thai-numerals';
export type { DigitStyle, FormatNumberOptions } from './thai-numerals';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';
