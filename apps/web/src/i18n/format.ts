import type { Language } from './language';

const LOCALE: Record<Language, string> = { th: 'th-TH-u-ca-buddhist', en: 'en-GB' };

function dateOf(value: string): Date {
  // A plain ISO date is a Bangkok calendar day, not a UTC midnight.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value);
}

/** 23 ม.ค. 2566 (Thai) or 23 Jan 2023 (English); the long form spells the month out. */
export function formatDate(value: string | null | undefined, language: Language, style: 'short' | 'long' = 'short'): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: style, year: 'numeric', timeZone: 'Asia/Bangkok' }).format(dateOf(value));
}

/** 23 ม.ค. 2566 14:05 */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Bangkok',
  }).format(dateOf(value));
}

/** Today in Bangkok as an ISO date. */
export function todayInBangkok(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
}

/** Whole days from today (Bangkok) to an ISO date: negative when past. */
export function daysFromToday(isoDate: string): number {
  const today = Date.parse(`${todayInBangkok()}T00:00:00Z`);
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - today) / 86_400_000);
}

const PERIOD_TH: Record<string, string> = { Q1: 'ไตรมาส 1', Q2: 'ไตรมาส 2', Q3: 'ไตรมาส 3', Q4: 'ไตรมาส 4', R6: 'รอบ 6 เดือน', R12: 'รอบ 12 เดือน' };
const PERIOD_EN: Record<string, string> = { Q1: 'Quarter 1', Q2: 'Quarter 2', Q3: 'Quarter 3', Q4: 'Quarter 4', R6: '6-month round', R12: '12-month round' };

/** Q1 → ไตรมาส 1, R6 → รอบ 6 เดือน, step-2 → ขั้นตอนที่ 2. */
export function periodLabel(periodKey: string | null | undefined, language: Language): string {
  if (!periodKey) return '';
  const step = /^step-(\d+)$/.exec(periodKey);
  if (step) return language === 'th' ? `ขั้นตอนที่ ${step[1]}` : `Step ${step[1]}`;
  return (language === 'th' ? PERIOD_TH : PERIOD_EN)[periodKey] ?? periodKey;
}

/** The fiscal year in the reader's era: ปีงบประมาณ 2570, or FY 2570 (2027). */
export function fiscalYearLabel(yearBe: number, language: Language): string {
  return language === 'th' ? `ปีงบประมาณ พ.ศ. ${yearBe}` : `Fiscal year ${yearBe} BE (${yearBe - 543})`;
}

/** The fiscal year (BE) that today falls in: from 1 October. */
export function currentFiscalYearBe(): number {
  const [year, month] = todayInBangkok().split('-').map(Number);
  return (month >= 10 ? year + 1 : year) + 543;
}
