import type { OrganizationType } from '@prongsai/domain';
import type { Language } from '../../../i18n/language';
import type { Cadence } from '../../../api/types';

type Labels<K extends string> = Record<Language, Record<K, string>>;

export const CADENCE: Labels<Cadence> = {
  th: { quarterly: 'รายไตรมาส', semiannual: 'รอบ ๖ และ ๑๒ เดือน' },
  en: { quarterly: 'Quarterly', semiannual: '6- and 12-month rounds' },
};

export const CADENCE_HINT: Labels<Cadence> = {
  th: { quarterly: 'รายงานผล ๔ ครั้ง: ไตรมาส ๑–๔', semiannual: 'รายงานผล ๒ ครั้ง: รอบ ๖ เดือน (ต.ค.–มี.ค.) และรอบ ๑๒ เดือน (ทั้งปี)' },
  en: { quarterly: 'four reports: quarters 1–4', semiannual: 'two reports: the 6-month round (Oct–Mar) and the 12-month round (the whole year)' },
};

export const ORGANIZATION_TYPE: Labels<OrganizationType> = {
  th: { sao: 'องค์การบริหารส่วนตำบล (อบต.)', subdistrict_municipality: 'เทศบาลตำบล', town_municipality: 'เทศบาลเมือง', city_municipality: 'เทศบาลนคร' },
  en: { sao: 'Subdistrict Administrative Organization (SAO)', subdistrict_municipality: 'Subdistrict municipality', town_municipality: 'Town municipality', city_municipality: 'City municipality' },
};

export const ORGANIZATION_TYPES: OrganizationType[] = ['sao', 'subdistrict_municipality', 'town_municipality', 'city_municipality'];

/** Roles an organisation's administrator may give (the API refuses the installation-wide ones). */
export const ORGANIZATION_ROLES = ['admin', 'executive', 'division_head', 'officer'] as const;
