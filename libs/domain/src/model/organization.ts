/** The kinds of local government organisation (องค์กรปกครองส่วนท้องถิ่น) Prongsai serves. */
export const ORGANIZATION_TYPES = ['sao', 'subdistrict_municipality', 'town_municipality', 'city_municipality'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** How each type is written in Thai documents. */
export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, { th: string; short: string; en: string }> = {
  sao: { th: 'องค์การบริหารส่วนตำบล', short: 'อบต.', en: 'Subdistrict Administrative Organization' },
  subdistrict_municipality: { th: 'เทศบาลตำบล', short: 'ทต.', en: 'Subdistrict Municipality' },
  town_municipality: { th: 'เทศบาลเมือง', short: 'ทม.', en: 'Town Municipality' },
  city_municipality: { th: 'เทศบาลนคร', short: 'ทน.', en: 'City Municipality' },
};

/** Digits used in documents and screens: Thai (๑๒๓) or Arabic (123). */
export const NUMERAL_STYLES = ['thai', 'arabic'] as const;
export type NumeralStyle = (typeof NUMERAL_STYLES)[number];

/** Recognises the organisation type from its Thai name ("องค์การบริหารส่วนตำบลสมัย" → sao). */
export function organizationTypeFromName(name: string): OrganizationType | undefined {
  const compact = name.replace(/\s+/g, '');
  if (compact.startsWith('องค์การบริหารส่วนตำบล') || compact.startsWith('อบต.')) return 'sao';
  if (compact.startsWith('เทศบาลตำบล')) return 'subdistrict_municipality';
  if (compact.startsWith('เทศบาลเมือง')) return 'town_municipality';
  if (compact.startsWith('เทศบาลนคร')) return 'city_municipality';
  return undefined;
}
