import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { api, orgPath } from '../../../api/client';
import type { Organization } from '../../../api/types';
import { SuccessNotice } from '../../../components/feedback';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { ConflictAwareError } from '../shared/conflict-notice';
import { namesAnyField } from '../shared/field-error';
import { NewOrganizationForm } from './new-organization-form';
import { ORGANIZATION_FIELDS, OrganizationFields, organizationDraftOf, type OrganizationDraft } from './organization-fields';

const text = defineMessages({
  th: {
    heading: 'ข้อมูลองค์กร',
    intro: 'ชื่อ ที่ตั้ง และช่องทางติดต่อนี้ปรากฏในรายงานที่เผยแพร่และหน้าเผยแพร่สาธารณะ',
    code: 'รหัสองค์กร',
    codeHint: 'ใช้ในที่อยู่เว็บของหน้าเผยแพร่สาธารณะ เปลี่ยนไม่ได้',
    save: 'บันทึกข้อมูลองค์กร',
    saving: 'กำลังบันทึก…',
    saved: 'บันทึกข้อมูลองค์กรแล้ว',
    addOrganization: 'เพิ่มองค์กรใหม่',
    created: 'เพิ่ม {name} แล้ว และเลือกเป็นองค์กรที่กำลังตั้งค่า ขั้นต่อไป: เพิ่มกอง/หน่วยงาน บุคลากร และปีงบประมาณ',
  },
  en: {
    heading: 'Organisation details',
    intro: 'The name, place and contacts appear in published reports and on the public page.',
    code: 'Organisation code',
    codeHint: 'Used in the public page’s address; it cannot change.',
    save: 'Save organisation details',
    saving: 'Saving…',
    saved: 'Organisation details saved',
    addOrganization: 'Add an organisation',
    created: '{name} was added and is now the organisation being set up. Next: add its divisions, people and fiscal year.',
  },
});

/** The organisation's own details; the system administrator may also add another organisation here. */
export function OrganizationPanel() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization, person } = useSignedIn();
  const location = useLocation();
  const created = (location.state as { createdOrganization?: string } | null)?.createdOrganization;
  const queries = useQueryClient();
  const [addingOrganization, setAddingOrganization] = useState(false);
  const [draft, setDraft] = useState<OrganizationDraft>(() => organizationDraftOf(organization));

  const save = useMutation({
    mutationFn: () => api<Organization>('PATCH', orgPath(organization.code), draft),
    onSuccess: async (saved) => {
      setDraft(organizationDraftOf(saved));
      await queries.invalidateQueries({ queryKey: ['orgs'] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <>
      {created && <SuccessNotice>{fill(t.created, { name: created })}</SuccessNotice>}
      <section className="panel" aria-labelledby="org-heading">
        <h2 id="org-heading">{t.heading}</h2>
        <p className="admin-intro">{t.intro}</p>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <span className="admin-static-label" id="org-code-label">
              {t.code}
            </span>
            <p className="field-hint">{t.codeHint}</p>
            <code className="admin-code" aria-labelledby="org-code-label">
              {organization.code}
            </code>
          </div>
          <OrganizationFields draft={draft} onChange={(changes) => {
              save.reset();
              setDraft({ ...draft, ...changes });
            }} error={save.error} language={language} />
          {save.error && !namesAnyField(save.error, ORGANIZATION_FIELDS) ? <ConflictAwareError error={save.error} /> : null}
          {save.isSuccess && <SuccessNotice>{t.saved}</SuccessNotice>}
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t.saving : t.save}
          </button>
        </form>
      </section>
      {person.role === 'system_admin' &&
        (addingOrganization ? (
          <NewOrganizationForm onCancel={() => setAddingOrganization(false)} />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setAddingOrganization(true)}>
              {t.addOrganization}
            </button>
          </p>
        ))}
    </>
  );
}
