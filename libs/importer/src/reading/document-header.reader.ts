import { toArabicDigits, toThaiDigits } from '@prongsai/domain';
import { ImportedOrganization, ImportWarning } from '../import-preview.types';
import { importWarning } from './import-warning.factory';

/** What the heading of a plan or report says about whose it is and when. */
export interface DocumentHeader {
  readonly organization: ImportedOrganization;
  readonly fiscalYear: number | null;
  readonly round: 6 | 12 | null;
  readonly warnings: ImportWarning[];
}

const THAI = 'ก-๙';
const NAME_END = `(?=\\s|อำเภอ|จังหวัด|ประจำ|รอบ|$|[^${THAI}])`;
const ORGANIZATION_FULL = new RegExp(
  `(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร)\\s?([${THAI}]+?)${NAME_END}`,
);
const ORGANIZATION_SHORT = new RegExp(`(อบต|อบจ|ทต|ทม|ทน)\\.\\s?([${THAI}]+?)${NAME_END}`);
const SHORT_TO_FULL: Record<string, string> = {
  อบต: 'องค์การบริหารส่วนตำบล',
  อบจ: 'องค์การบริหารส่วนจังหวัด',
  ทต: 'เทศบาลตำบล',
  ทม: 'เทศบาลเมือง',
  ทน: 'เทศบาลนคร',
};
const DISTRICT = new RegExp(`(?:อำเภอ|(?:^|\\s)อ\\.)\\s?([${THAI}]+?)(?=\\s|จังหวัด|จ\\.|$|[^${THAI}])`);
const PROVINCE = new RegExp(`(?:(?<!ส่วน)จังหวัด|(?:^|\\s)จ\\.)\\s?([${THAI}]+?)(?=\\s|$|[^${THAI}])`);
const FISCAL_YEAR_TITLE = /ประจำปีงบประมาณ\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*([0-9๐-๙]{4})/g;
const FISCAL_YEAR_ANY = /ปีงบประมาณ\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*([0-9๐-๙]{4})/g;
const ROUND = /รอบ\s*([0-9๐-๙]{1,2})\s*เดือน/g;

function firstMatch(lines: readonly string[], pattern: RegExp): RegExpExecArray | null {
  for (const line of lines) {
    const found = pattern.exec(line);
    if (found !== null) return found;
  }
  return null;
}

function readOrganization(lines: readonly string[]): ImportedOrganization {
  const full = firstMatch(lines, ORGANIZATION_FULL);
  const short = full === null ? firstMatch(lines, ORGANIZATION_SHORT) : null;
  const name = full !== null ? `${full[1]}${full[2]}` : short !== null ? `${SHORT_TO_FULL[short[1]]}${short[2]}` : null;
  return { name, district: firstMatch(lines, DISTRICT)?.[1] ?? null, province: firstMatch(lines, PROVINCE)?.[1] ?? null };
}

/** Counts each value a pattern finds across the lines; the most named first, ties in order of appearance. */
function tally(lines: readonly string[], pattern: RegExp): number[] {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const found of line.matchAll(pattern)) {
      const value = Number(toArabicDigits(found[1]));
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
}

function readFiscalYear(lines: readonly string[], chosen: number | undefined, warnings: ImportWarning[]): number | null {
  const inTitle = tally(lines, FISCAL_YEAR_TITLE).filter((year) => year >= 2400 && year <= 2999);
  const named = inTitle.length > 0 ? inTitle : tally(lines, FISCAL_YEAR_ANY).filter((year) => year >= 2400 && year <= 2999);
  if (chosen !== undefined) {
    const others = named.filter((year) => year !== chosen);
    if (others.length > 0) {
      warnings.push(
        importWarning(
          0,
          'header',
          `เอกสารระบุปีงบประมาณ ${others.map((y) => toThaiDigits(y)).join(', ')} แต่เลือกนำเข้าเป็นปีงบประมาณ ${toThaiDigits(chosen)} จึงใช้ ${toThaiDigits(chosen)}`,
          `the document names fiscal year ${others.join(', ')} but the import is for ${chosen}: using ${chosen}`,
        ),
      );
    }
    return chosen;
  }
  if (named.length === 0) {
    warnings.push(
      importWarning(0, 'header', 'ไม่พบปีงบประมาณ (ประจำปีงบประมาณ พ.ศ. …) ในหัวเอกสาร จึงอ่านระยะเวลาไม่ได้', 'no fiscal year (ประจำปีงบประมาณ พ.ศ. …) found in the heading, so periods cannot be read'),
    );
    return null;
  }
  const [year, ...others] = named;
  if (others.length > 0) {
    warnings.push(
      importWarning(
        0,
        'header',
        `เอกสารระบุปีงบประมาณหลายปี (${named.map((y) => toThaiDigits(y)).join(', ')}) ใช้ ${toThaiDigits(year)} ซึ่งระบุบ่อยที่สุด`,
        `the document names several fiscal years (${named.join(', ')}): using ${year}, the one named most often`,
      ),
    );
  }
  return year;
}

function readRound(lines: readonly string[], warnings: ImportWarning[]): 6 | 12 | null {
  const named = tally(lines, ROUND);
  const rounds = named.filter((months): months is 6 | 12 => months === 6 || months === 12);
  if (rounds.length === 0) return null;
  if (named.length > 1) {
    warnings.push(
      importWarning(
        0,
        'header',
        `เอกสารระบุหลายรอบ (${named.map((m) => `รอบ ${toThaiDigits(m)} เดือน`).join(', ')}) ใช้รอบ ${toThaiDigits(rounds[0])} เดือน`,
        `the document names several rounds (${named.map((m) => `${m} months`).join(', ')}): using the ${rounds[0]}-month round`,
      ),
    );
  }
  return rounds[0];
}

function missingPartWarnings(organization: ImportedOrganization): ImportWarning[] {
  const missing: ImportWarning[] = [];
  if (organization.name === null) missing.push(importWarning(0, 'header', 'ไม่พบชื่อองค์กรปกครองส่วนท้องถิ่นในหัวเอกสาร', 'no organisation name found in the heading'));
  if (organization.district === null) missing.push(importWarning(0, 'header', 'ไม่พบอำเภอในหัวเอกสาร', 'no district (อำเภอ) found in the heading'));
  if (organization.province === null) missing.push(importWarning(0, 'header', 'ไม่พบจังหวัดในหัวเอกสาร', 'no province (จังหวัด) found in the heading'));
  return missing;
}

/**
 * Reads the heading lines of a plan or report: the organisation (องค์การบริหารส่วนตำบล…, เทศบาล…,
 * or อบต.… written out), its district and province, the fiscal year (the year "ประจำปีงบประมาณ"
 * names most often) and the round (รอบ ๖ / ๑๒ เดือน). What is missing or contradictory is warned
 * about, never guessed.
 *
 * @param lines the document's lines outside tables, in order, already normalised.
 * @param fiscalYear the year chosen by the user, which wins over the document's.
 */
export function readDocumentHeader(lines: readonly string[], fiscalYear?: number): DocumentHeader {
  const warnings: ImportWarning[] = [];
  const organization = readOrganization(lines);
  warnings.push(...missingPartWarnings(organization));
  const year = readFiscalYear(lines, fiscalYear, warnings);
  const round = readRound(lines, warnings);
  return { organization, fiscalYear: year, round, warnings };
}
