import { beToCe, ceToBe, expandYear } from './buddhist-era';
import { fiscalMonth, fiscalYearRange, quarterRange, Quarter, roundRange } from './fiscal-year';
import { compareIsoDates, DateRange, daysInMonth, IsoDate, monthRange, toIsoDate } from './iso-date';
import { thaiMonthName, parseThaiMonth, thaiMonthPatternSource } from './thai-months';
import { toArabicDigits } from './thai-numerals';

/**
 * What {@link parsePeriodPhrase} read: the first and last day of the period, or why it could not
 * read the text (in Thai, then English).
 */
export type PeriodParseResult = { ok: true; start: IsoDate; end: IsoDate } | { ok: false; reason: string };

type Failure = { ok: false; reason: string };

/** A year written after a month: a calendar year (ปี พ.ศ.) or a fiscal year (ปีงบประมาณ). */
type YearSpec = { readonly calendar: number } | { readonly fiscal: number } | undefined;

/** One side of a period phrase, before years are shared between the sides. */
type Part =
  | { readonly kind: 'number'; readonly value: number; readonly digits: string; readonly fiscal?: number }
  | { readonly kind: 'date'; readonly day: number; readonly month: number; readonly year: YearSpec }
  | { readonly kind: 'month'; readonly month: number; readonly year: YearSpec }
  | { readonly kind: 'quarter'; readonly quarter: number; readonly fiscal?: number }
  | { readonly kind: 'round'; readonly months: number; readonly half?: 'first' | 'second'; readonly fiscal?: number }
  | { readonly kind: 'fiscal-year'; readonly fiscal?: number };

const MONTH = `(?<month>${thaiMonthPatternSource()})`;
const ERA = 'พ\\s*\\.?\\s*ศ\\s*\\.?';
/** "ปีงบประมาณ", "ปี งบประมาณ", "ปีงบ.", optionally after "ของ". */
const FISCAL_WORD = '(?:ของ\\s*)?ปี\\s*งบ(?:ประมาณ)?\\.?';
/** A fiscal year after a month: "ของปีงบประมาณ พ.ศ. ๒๕๖๘". */
const MONTH_FISCAL_YEAR = `${FISCAL_WORD}\\s*(?:${ERA}\\s*)?(?<fiscal>\\d+)`;
/** A calendar year after a month: "๖๘", "๒๕๖๘", "พ.ศ. ๒๕๖๘", "ปี ๖๘". */
const MONTH_CALENDAR_YEAR = `(?:ปี\\s*)?(?:${ERA}\\s*)?(?<calendar>\\d+)`;
const MONTH_YEAR = `(?:\\s*(?:${MONTH_FISCAL_YEAR}|${MONTH_CALENDAR_YEAR}))?`;
/** The fiscal year after a quarter or round: "ของปีงบประมาณ ๒๕๖๘", "ปี ๒๕๖๘", "/๒๕๖๘", "พ.ศ. ๒๕๖๘". */
const PERIOD_FISCAL_YEAR = `(?:\\s*(?:(?:${FISCAL_WORD}|(?:ของ\\s*)?ปี)\\s*(?:${ERA}\\s*)?|/\\s*|${ERA}\\s*)(?<fiscal>\\d+))?`;

const PATTERNS = {
  date: new RegExp(`^(?:วันที่\\s*)?(?<day>\\d+)\\s*(?:เดือน\\s*)?${MONTH}${MONTH_YEAR}$`),
  month: new RegExp(`^(?:เดือน\\s*)?${MONTH}${MONTH_YEAR}$`),
  quarter: new RegExp(`^ไตรมาส\\s*(?:ที่\\s*)?(?<quarter>\\d+)${PERIOD_FISCAL_YEAR}$`),
  round: new RegExp(`^รอบ\\s*(?<months>\\d+)\\s*เดือน\\s*(?<half>แรก|หลัง)?${PERIOD_FISCAL_YEAR}$`),
  number: new RegExp(`^(?:วันที่|ที่)?\\s*(?<value>\\d+)${PERIOD_FISCAL_YEAR}$`),
  fiscalYear: new RegExp(`^(?:ตลอด(?:ทั้ง)?|ทั้ง)?\\s*ปี\\s*งบ(?:ประมาณ)?\\.?(?:\\s*(?:${ERA}\\s*)?(?<fiscal>\\d+))?$`),
  /** Phrases meaning the whole of the given fiscal year. */
  wholeYear: /^(?:ตลอด(?:ทั้ง)?ปี|ทั้งปี|ทุกไตรมาส|ทุกเดือน|ทุก\s*6\s*เดือน)$/,
  /** Words before a part that do not change its meaning ("ภายในเดือนมีนาคม" is the month of March). */
  leadingFiller: /^(?:ตั้งแต่|ระหว่าง|ภายใน|เมื่อ|ประจำ)\s*/,
};

function fail(thai: string, english: string): Failure {
  return { ok: false, reason: `${thai} / ${english}` };
}

function unreadable(text: string): Failure {
  return fail(`อ่านช่วงเวลาไม่ได้: "${text}"`, `cannot read the period "${text}"`);
}

/** Thai digits to Arabic, HTML line breaks and odd spaces to spaces, every dash and "ถึง" to " - ". */
function normalize(text: string): string {
  return toArabicDigits(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\u0e4d\u0e32/g, '\u0e33') // ํ + า typed for ำ
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2212-]/g, ' - ')
    .replace(/(?:จน)?ถึง/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a year, two-digit years as 25xx; a failure when it is not a Buddhist Era year. */
function readYear(digits: string): number | Failure {
  const year = expandYear(digits);
  return year ?? fail(`ปี "${digits}" ไม่ใช่ปี พ.ศ.`, `the year "${digits}" is not a Buddhist Era year`);
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

function readOptionalYear(digits: string | undefined): number | undefined | Failure {
  return digits === undefined ? undefined : readYear(digits);
}

function readMonthYear(groups: Record<string, string | undefined>): YearSpec | Failure {
  const fiscal = readOptionalYear(groups.fiscal);
  if (isFailure(fiscal)) return fiscal;
  const calendar = readOptionalYear(groups.calendar);
  if (isFailure(calendar)) return calendar;
  if (fiscal !== undefined) return { fiscal };
  if (calendar !== undefined) return { calendar };
  return undefined;
}

function readMonth(text: string): number {
  const month = parseThaiMonth(text);
  if (month === null) {
    throw new Error(`month pattern matched "${text}" but parseThaiMonth did not read it`);
  }
  return month;
}

/** Reads one side of a phrase; `null` when it has none of the known forms. */
function readPart(raw: string): Part | Failure | null {
  let text = raw.trim();
  while (PATTERNS.leadingFiller.test(text)) {
    text = text.replace(PATTERNS.leadingFiller, '');
  }
  if (PATTERNS.wholeYear.test(text)) {
    return { kind: 'fiscal-year' };
  }
  let m = PATTERNS.date.exec(text);
  if (m?.groups) {
    const year = readMonthYear(m.groups);
    if (isFailure(year)) return year;
    return { kind: 'date', day: Number(m.groups.day), month: readMonth(m.groups.month ?? ''), year };
  }
  m = PATTERNS.month.exec(text);
  if (m?.groups) {
    const year = readMonthYear(m.groups);
    if (isFailure(year)) return year;
    return { kind: 'month', month: readMonth(m.groups.month ?? ''), year };
  }
  const withFiscal = (match: RegExpExecArray): { fiscal?: number } | Failure => {
    const fiscal = readOptionalYear(match.groups?.fiscal);
    if (isFailure(fiscal)) return fiscal;
    return fiscal === undefined ? {} : { fiscal };
  };
  m = PATTERNS.quarter.exec(text);
  if (m?.groups) {
    const fiscal = withFiscal(m);
    if (isFailure(fiscal)) return fiscal;
    return { kind: 'quarter', quarter: Number(m.groups.quarter), ...fiscal };
  }
  m = PATTERNS.round.exec(text);
  if (m?.groups) {
    const fiscal = withFiscal(m);
    if (isFailure(fiscal)) return fiscal;
    const half = m.groups.half === undefined ? undefined : m.groups.half === 'แรก' ? 'first' : 'second';
    return { kind: 'round', months: Number(m.groups.months), ...(half ? { half } : {}), ...fiscal };
  }
  m = PATTERNS.fiscalYear.exec(text);
  if (m) {
    const fiscal = withFiscal(m);
    if (isFailure(fiscal)) return fiscal;
    return { kind: 'fiscal-year', ...fiscal };
  }
  m = PATTERNS.number.exec(text);
  if (m?.groups) {
    const fiscal = withFiscal(m);
    if (isFailure(fiscal)) return fiscal;
    return { kind: 'number', value: Number(m.groups.value), digits: m.groups.value ?? '', ...fiscal };
  }
  return null;
}

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The Common Era year and month a month part names. */
function calendarMonthOf(month: number, year: YearSpec, fiscalYearBe: number): { year: number; month: number } {
  if (year === undefined) return fiscalMonth(fiscalYearBe, month);
  if ('fiscal' in year) return fiscalMonth(year.fiscal, month);
  return { year: beToCe(year.calendar), month };
}

/** The days one part covers on its own; a failure when it names no real period. */
function resolvePart(part: Part, fiscalYearBe: number, text: string): DateRange | Failure {
  switch (part.kind) {
    case 'number':
      return unreadable(text);
    case 'date': {
      const { year, month } = calendarMonthOf(part.month, part.year, fiscalYearBe);
      if (part.day < 1 || part.day > daysInMonth(year, month)) {
        return fail(
          `ไม่มีวันที่ ${part.day} ในเดือน${thaiMonthName(month)} ${ceToBe(year)}: "${text}"`,
          `${ENGLISH_MONTHS[month - 1]} ${year} has no day ${part.day}: "${text}"`,
        );
      }
      const day = toIsoDate(year, month, part.day);
      return { start: day, end: day };
    }
    case 'month': {
      const { year, month } = calendarMonthOf(part.month, part.year, fiscalYearBe);
      return monthRange(year, month);
    }
    case 'quarter':
      if (part.quarter < 1 || part.quarter > 4) {
        return fail(`ไม่มีไตรมาสที่ ${part.quarter}: "${text}"`, `there is no quarter ${part.quarter}: "${text}"`);
      }
      return quarterRange(part.fiscal ?? fiscalYearBe, part.quarter as Quarter);
    case 'round': {
      const fiscal = part.fiscal ?? fiscalYearBe;
      if (part.months === 6) {
        if (part.half === 'second') {
          return { start: quarterRange(fiscal, 3).start, end: quarterRange(fiscal, 4).end };
        }
        return roundRange(fiscal, 6);
      }
      if (part.months === 12 && part.half === undefined) {
        return roundRange(fiscal, 12);
      }
      return fail(
        `ไม่มีรอบ ${part.months} เดือน${part.half === 'first' ? 'แรก' : part.half === 'second' ? 'หลัง' : ''} (มีรอบ ๖ และ ๑๒ เดือน): "${text}"`,
        `there is no such ${part.months}-month round (rounds are 6 and 12 months): "${text}"`,
      );
    }
    case 'fiscal-year':
      return fiscalYearRange(part.fiscal ?? fiscalYearBe);
  }
}

type CalendarPart = Extract<Part, { kind: 'date' | 'month' }>;
type FiscalPart = Extract<Part, { kind: 'quarter' | 'round' | 'fiscal-year' }>;

function isCalendarPart(part: Part): part is CalendarPart {
  return part.kind === 'date' || part.kind === 'month';
}

function isFiscalPart(part: Part): part is FiscalPart {
  return part.kind === 'quarter' || part.kind === 'round' || part.kind === 'fiscal-year';
}

/**
 * Gives a bare number its meaning from the other side: "๑ – ๑๕ ต.ค. ๖๗" (a day of the same month),
 * "ไตรมาส ๑ – ๓" (a quarter), "ปีงบประมาณ ๒๕๖๗ – ๒๕๖๘" (a fiscal year).
 */
function explainNumbers(first: Part, last: Part): [Part, Part] | Failure {
  if (first.kind === 'number' && last.kind === 'date' && first.fiscal === undefined) {
    return [{ kind: 'date', day: first.value, month: last.month, year: last.year }, last];
  }
  if (last.kind === 'number' && first.kind === 'quarter') {
    return [first, { kind: 'quarter', quarter: last.value, ...(last.fiscal === undefined ? {} : { fiscal: last.fiscal }) }];
  }
  if (last.kind === 'number' && first.kind === 'fiscal-year' && last.fiscal === undefined) {
    const fiscal = readYear(last.digits);
    if (isFailure(fiscal)) return fiscal;
    return [first, { kind: 'fiscal-year', fiscal }];
  }
  return [first, last];
}

/** Reads "A – B": years written on one side only apply to both, then A's first day to B's last. */
function resolveRange(firstPart: Part, lastPart: Part, fiscalYearBe: number, text: string): PeriodParseResult {
  const explained = explainNumbers(firstPart, lastPart);
  if (isFailure(explained)) return explained;
  let [first, last] = explained;
  let sharedYear = false;
  if (isCalendarPart(first) && isCalendarPart(last)) {
    if (first.year === undefined && last.year !== undefined) {
      first = { ...first, year: last.year };
      sharedYear = true;
    } else if (last.year === undefined && first.year !== undefined) {
      last = { ...last, year: first.year };
      sharedYear = true;
    }
  } else if (isFiscalPart(first) && isFiscalPart(last)) {
    if (first.fiscal === undefined && last.fiscal !== undefined) {
      first = { ...first, fiscal: last.fiscal };
    } else if (last.fiscal === undefined && first.fiscal !== undefined) {
      last = { ...last, fiscal: first.fiscal };
    }
  } else if (first.kind !== 'number' && last.kind !== 'number') {
    return fail(
      `ช่วงเวลาที่เริ่มและจบด้วยหน่วยต่างกัน (วัน/เดือน กับ ไตรมาส/รอบ/ปีงบประมาณ) อ่านไม่ได้: "${text}"`,
      `a period mixing days or months with quarters, rounds or fiscal years cannot be read: "${text}"`,
    );
  } else {
    return unreadable(text);
  }
  const from = resolvePart(first, fiscalYearBe, text);
  if (isFailure(from)) return from;
  const to = resolvePart(last, fiscalYearBe, text);
  if (isFailure(to)) return to;
  if (compareIsoDates(to.start, from.start) < 0 || compareIsoDates(to.end, from.end) < 0) {
    return fail(
      `ช่วงเวลาสิ้นสุดก่อนเริ่มต้น: "${text}"${sharedYear ? ' (ปีที่เขียนไว้ฝั่งเดียวใช้กับทั้งสองฝั่ง ให้เขียนปีกำกับทั้งสองฝั่ง)' : ''}`,
      `the period ends before it starts: "${text}"${sharedYear ? ' (a year written on one side applies to both; write the year on both sides)' : ''}`,
    );
  }
  return { ok: true, start: from.start, end: to.end };
}

/**
 * Reads a period as written in the period columns of Thai integrity-measure reports
 * (ช่วงระยะเวลา / ระยะเวลาดำเนินการ / กำหนดเสร็จ) and returns its first and last day.
 *
 * Thai or Arabic digits; two-digit (๖๗ = 2567) or four-digit Buddhist Era years; any dash, "ถึง"
 * or "จนถึง" between the two sides; "วันที่", "เดือน", "พ.ศ.", "ของปีงบประมาณ", "ตั้งแต่",
 * "ระหว่าง", "ภายใน", "ประจำ" may be written or left out; HTML tags count as spaces.
 *
 * - A quarter, round or fiscal year without a year is in `fiscalYearBe`; a year after one is a
 *   fiscal year: "ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘" → 2024-10-01 … 2024-12-31.
 * - A month stands for the whole month: "พ.ค.๖๕" → 2022-05-01 … 2022-05-31. A year after a month
 *   is a calendar year ("ตุลาคม ๒๕๖๘" is October 2025) unless written as a fiscal year
 *   ("ตุลาคม ปีงบประมาณ ๒๕๖๘" is October 2024). A month without a year is the one inside
 *   `fiscalYearBe` (October–December in the year before).
 * - "ภายใน…" (by …) reads as the period it names: "ภายในเดือนมีนาคม ๒๕๖๘" starts on 1 March.
 * - "ตลอดปีงบประมาณ", "ตลอดปี", "ทั้งปี", "ทุกไตรมาส", "ทุกเดือน", "ทุก ๖ เดือน" are the whole fiscal year;
 *   "รอบ ๖ เดือน(แรก)" is October–March, "รอบ ๖ เดือนหลัง" April–September, "รอบ ๑๒ เดือน" the year.
 * - "A – B" runs from A's first day to B's last; a year written on one side only applies to both.
 *
 * Never guesses: anything else, or a period that cannot exist (31 September, ending before it
 * starts), comes back as `{ ok: false, reason }` with the reason in Thai and English.
 */
export function parsePeriodPhrase(text: string, fiscalYearBe: number): PeriodParseResult {
  if (!Number.isInteger(fiscalYearBe) || fiscalYearBe < 2400 || fiscalYearBe > 2999) {
    return fail(
      `ปีงบประมาณ ${fiscalYearBe} ไม่ใช่ปี พ.ศ.`,
      `the fiscal year ${fiscalYearBe} is not a Buddhist Era year such as 2568`,
    );
  }
  const shown = text.replace(/\s+/g, ' ').trim();
  const normalized = normalize(text);
  if (normalized === '') {
    return fail('ไม่ได้ระบุช่วงเวลา', 'no period given');
  }
  const sides = normalized.split(' - ');
  if (sides.length > 2 || sides.some((side) => side.trim() === '')) {
    return unreadable(shown);
  }
  const parts: Part[] = [];
  for (const side of sides) {
    const part = readPart(side);
    if (part === null) return unreadable(shown);
    if (isFailure(part)) return part;
    parts.push(part);
  }
  const [first, last] = parts;
  if (last === undefined) {
    const range = resolvePart(first, fiscalYearBe, shown);
    return isFailure(range) ? range : { ok: true, start: range.start, end: range.end };
  }
  return resolveRange(first, last, fiscalYearBe, shown);
}
