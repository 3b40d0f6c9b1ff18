import type { Language } from '../../../i18n/language';

/**
 * The ten ITA indicators (ตัวชี้วัด ๑–๑๐), named when the organisation's catalog for the year has
 * none loaded yet: the names the NACC has used since 2565.
 */
const INDICATOR_NAMES: Record<Language, string[]> = {
  th: [
    'การปฏิบัติหน้าที่',
    'การใช้งบประมาณ',
    'การใช้อำนาจ',
    'การใช้ทรัพย์สินของราชการ',
    'การแก้ไขปัญหาการทุจริต',
    'คุณภาพการดำเนินงาน',
    'ประสิทธิภาพการสื่อสาร',
    'การปรับปรุงระบบการทำงาน',
    'การเปิดเผยข้อมูล',
    'การป้องกันการทุจริต',
  ],
  en: [
    'Performance of duties',
    'Use of the budget',
    'Use of authority',
    'Use of public property',
    'Tackling corruption',
    'Quality of operations',
    'Effective communication',
    'Improving the way of working',
    'Disclosure of information',
    'Preventing corruption',
  ],
};

/** Indicator number → name: the catalog's titles where it has them, else the standard names. */
export function indicatorNames(catalog: { indicatorNo: number | null; title: string }[], language: Language): Map<number, string> {
  const names = new Map(INDICATOR_NAMES[language].map((name, index) => [index + 1, name]));
  // The catalog's titles are the organisation's (Thai) wording: only the Thai reader gets them.
  if (language === 'th') for (const entry of catalog) if (entry.indicatorNo !== null) names.set(entry.indicatorNo, entry.title);
  return names;
}
