import type { NumeralStyle, OrganizationType } from '@prongsai/domain';
import { useId } from 'react';
import type { Organization } from '../../../api/types';
import { Field } from '../../../components/field';
import { defineMessages, type Language, useText } from '../../../i18n/language';
import { ORGANIZATION_TYPE, ORGANIZATION_TYPES } from '../shared/admin-labels';
import { fieldError } from '../shared/field-error';

const text = defineMessages({
  th: {
    name: 'ชื่อองค์กร',
    nameHint: 'ชื่อเต็มตามที่ใช้ในหนังสือราชการ เช่น องค์การบริหารส่วนตำบลสมัย',
    type: 'ประเภทองค์กร',
    district: 'อำเภอ',
    districtHint: 'เช่น เมืองนครปฐม',
    province: 'จังหวัด',
    provinceHint: 'เช่น นครปฐม',
    website: 'เว็บไซต์',
    websiteHint: 'ที่อยู่เว็บไซต์ขององค์กร เช่น https://www.samai.go.th',
    phone: 'โทรศัพท์',
    phoneHint: 'เบอร์ติดต่อสำนักงาน เช่น 034-000000',
    numerals: 'ตัวเลขในรายงานที่เผยแพร่',
    thai: 'เลขไทย (๑ ๒ ๓)',
    arabic: 'เลขอารบิก (1 2 3)',
  },
  en: {
    name: 'Name of the organisation',
    nameHint: 'The full name used in official letters, e.g. องค์การบริหารส่วนตำบลสมัย',
    type: 'Kind of organisation',
    district: 'District (อำเภอ)',
    districtHint: 'e.g. เมืองนครปฐม',
    province: 'Province',
    provinceHint: 'e.g. นครปฐม',
    website: 'Website',
    websiteHint: 'The organisation’s web address, e.g. https://www.samai.go.th',
    phone: 'Phone',
    phoneHint: 'The office’s number, e.g. 034-000000',
    numerals: 'Digits in published reports',
    thai: 'Thai digits (๑ ๒ ๓)',
    arabic: 'Arabic digits (1 2 3)',
  },
});

export interface OrganizationDraft {
  name: string;
  type: OrganizationType;
  district: string;
  province: string;
  website: string;
  phone: string;
  numeralStyle: NumeralStyle;
}

/** The fields the API may name in its answer to this form. */
export const ORGANIZATION_FIELDS = ['name', 'type', 'district', 'province', 'website', 'phone', 'numeralStyle'] as const;

export function organizationDraftOf(organization: Organization): OrganizationDraft {
  return {
    name: organization.name,
    type: organization.type as OrganizationType,
    district: organization.district,
    province: organization.province,
    website: organization.website,
    phone: organization.phone,
    numeralStyle: organization.numeralStyle === 'arabic' ? 'arabic' : 'thai',
  };
}

/** Name, kind, place, contacts and digits of an organisation: for editing one and for adding one. */
export function OrganizationFields({
  draft,
  onChange,
  error,
  language,
}: {
  draft: OrganizationDraft;
  onChange(changes: Partial<OrganizationDraft>): void;
  error: unknown;
  language: Language;
}) {
  const t = useText(text);
  const problem = (field: string) => fieldError(error, field, language);
  const numeralGroup = useId();
  return (
    <>
      <Field label={t.name} hint={t.nameHint} error={problem('name')}>
        <input value={draft.name} maxLength={255} required onChange={(event) => onChange({ name: event.target.value })} />
      </Field>
      <Field label={t.type} error={problem('type')}>
        <select value={draft.type} onChange={(event) => onChange({ type: event.target.value as OrganizationType })}>
          {ORGANIZATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {ORGANIZATION_TYPE[language][type]}
            </option>
          ))}
        </select>
      </Field>
      <div className="admin-two">
        <Field label={t.district} hint={t.districtHint} error={problem('district')}>
          <input value={draft.district} maxLength={255} onChange={(event) => onChange({ district: event.target.value })} />
        </Field>
        <Field label={t.province} hint={t.provinceHint} error={problem('province')}>
          <input value={draft.province} maxLength={255} onChange={(event) => onChange({ province: event.target.value })} />
        </Field>
        <Field label={t.website} hint={t.websiteHint} error={problem('website')}>
          <input type="url" inputMode="url" value={draft.website} maxLength={500} onChange={(event) => onChange({ website: event.target.value })} />
        </Field>
        <Field label={t.phone} hint={t.phoneHint} error={problem('phone')}>
          <input type="tel" value={draft.phone} maxLength={64} onChange={(event) => onChange({ phone: event.target.value })} />
        </Field>
      </div>
      <fieldset className="admin-fieldset">
        <legend>{t.numerals}</legend>
        {(['thai', 'arabic'] as const).map((style) => (
          <label key={style} className="checkbox admin-choice">
            <input type="radio" name={numeralGroup} value={style} checked={draft.numeralStyle === style} onChange={() => onChange({ numeralStyle: style })} />
            {t[style]}
          </label>
        ))}
        {problem('numeralStyle') && <p className="field-error">{problem('numeralStyle')}</p>}
      </fieldset>
    </>
  );
}
