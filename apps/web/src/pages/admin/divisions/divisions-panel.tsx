import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import type { Division } from '../../../api/types';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { adminKeys, refreshEverywhere, useDivisions, usePeople } from '../shared/admin-data';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { ConflictAwareError } from '../shared/conflict-notice';
import { fieldError } from '../shared/field-error';
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
  const [doomed, setDoomed] = useState<Division | null>(null);
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

  const remove = useMutation({
    mutationFn: (division: Division) => api('DELETE', `${orgPath(org)}/divisions/${division.id}`),
    onSuccess: async (_, division) => {
      setDoomed(null);
      setNotice(fill(t.deleted, { name: division.name }));
      queries.setQueryData<Division[]>(adminKeys.divisions(org), (list) => list?.filter((item) => item.id !== division.id));
      await refresh();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    add.mutate();
  };

  const ordered = inOrder(divisions.data ?? []);
  const membersOf = (divisionId: string) => (people.data ?? []).filter((person) => person.divisionId === divisionId);

  return (
    <>
      <section className="panel" aria-labelledby="division-add-heading">
        <h2 id="division-add-heading">{t.addHeading}</h2>
        <form onSubmit={submit} className="admin-inline-form" noValidate>
          <Field label={t.name} hint={t.nameHint} error={fieldError(add.error, 'name', language)}>
            <input value={name} maxLength={255} required onChange={(event) => setName(event.target.value)} />
          </Field>
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {add.isPending ? t.adding : t.add}
          </button>
        </form>
        {add.error && !fieldError(add.error, 'name', language) ? <ConflictAwareError error={add.error} /> : null}
      </section>

      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      <section className="panel" aria-labelledby="division-list-heading">
        <h2 id="division-list-heading">{t.listHeading}</h2>
        <p className="admin-intro">{t.listIntro}</p>
        {divisions.isLoading && <Loading />}
        {divisions.error && <ErrorNotice error={divisions.error} onRetry={() => divisions.refetch()} />}
        {move.isPending && <Loading label={t.moving} />}
        {move.error && <ConflictAwareError error={move.error} />}
        {divisions.data && ordered.length === 0 && <EmptyState>{t.none}</EmptyState>}
        {ordered.length > 0 && (
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
                  queries.setQueryData<Division[]>(adminKeys.divisions(org), (list) => list?.map((item) => (item.id === saved.id ? saved : item)));
                  void refresh();
                }}
                onDelete={() => {
                  remove.reset();
                  setDoomed(division);
                }}
              />
            ))}
          </ol>
        )}
      </section>

      <ConfirmDialog
        open={doomed !== null}
        title={fill(t.deleteTitle, { name: doomed?.name ?? '' })}
        confirmLabel={t.deleteConfirm}
        danger
        busy={remove.isPending}
        busyLabel={t.deleting}
        error={remove.error}
        conflictNextStep={t.deleteNext}
        onConfirm={() => doomed && remove.mutate(doomed)}
        onClose={() => setDoomed(null)}
      >
        <p>{t.deleteBody}</p>
        {doomed && membersOf(doomed.id).length > 0 && <p className="admin-warning">{fill(t.deletePeople, { count: membersOf(doomed.id).length })}</p>}
      </ConfirmDialog>
    </>
  );
}
