import { organizationKeys } from '../../../api/organization-data';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import type { Division, Person, Role } from '../../../api/types';
import { Field } from '../../../components/field';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { refreshEverywhere, replaceInList } from '../shared/admin-data';
import { ConflictAwareError } from '../shared/conflict-notice';
import { fieldError } from '../shared/field-error';
import { FormError, SubmitButton } from '../shared/form-parts';
import { needsDivision } from './people-filter';
import { RoleAndDivision } from './person-fields';

const text = defineMessages({
  th: {
    title: 'แก้ไขข้อมูลของ {name}',
    email: 'อีเมล: {email}',
    displayName: 'ชื่อ-สกุล',
    position: 'ตำแหน่ง',
    active: 'เปิดใช้งานบัญชี (เข้าสู่ระบบและรับการแจ้งเตือนได้)',
    activeHint: 'ปิดเมื่อย้ายหรือพ้นจากตำแหน่ง ข้อมูลและประวัติการดำเนินงานยังอยู่ครบ',
    self: 'เปลี่ยนบทบาทหรือปิดบัญชีของตนเองไม่ได้ ให้ผู้ดูแลระบบอีกคนทำแทน',
    password: 'ลืมรหัสผ่าน? ออกรหัสผ่านใช้ครั้งเดียวใหม่ให้ได้ รหัสเดิมและการเข้าสู่ระบบที่ค้างอยู่จะใช้ไม่ได้อีก',
    resetPassword: 'ออกรหัสผ่านใหม่ให้ {name}',
    resetting: 'กำลังออกรหัสผ่าน…',
    save: 'บันทึกการแก้ไข',
    saving: 'กำลังบันทึก…',
    cancel: 'ยกเลิก',
  },
  en: {
    title: 'Edit {name}',
    email: 'Email: {email}',
    displayName: 'Full name',
    position: 'Position',
    active: 'Account in use (may sign in and receives notices)',
    activeHint: 'Turn it off when they move or leave; their records and history stay.',
    self: 'You cannot change your own role or turn off your own account: ask another administrator.',
    password: 'Forgotten password? Issue a new one-time password: the old one and any open sessions stop working.',
    resetPassword: 'Issue a new password for {name}',
    resetting: 'Issuing a password…',
    save: 'Save changes',
    saving: 'Saving…',
    cancel: 'Cancel',
  },
});

const FIELDS = ['displayName', 'position', 'role', 'divisionId', 'active'];

/** Changes a person's name, position, role, division and whether their account is in use. */
export function EditPersonDialog({
  person,
  divisions,
  onClose,
  onSaved,
  onPasswordReset,
}: {
  person: Person | null;
  divisions: Division[];
  onClose(): void;
  onSaved(person: Person): void;
  /** A new one-time password was issued: show it once. */
  onPasswordReset(person: Person, password: string): void;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization, self: me } = useSignedIn();
  const queries = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [displayName, setDisplayName] = useState('');
  const [position, setPosition] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [divisionId, setDivisionId] = useState('');
  const [active, setActive] = useState(true);

  const save = useMutation({
    mutationFn: (target: Person) =>
      api<Person>('PATCH', `${orgPath(organization.code)}/people/${target.id}`, {
        displayName: displayName.trim(),
        position: position.trim(),
        ...(target.id === me.id ? {} : { role, active }),
        divisionId: needsDivision(role) ? divisionId || null : null,
      }),
    onSuccess: async (saved) => {
      replaceInList(queries, organizationKeys.people(organization.code), saved);
      onSaved(saved);
      await refreshEverywhere(queries, 'people');
    },
  });

  const resetPassword = useMutation({
    mutationFn: (target: Person) => api<{ oneTimePassword: string }>('POST', `${orgPath(organization.code)}/people/${target.id}/password`),
    onSuccess: (answer, target) => onPasswordReset(target, answer.oneTimePassword),
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (person) {
      setDisplayName(person.displayName);
      setPosition(person.position);
      setRole(person.role);
      setDivisionId(person.divisionId ?? '');
      setActive(person.active);
      save.reset();
      resetPassword.reset();
      if (!element.open) element.showModal();
    } else if (element.open) element.close();
    // Only when another person is opened: typing must not reset the form.
  }, [person]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (person) save.mutate(person);
  };

  const isMe = person?.id === me.id;
  return (
    <dialog ref={dialog} className="dialog admin-dialog-wide" aria-labelledby={`${id}-title`} onClose={onClose}>
      {person && (
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{fill(t.title, { name: person.displayName })}</h2>
          <p className="admin-card-meta">{fill(t.email, { email: person.email })}</p>
          <Field label={t.displayName} error={fieldError(save.error, 'displayName', language)}>
            <input value={displayName} maxLength={255} required onChange={(event) => setDisplayName(event.target.value)} />
          </Field>
          <Field label={t.position} error={fieldError(save.error, 'position', language)}>
            <input value={position} maxLength={255} onChange={(event) => setPosition(event.target.value)} />
          </Field>
          <RoleAndDivision
            role={role}
            divisionId={divisionId}
            divisions={divisions}
            error={save.error}
            divisionFields={['divisionId']}
            roleLocked={isMe ? t.self : undefined}
            onChange={(changes) => {
              if (changes.role) setRole(changes.role);
              if (changes.divisionId !== undefined) setDivisionId(changes.divisionId);
            }}
          />
          <div className={fieldError(save.error, 'active', language) ? 'field field-invalid' : 'field'}>
            <label className="checkbox admin-choice">
              <input type="checkbox" checked={active} disabled={isMe} aria-describedby={`${id}-active-hint`} onChange={(event) => setActive(event.target.checked)} />
              {t.active}
            </label>
            <p className="field-hint" id={`${id}-active-hint`}>
              {isMe ? t.self : t.activeHint}
            </p>
          </div>
          {!isMe && (
            <div className="field">
              <p className="field-hint admin-note">{t.password}</p>
              <button type="button" className="button" disabled={resetPassword.isPending} onClick={() => resetPassword.mutate(person)}>
                {resetPassword.isPending ? t.resetting : fill(t.resetPassword, { name: person.displayName })}
              </button>
              {resetPassword.error ? <ConflictAwareError error={resetPassword.error} /> : null}
            </div>
          )}
          <FormError error={save.error} fields={FIELDS} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t.cancel}
            </button>
            <SubmitButton busy={save.isPending} label={t.save} busyLabel={t.saving} />
          </div>
        </form>
      )}
    </dialog>
  );
}
