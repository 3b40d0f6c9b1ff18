import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import type { Division } from '../../../api/types';
import { Loading, SuccessNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { dropFromList, refreshEverywhere, replaceInList } from '../shared/admin-data';
import { organizationKeys, useDivisions, usePeople } from '../../../api/organization-data';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useConfirmedDelete } from '../shared/confirmed-delete';
import { ConflictAwareError } from '../shared/conflict-notice';
import { fieldError } from '../shared/field-error';
import { FormError, SubmitButton } from '../shared/form-parts';
import { Panel } from '../shared/panel';
import { QueryList } from '../shared/query-list';
import { DivisionCard } from './division-card';
import { inOrder, moveDivision, nextSortOrder } from './division-order';

const text = defineMessages({
  th: {
    addHeading: 'เพิ่มกอง/หน่วยงาน',
    name: 'ชื่อกอง/หน่วยงาน',
    nameHint: 'เช่น สำนักปลัด กองคลัง กองช่าง หน่วยตรวจสอบภายใน',
    add: 'เพิ่มกอง/หน่วยงาน',
    adding: 'กำลังเพิ่ม…',
    added: 'เพิ่ม {name} แล้ว',
    listHeading: 'กอง/หน่วยงานขององค์กร',
    listIntro: 'ลำดับนี้ใช้ในรายการและรายงาน ใช้ปุ่มเลื่อนขึ้น/ลงเพื่อจัดลำดับ',
    none: 'ยังไม่มีกอง/หน่วยงาน เพิ่มกองแรกด้วยแบบฟอร์มด้านบน',
    deleteTitle: 'ลบ {name} หรือไม่',
    deleteBody: 'การลบทำย้อนกลับไม่ได้ ลบได้เฉพาะกองที่ไม่มีบุคลากรสังกัดและไม่มีมาตรการอ้างถึงแล้ว',
    deletePeople: 'ขณะนี้มีบุคลากรสังกัดกองนี้ {count} คน ต้องย้ายไปกองอื่นก่อน',
    deleteConfirm: 'ลบกองนี้',
    deleteNext: 'ย้ายบุคลากรของกองนี้ไปกองอื่นที่แท็บ "บุคลากรและบทบาท" และเปลี่ยนผู้รับผิดชอบในมาตรการที่อ้างถึง แล้วจึงลบ',
    deleting: 'กำลังลบ…',
    deleted: 'ลบ {name} แล้ว',
    moving: 'กำลังจัดลำดับ…',
  },
  en: {
    addHeading: 'Add a division',
    name: 'Name of the division',
    nameHint: 'e.g. สำนักปลัด, กองคลัง, กองช่าง, หน่วยตรวจสอบภายใน',
    add: 'Add division',
    adding: 'Adding…',
    added: '{name} added',
    listHeading: 'Divisions of the organisation',
    listIntro: 'Lists and reports follow this order; move a division up or down to change it.',
    none: 'No divisions yet: add the first one with the form above.',
    deleteTitle: 'Delete {name}?',
    deleteBody: 'This cannot be undone. Only a division nobody belongs to and no measure refers to can be deleted.',
    deletePeople: '{count} people belong to this division now: move them to another division first.',
    deleteConfirm: 'Delete this division',
    deleteNext: 'Move its people to another division on the “People and roles” tab and change the owner of the measures that name it, then delete it.',
    deleting: 'Deleting…',
    deleted: '{name} deleted',
    moving: 'Changing the order…',
  },
});

/** The organisation's divisions: add, rename, order, name the head, delete. */
export function DivisionsPanel() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const org = organization.code;
  const queries = useQueryClient();
  const divisions = useDivisions(org);
  const people = usePeople(org);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => refreshEverywhere(queries, 'divisions');

  const add = useMutation({
    mutationFn: () => api<Division>('POST', `${orgPath(org)}/divisions`, { name: name.trim(), sortOrder: nextSortOrder(divisions.data ?? []) }),
    onSuccess: async (created) => {
      setName('');
      setNotice(fill(t.added, { name: created.name }));
      await refresh();
    },
  });

  const move = useMutation({
    mutationFn: async ({ id, step }: { id: string; step: -1 | 1 }) => {
      for (const change of moveDivision(divisions.data ?? [], id, step)) {
        await api('PATCH', `${orgPath(org)}/divisions/${change.id}`, { sortOrder: change.sortOrder });
      }
    },
    onSettled: refresh,
  });

  const removal = useConfirmedDelete(
    (division: Division) => api('DELETE', `${orgPath(org)}/divisions/${division.id}`),
    async (division) => {
      setNotice(fill(t.deleted, { name: division.name }));
      dropFromList(queries, organizationKeys.divisions(org), division);
      await refresh();
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    add.mutate();
  };

  const membersOf = (divisionId: string) => (people.data ?? []).filter((person) => person.divisionId === divisionId);
  const doomed = removal.doomed;

  return (
    <>
      <Panel id="division-add-heading" heading={t.addHeading}>
        <form onSubmit={submit} className="admin-inline-form" noValidate>
          <Field label={t.name} hint={t.nameHint} error={fieldError(add.error, 'name', language)}>
            <input value={name} maxLength={255} required onChange={(event) => setName(event.target.value)} />
          </Field>
          <SubmitButton busy={add.isPending} label={t.add} busyLabel={t.adding} />
        </form>
        <FormError error={add.error} fields={['name']} />
      </Panel>

      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      <Panel id="division-list-heading" heading={t.listHeading}>
        <p className="admin-intro">{t.listIntro}</p>
        <QueryList query={divisions} none={t.none}>
          {(list) => {
            const ordered = inOrder(list);
            return (
              <>
                {move.isPending && <Loading label={t.moving} />}
                {move.error && <ConflictAwareError error={move.error} />}
                <ol className="admin-cards">
                  {ordered.map((division, index) => (
                    <DivisionCard
                      key={division.id}
                      division={division}
                      position={index + 1}
                      first={index === 0}
                      last={index === ordered.length - 1}
                      people={people.data ?? []}
                      members={membersOf(division.id).length}
                      busy={move.isPending}
                      onMove={(step) => move.mutate({ id: division.id, step })}
                      onSaved={(saved) => {
                        setNotice(null);
                        replaceInList(queries, organizationKeys.divisions(org), saved);
                        void refresh();
                      }}
                      onDelete={() => removal.ask(division)}
                    />
                  ))}
                </ol>
              </>
            );
          }}
        </QueryList>
      </Panel>

      <ConfirmDialog
        {...removal.dialog}
        title={fill(t.deleteTitle, { name: doomed?.name ?? '' })}
        confirmLabel={t.deleteConfirm}
        busyLabel={t.deleting}
        conflictNextStep={t.deleteNext}
      >
        <p>{t.deleteBody}</p>
        {doomed && membersOf(doomed.id).length > 0 && <p className="admin-warning">{fill(t.deletePeople, { count: membersOf(doomed.id).length })}</p>}
      </ConfirmDialog>
    </>
  );
}
