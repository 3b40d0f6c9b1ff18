import { fiscalYearLabel, periodLabel } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import type { RoundKey, RoundReportStatus } from './round-reports';

export const ROUND_REPORT_STATUS: Record<Language, Record<RoundReportStatus, string>> = {
  th: { compiling: 'กำลังจัดทำ', awaiting_sign_off: 'จัดทำแล้ว รอผู้บริหารลงนาม', returned: 'ผู้บริหารส่งกลับ', published: 'ลงนามและเผยแพร่แล้ว' },
  en: { compiling: 'being compiled', awaiting_sign_off: 'compiled, awaiting sign-off', returned: 'returned by the executive', published: 'signed off and published' },
};

/** The badge colour of each state, from the shared badge styles (the words always say the state too). */
export const ROUND_REPORT_BADGE: Record<RoundReportStatus, string> = {
  compiling: 'badge-draft',
  awaiting_sign_off: 'badge-accepted',
  returned: 'badge-returned',
  published: 'badge-signed_off',
};

/** What each file format is, as people call it. */
export const FORMAT_LABEL: Record<Language, Record<string, string>> = {
  th: { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', html: 'หน้าเว็บ (HTML)', csv: 'ตารางข้อมูล (CSV)', json: 'ข้อมูลเปิด (JSON)' },
  en: { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', html: 'Web page (HTML)', csv: 'Data table (CSV)', json: 'Open data (JSON)' },
};

export function formatLabel(format: string, language: Language): string {
  return FORMAT_LABEL[language][format] ?? format.toUpperCase();
}

/** รายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2570 */
export function roundReportTitle(round: RoundKey, yearBe: number, language: Language): string {
  return language === 'th'
    ? `รายงานผลการดำเนินการตามมาตรการ ${periodLabel(round, language)} ${fiscalYearLabel(yearBe, language)}`
    : `Report on the measures, ${periodLabel(round, language)}, ${fiscalYearLabel(yearBe, language)}`;
}
