import { organizationTypeFromName } from '@prongsai/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client';
import type { Organization } from '../../../api/types';
import { Field } from '../../../components/field';
import { defineMessages, useLanguage, useText } from '../../../i18n/language';
import { useSession } from '../../../session/session';
import { fieldError } from '../shared/field-error';
import { FormActions, FormError, SubmitButton } from '../shared/form-parts';
import { Panel } from '../shared/panel';
import { ORGANIZATION_FIELDS, OrganizationFields, type OrganizationDraft } from './organization-fields';

const text = defineMessages({
  th: {
    heading: 'เพิ่มองค์กรใหม่',
    intro: 'สำหรับผู้ดูแลระบบกลาง: องค์กรใหม่เริ่มว่าง จากนั้นเพิ่มกอง บุคลากร (รวมผู้ประสานงานขององค์กร) และปีงบประมาณ',
    code: 'รหัสองค์กร (ไม่บังคับ)',
    codeHint: 'ตัวอักษร ตัวเลข หรือ - ยาว 2–32 ตัว ใช้ในที่อยู่เว็บของหน้าเผยแพร่ ถ้าเว้นว่าง ระบบตั้งจากชื่อให้',
    add: 'เพิ่มองค์กร',
    adding: 'กำลังเพิ่มองค์กร…',
  },
  en: {
    heading: 'Add an organisation',
    intro: 'For the system administrator: a new organisation starts empty; then add its divisions, people (its coordinator among them) and fiscal year.',
    code: 'Organisation code (optional)',
    codeHint: '2–32 letters, digits or hyphens, used in the public page’s address; left empty, it is made from the name.',
    add: 'Add organisation',
    adding: 'Adding the organisation…',
  },
});

const EMPTY: OrganizationDraft = { name: '', type: 'sao', district: '', province: '', website: '', phone: '', numeralStyle: 'thai' };

/** The system administrator adds an organisation (a tenant) and goes on to set it up. */
export function NewOrganizationForm({ onCancel }: { onCancel?(): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { chooseOrganization } = useSession();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<OrganizationDraft>(EMPTY);
  const [code, setCode] = useState('');
  const [typeChosen, setTypeChosen] = useState(false);

  const create = useMutation({
    mutationFn: () => api<Organization>('POST', '/orgs', { ...draft, ...(code.trim() ? { code: code.trim() } : {}) }),
    onSuccess: async (created) => {
      await queries.invalidateQueries({ queryKey: ['orgs'] });
      chooseOrganization(created.code);
      navigate('/admin/organization', { state: { createdOrganization: created.name } });
    },
  });

  const change = (changes: Partial<OrganizationDraft>) => {
    if (changes.type) setTypeChosen(true);
    // The kind is usually in the name (อบต. / เทศบาล…): follow it until the person picks one.
    const guessed = changes.name !== undefined && !typeChosen ? organizationTypeFromName(changes.name) : undefined;
    setDraft({ ...draft, ...changes, ...(guessed ? { type: guessed } : {}) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <Panel id="new-org-heading" heading={t.heading}>
      <p className="admin-intro">{t.intro}</p>
      <form onSubmit={submit} noValidate>
        <OrganizationFields draft={draft} onChange={change} error={create.error} language={language} />
        <Field label={t.code} hint={t.codeHint} error={fieldError(create.error, 'code', language)}>
          <input value={code} maxLength={32} autoCapitalize="off" spellCheck={false} onChange={(event) => setCode(event.target.value)} />
        </Field>
        <FormError error={create.error} fields={[...ORGANIZATION_FIELDS, 'code']} />
        <FormActions onCancel={onCancel}>
          <SubmitButton busy={create.isPending} label={t.add} busyLabel={t.adding} />
        </FormActions>
      </form>
    </Panel>
  );
}
