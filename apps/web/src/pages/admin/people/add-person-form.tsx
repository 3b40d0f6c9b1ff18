import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import type { Division, Person, Role } from '../../../api/types';
import { Field } from '../../../components/field';
import { defineMessages, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { refreshEverywhere } from '../shared/admin-data';
import { fieldError } from '../shared/field-error';
import { FormActions, FormError, SubmitButton } from '../shared/form-parts';
import { Panel } from '../shared/panel';
import { needsDivision } from './people-filter';
import { RoleAndDivision } from './person-fields';

const text = defineMessages({
  th: {
    heading: 'เพิ่มบุคลากร',
    intro: 'ระบบสร้างรหัสผ่านใช้ครั้งเดียวให้ และแสดงเพียงครั้งเดียวหลังเพิ่ม',
    email: 'อีเมล',
    emailHint: 'ใช้เข้าสู่ระบบและรับการแจ้งเตือน',
    displayName: 'ชื่อ-สกุล',
    position: 'ตำแหน่ง',
    positionHint: 'เช่น นักวิชาการเงินและบัญชี, ผู้อำนวยการกองคลัง, ปลัด อบต.',
    add: 'เพิ่มบุคลากร',
    adding: 'กำลังเพิ่ม…',
  },
  en: {
    heading: 'Add a person',
    intro: 'A one-time password is made for them and shown only once, after adding.',
    email: 'Email',
    emailHint: 'Used to sign in and for notices.',
    displayName: 'Full name',
    position: 'Position',
    positionHint: 'e.g. นักวิชาการเงินและบัญชี, ผู้อำนวยการกองคลัง, ปลัด อบต.',
    add: 'Add person',
    adding: 'Adding…',
  },
});

const FIELDS = ['email', 'displayName', 'position', 'role', 'division', 'divisionId'];

/** Adds a person with their role and division; the answer's one-time password goes to the caller. */
export function AddPersonForm({ divisions, onAdded, onCancel }: { divisions: Division[]; onAdded(person: Person, password: string | null): void; onCancel(): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const queries = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [position, setPosition] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [divisionId, setDivisionId] = useState('');

  const add = useMutation({
    mutationFn: () =>
      api<{ person: Person; oneTimePassword?: string }>('POST', `${orgPath(organization.code)}/people`, {
        email: email.trim(),
        displayName: displayName.trim(),
        position: position.trim(),
        role,
        ...(needsDivision(role) && divisionId ? { divisionId } : {}),
      }),
    onSuccess: async (answer) => {
      onAdded(answer.person, answer.oneTimePassword ?? null);
      await refreshEverywhere(queries, 'people', 'divisions');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };

  return (
    <Panel id="person-add-heading" heading={t.heading}>
      <p className="admin-intro">{t.intro}</p>
      <form onSubmit={submit} noValidate>
        <div className="admin-two">
          <Field label={t.email} hint={t.emailHint} error={fieldError(add.error, 'email', language)}>
            <input type="email" autoComplete="off" value={email} maxLength={255} required onChange={(event) => setEmail(event.target.value)} />
          </Field>
          <Field label={t.displayName} error={fieldError(add.error, 'displayName', language)}>
            <input value={displayName} maxLength={255} required onChange={(event) => setDisplayName(event.target.value)} />
          </Field>
          <Field label={t.position} hint={t.positionHint} error={fieldError(add.error, 'position', language)}>
            <input value={position} maxLength={255} onChange={(event) => setPosition(event.target.value)} />
          </Field>
          <div>
            <RoleAndDivision
              role={role}
              divisionId={divisionId}
              divisions={divisions}
              error={add.error}
              divisionFields={['division', 'divisionId']}
              onChange={(changes) => {
                if (changes.role) setRole(changes.role);
                if (changes.divisionId !== undefined) setDivisionId(changes.divisionId);
              }}
            />
          </div>
        </div>
        <FormError error={add.error} fields={FIELDS} />
        <FormActions onCancel={onCancel}>
          <SubmitButton busy={add.isPending} label={t.add} busyLabel={t.adding} />
        </FormActions>
      </form>
    </Panel>
  );
}
