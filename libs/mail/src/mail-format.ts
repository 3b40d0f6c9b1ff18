import {
  ORGANIZATION_TYPES,
  ORGANIZATION_TYPE_LABELS,
  beToCe,
  fiscalYearOf,
  formatNumber,
  formatThaiDate,
  organizationTypeFromName,
  parseIsoDate,
  type DigitStyle,
  type OrganizationType,
} from '@prongsai/domain';
import type { MailLanguage, MailOrganization, MailPeriodRef } from './mail.types';

/** How one mail writes numbers, dates, periods and lists: per language and the organisation's digits. */
export interface MailFormatter {
  readonly language: MailLanguage;
  /** A count or a number: "๗" / "7". */
  number(n: number): string;
  /** "๑๕ มกราคม ๒๕๖๘" / "15 January 2025". */
  date(iso: string): string;
  /** "๑๕ ม.ค. ๒๕๖๘" / "15 Jan 2025". */
  shortDate(iso: string): string;
  /** "ไตรมาสที่ ๑", "รอบ ๖ เดือน", "ขั้นตอนที่ ๒" / "Q1", "6-month round", "step 2". */
  period(period: MailPeriodRef): string;
  /** The period with its fiscal year: "ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๘" / "Q1 of fiscal year 2568 (2024–25)". */
  periodWithYear(period: MailPeriodRef): string;
  /** "พ.ศ. ๒๕๖๘" / "2568 (2024–25)". */
  fiscalYear(fiscalYearBe: number): string;
  /** "ก, ข และ ค" / "A, B and C". */
  list(items: readonly string[]): string;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PERIOD_KEY = /^(?:Q([1-4])|R(6|12)|step-([1-9][0-9]*))$/;

/** Tells whether a period key is one Prongsai uses: 'Q1'…'Q4', 'R6', 'R12', 'step-<n>'. */
export function isPeriodKey(key: string): boolean {
  return PERIOD_KEY.test(key);
}

function periodParts(key: string): { quarter?: number; round?: number; step?: number } {
  const match = PERIOD_KEY.exec(key);
  if (match === null) throw new RangeError(`not a period key (Q1…Q4, R6, R12, step-<n>): "${key}"`);
  if (match[1] !== undefined) return { quarter: Number(match[1]) };
  if (match[2] !== undefined) return { round: Number(match[2]) };
  return { step: Number(match[3]) };
}

/** The formatter of a mail in the given language, with the organisation's digits for Thai. */
export function mailFormatter(language: MailLanguage, numeralStyle: DigitStyle): MailFormatter {
  return language === 'th' ? thaiFormatter(numeralStyle) : englishFormatter();
}

function thaiFormatter(digits: DigitStyle): MailFormatter {
  const number = (n: number) => formatNumber(n, digits);
  const fiscalYear = (be: number) => `พ.ศ. ${number(be)}`;
  const period = (p: MailPeriodRef) => {
    const { quarter, round, step } = periodParts(p.key);
    if (quarter !== undefined) return `ไตรมาสที่ ${number(quarter)}`;
    if (round !== undefined) return `รอบ ${number(round)} เดือน`;
    return `ขั้นตอนที่ ${number(step ?? 0)}`;
  };
  return {
    language: 'th',
    number,
    date: (iso) => formatThaiDate(iso, { digits }),
    shortDate: (iso) => formatThaiDate(iso, { style: 'short', digits }),
    period,
    periodWithYear: (p) => `${period(p)} ปีงบประมาณ ${fiscalYear(fiscalYearOf(p.start))}`,
    fiscalYear,
    list: (items) => joinList(items, ' และ'),
  };
}

function englishFormatter(): MailFormatter {
  const fiscalYear = (be: number) => {
    const ce = beToCe(be);
    return `${be} (${ce - 1}–${String(ce).slice(-2)})`;
  };
  const period = (p: MailPeriodRef) => {
    const { quarter, round, step } = periodParts(p.key);
    if (quarter !== undefined) return `Q${quarter}`;
    if (round !== undefined) return `${round}-month round`;
    return `step ${step}`;
  };
  const date = (iso: string, monthLength?: number) => {
    const { year, month, day } = parseIsoDate(iso);
    return `${day} ${ENGLISH_MONTHS[month - 1].slice(0, monthLength)} ${year}`;
  };
  return {
    language: 'en',
    number: (n) => formatNumber(n, 'arabic'),
    date: (iso) => date(iso),
    shortDate: (iso) => date(iso, 3),
    period,
    periodWithYear: (p) => `${period(p)} of fiscal year ${fiscalYear(fiscalYearOf(p.start))}`,
    fiscalYear,
    list: (items) => joinList(items, ' and '),
  };
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

const TYPE_PREFIXES: Record<OrganizationType, string> = {
  sao: 'องค์การบริหารส่วนตำบล',
  subdistrict_municipality: 'เทศบาลตำบล',
  town_municipality: 'เทศบาลเมือง',
  city_municipality: 'เทศบาลนคร',
};

function organizationType(organization: MailOrganization): OrganizationType | undefined {
  return (ORGANIZATION_TYPES as readonly string[]).includes(organization.type)
    ? (organization.type as OrganizationType)
    : organizationTypeFromName(organization.name);
}

/** The place name of the organisation without its type: "องค์การบริหารส่วนตำบลสมัย" → "สมัย". */
function placeName(organization: MailOrganization, type: OrganizationType | undefined): string | undefined {
  const name = organization.name.trim();
  if (type === undefined) return undefined;
  for (const prefix of [TYPE_PREFIXES[type], ORGANIZATION_TYPE_LABELS[type].short]) {
    if (name.startsWith(prefix)) return name.slice(prefix.length).trim();
  }
  return undefined;
}

/** The names a mail gives the organisation and its executives. */
export interface OrganizationNames {
  /** "องค์การบริหารส่วนตำบลสมัย" (trimmed). */
  full: string;
  /** For subjects: "อบต.สมัย", "ทต.บ้านดู่"; the full name when its type is unknown. */
  short: string;
  /** "อำเภอสบปราบ จังหวัดลำปาง" (empty parts left out). */
  address: string;
  /** The chief administrator: "ปลัดองค์การบริหารส่วนตำบลสมัย", "ปลัดเทศบาลตำบลบ้านดู่". */
  palat: string;
  /** The chief executive: "นายกองค์การบริหารส่วนตำบลสมัย", "นายกเทศมนตรีตำบลบ้านดู่". */
  nayok: string;
}

/** The organisation's names as mail uses them. */
export function organizationNames(organization: MailOrganization): OrganizationNames {
  const full = organization.name.trim();
  const type = organizationType(organization);
  const place = placeName(organization, type);
  const short = type !== undefined && place ? `${ORGANIZATION_TYPE_LABELS[type].short}${place}` : full;
  const nayok = type !== undefined && type !== 'sao' && full.startsWith('เทศบาล') ? `นายกเทศมนตรี${full.slice('เทศบาล'.length)}` : `นายก${full}`;
  const district = withWord(organization.district, 'อำเภอ', ['อำเภอ', 'อ.', 'เขต']);
  const province = withWord(organization.province, 'จังหวัด', ['จังหวัด', 'จ.', 'กรุงเทพ']);
  return { full, short, address: [district, province].filter((part) => part !== '').join(' '), palat: `ปลัด${full}`, nayok };
}

function withWord(value: string, word: string, alreadyWritten: readonly string[]): string {
  const trimmed = value.trim();
  if (trimmed === '' || alreadyWritten.some((start) => trimmed.startsWith(start))) return trimmed;
  return `${word}${trimmed}`;
}
