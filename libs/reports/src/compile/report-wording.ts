import {
  ceToBe,
  daysInMonth,
  formatNumber,
  formatThaiDate,
  ORGANIZATION_TYPE_LABELS,
  parseIsoDate,
  thaiMonthName,
  toArabicDigits,
  toThaiDigits,
  type DigitStyle,
} from '@prongsai/domain';
import type { RoundKey } from '../round-report.types';
import type { RoundReportOrganization } from './round-report-input';

// The words of a round report as the published reports write them. Pure functions of their input.

/** The seven columns of the official table, in order. */
export const ROUND_REPORT_COLUMNS: [string, string, string, string, string, string, string] = [
  'ลำดับที่',
  'มาตรการ/กิจกรรม',
  'ขั้นตอน/วิธีการปฏิบัติ',
  'ระยะเวลาดำเนินการ',
  'ผู้รับผิดชอบ',
  'สรุปผลการดำเนินการ',
  'ผลลัพธ์หรือความสำเร็จ',
];

/** What the owners column says when every division owns a measure. */
export const ALL_DIVISIONS_TEXT = 'ทุกกอง/สำนัก';

/** The name of the measures every report cites: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน… */
export const MEASURES_NAME = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส';

/**
 * Text that keeps its digits whatever the organisation writes: web addresses, e-mail addresses and
 * codes mixing Latin letters and digits ("O42", "ISO9001", "4G"), which would break or read wrong.
 */
const KEEP_DIGITS =
  /((?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z]+[0-9][a-z0-9]*|[0-9]+[a-z][a-z0-9]*)|[0-9๐-๙]+/giu;

/**
 * Writes the digits of a text in the organisation's style: Thai (๐–๙) or Arabic (0–9), leaving
 * web addresses, e-mail addresses and Latin codes such as "O42" as they are.
 *
 * @example localizeDigits('ปี 2568 ข้อ O42 www.a1.go.th', 'thai') === 'ปี ๒๕๖๘ ข้อ O42 www.a1.go.th'
 */
export function localizeDigits(text: string, style: DigitStyle): string {
  return text.replace(KEEP_DIGITS, (match: string, kept: string | undefined) =>
    kept !== undefined ? kept : style === 'thai' ? toThaiDigits(match) : toArabicDigits(match),
  );
}

/** "รอบ ๖ เดือน", "รอบ ๑๒ เดือน", "ไตรมาสที่ ๑" … */
export function roundLabel(round: RoundKey, style: DigitStyle): string {
  switch (round) {
    case 'R6':
      return `รอบ ${formatNumber(6, style)} เดือน`;
    case 'R12':
      return `รอบ ${formatNumber(12, style)} เดือน`;
    case 'Q1':
    case 'Q2':
    case 'Q3':
    case 'Q4':
      return `ไตรมาสที่ ${formatNumber(Number(round.slice(1)), style)}`;
    default:
      throw new RangeError(`a round is Q1–Q4, R6 or R12, got ${String(round)}`);
  }
}

/** The organisation's full name: "สมัย" of an อบต. → "องค์การบริหารส่วนตำบลสมัย"; "อบต.สมัย" likewise. */
export function organizationFullName(organization: Pick<RoundReportOrganization, 'name' | 'type'>): string {
  const name = organization.name.trim();
  const labels = Object.values(ORGANIZATION_TYPE_LABELS);
  if (labels.some(({ th }) => name.startsWith(th))) return name;
  const abbreviated = labels.find(({ short }) => name.startsWith(short));
  if (abbreviated !== undefined) return `${abbreviated.th}${name.slice(abbreviated.short.length).trim()}`;
  return `${ORGANIZATION_TYPE_LABELS[organization.type].th}${name}`;
}

/**
 * Who approves the measures: "นายกองค์การบริหารส่วนตำบลสมัย"; for a เทศบาล the mayor,
 * "นายกเทศมนตรีตำบลบ้านใหม่" (เทศบาลตำบล / เมือง / นคร → นายกเทศมนตรีตำบล / เมือง / นคร).
 */
export function executiveTitle(organization: Pick<RoundReportOrganization, 'name' | 'type'>): string {
  const fullName = organizationFullName(organization);
  return fullName.startsWith('เทศบาล') ? fullName.replace(/^เทศบาล/, 'นายกเทศมนตรี') : `นายก${fullName}`;
}

/** "องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง", leaving out what is unknown. */
export function organizationLine(organization: RoundReportOrganization): string {
  const district = (organization.district ?? '').trim().replace(/^(อำเภอ|อ\.)\s*/, '');
  const province = (organization.province ?? '').trim().replace(/^(จังหวัด|จ\.)\s*/, '');
  return [organizationFullName(organization), district && `อำเภอ${district}`, province && `จังหวัด${province}`].filter(Boolean).join(' ');
}

/**
 * A period as the reports write it: whole months by name ("มกราคม ๒๕๖๘", "มีนาคม – เมษายน ๒๕๖๖",
 * "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘"), other spans by their days ("๑๕ มกราคม ๒๕๖๘ – ๒๘ กุมภาพันธ์ ๒๕๖๘").
 */
export function periodPhrase(period: { start: string; end: string }, style: DigitStyle): string {
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  const digits = (text: string) => localizeDigits(text, style);
  if (start.day === 1 && end.day === daysInMonth(end.year, end.month)) {
    const first = thaiMonthName(start.month);
    const last = thaiMonthName(end.month);
    if (start.year === end.year && start.month === end.month) return digits(`${first} ${ceToBe(start.year)}`);
    if (start.year === end.year) return digits(`${first} – ${last} ${ceToBe(end.year)}`);
    return digits(`${first} ${ceToBe(start.year)} – ${last} ${ceToBe(end.year)}`);
  }
  const startText = formatThaiDate(period.start, { digits: style });
  return period.start === period.end ? startText : `${startText} – ${formatThaiDate(period.end, { digits: style })}`;
}

/** "กองคลัง, สำนักปลัด"; "ทุกกอง/สำนัก" when every division owns the measure (after any lead named). */
export function ownersPhrase(owners: readonly string[], allDivisions: boolean, style: DigitStyle): string {
  const names = owners.map((owner) => owner.trim()).filter((owner) => owner !== '');
  return localizeDigits([...names, ...(allDivisions ? [ALL_DIVISIONS_TEXT] : [])].join(', '), style);
}

/** A number someone already wrote before a step ("๑.", "2)", "(3)"), but not a decimal such as "1.5". */
const STEP_NUMBER = /^\s*\(?[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙])\s*/u;

/** The steps numbered "๑. …", "๒. …" in order; numbers already written are replaced, blank steps dropped. */
export function numberedSteps(steps: readonly string[], style: DigitStyle): string[] {
  return steps
    .map((step) => step.replace(STEP_NUMBER, '').trim())
    .filter((step) => step !== '')
    .map((step, index) => `${formatNumber(index + 1, style)}. ${localizeDigits(step, style)}`);
}

/** "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", or without the name when it is not known. */
export function indicatorHeading(indicator: number, name: string | undefined, style: DigitStyle): string {
  const label = `ตัวชี้วัดที่ ${formatNumber(indicator, style)}`;
  return name ? `${label} ${localizeDigits(name.trim(), style)}` : label;
}
