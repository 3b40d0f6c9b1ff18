import type { Division, Role } from '../../../api/types';
import { Field } from '../../../components/field';
import { defineMessages, useLanguage, useText } from '../../../i18n/language';
import { ROLE } from '../../../i18n/labels';
import { ORGANIZATION_ROLES } from '../shared/admin-labels';
import { DivisionSelect } from '../shared/division-select';
import { fieldError } from '../shared/field-error';
import { needsDivision } from './people-filter';
import { ROLE_HINT } from './role-hints';

const text = defineMessages({
  th: {
    role: 'บทบาท',
    division: 'สังกัดกอง/หน่วยงาน',
    divisionHint: 'หัวหน้าส่วนราชการและเจ้าหน้าที่ต้องสังกัดกอง',
    choose: '— เลือกกอง —',
    noDivisions: 'ยังไม่มีกอง/หน่วยงาน เพิ่มกองที่แท็บ "กอง/หน่วยงาน" ก่อน',
  },
  en: {
    role: 'Role',
    division: 'Division',
    divisionHint: 'Division heads and officers belong to a division.',
    choose: '— choose a division —',
    noDivisions: 'There are no divisions yet: add one on the “Divisions” tab first.',
  },
});

/** Role and division, together because the division depends on the role. */
export function RoleAndDivision(props: {
  role: Role;
  divisionId: string;
  divisions: Division[];
  error: unknown;
  /** Field name the API uses for the division: "divisionId" when editing; adding answers "division" too. */
  divisionFields: string[];
  roleLocked?: string;
  onChange(changes: { role?: Role; divisionId?: string }): void;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const divisionError = props.divisionFields.map((field) => fieldError(props.error, field, language)).find(Boolean);
  return (
    <>
      <Field label={t.role} hint={props.roleLocked ?? (ROLE_HINT[language] as Record<string, string>)[props.role]} error={fieldError(props.error, 'role', language)}>
        <select value={props.role} disabled={props.roleLocked !== undefined} onChange={(event) => props.onChange({ role: event.target.value as Role })}>
          {ORGANIZATION_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE[language][role]}
            </option>
          ))}
        </select>
      </Field>
      {needsDivision(props.role) && (
        <Field label={t.division} hint={props.divisions.length === 0 ? t.noDivisions : t.divisionHint} error={divisionError}>
          <DivisionSelect divisions={props.divisions} value={props.divisionId} empty={t.choose} required onChange={(divisionId) => props.onChange({ divisionId })} />
        </Field>
      )}
    </>
  );
}
