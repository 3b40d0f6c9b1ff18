import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import type { Division, Person } from '../../../api/types';
import { Field } from '../../../components/field';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { fieldError } from '../shared/field-error';
import { FormActions, FormError, SubmitButton } from '../shared/form-parts';

const text = defineMessages({
  th: {
    position: 'ลำดับที่ {n}',
    head: 'หัวหน้า',
    noHead: 'ยังไม่ระบุหัวหน้า',
    members: 'บุคลากร {count} คน',
    up: 'เลื่อนขึ้น',
    down: 'เลื่อนลง',
    edit: 'แก้ไข',
    delete: 'ลบ',
    name: 'ชื่อกอง/หน่วยงาน',
    headLabel: 'หัวหน้ากอง/หน่วยงาน',
    headHint: 'ผู้ได้รับแจ้งเมื่อกองได้รับมอบหมายมาตรการ และเมื่อมีงานเกินกำหนด',
    headNone: '— ยังไม่ระบุ —',
    inDivision: 'สังกัดกองนี้',
    others: 'บุคลากรอื่น',
    save: 'บันทึก',
    saving: 'กำลังบันทึก…',
  },
  en: {
    position: 'No. {n}',
    head: 'Head',
    noHead: 'no head named yet',
    members: '{count} people',
    up: 'Move up',
    down: 'Move down',
    edit: 'Edit',
    delete: 'Delete',
    name: 'Name of the division',
    headLabel: 'Head of the division',
    headHint: 'Told when the division is given a measure and when its work is overdue.',
    headNone: '— none yet —',
    inDivision: 'In this division',
    others: 'Other people',
    save: 'Save',
    saving: 'Saving…',
  },
});

/** One division in the list: its place, name and head, and what can be done with it. */
export function DivisionCard(props: {
  division: Division;
  position: number;
  first: boolean;
  last: boolean;
  people: Person[];
  members: number;
  busy: boolean;
  onMove(step: -1 | 1): void;
  onSaved(division: Division): void;
  onDelete(): void;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const { division } = props;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(division.name);
  const [headPersonId, setHead] = useState(division.headPersonId ?? '');

  const save = useMutation({
    mutationFn: () => api<Division>('PATCH', `${orgPath(organization.code)}/divisions/${division.id}`, { name: name.trim(), headPersonId: headPersonId || null }),
    onSuccess: (saved) => {
      setEditing(false);
      props.onSaved(saved);
    },
  });

  const head = props.people.find((person) => person.id === division.headPersonId);
  const active = props.people.filter((person) => person.active || person.id === division.headPersonId);
  const inDivision = active.filter((person) => person.divisionId === division.id);
  const others = active.filter((person) => person.divisionId !== division.id);
  const hidden = <span className="visually-hidden"> {division.name}</span>;

  const startEditing = () => {
    setName(division.name);
    setHead(division.headPersonId ?? '');
    save.reset();
    setEditing(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  if (editing) {
    return (
      <li className="card admin-card">
        <form onSubmit={submit} noValidate>
          <Field label={t.name} error={fieldError(save.error, 'name', language)}>
            <input value={name} maxLength={255} required onChange={(event) => setName(event.target.value)} autoFocus />
          </Field>
          <Field label={t.headLabel} hint={t.headHint} error={fieldError(save.error, 'headPersonId', language)}>
            <select value={headPersonId} onChange={(event) => setHead(event.target.value)}>
              <option value="">{t.headNone}</option>
              {[
                { label: t.inDivision, list: inDivision },
                { label: t.others, list: others },
              ]
                .filter((group) => group.list.length > 0)
                .map((group) => (
                  <optgroup key={group.label} label={group.label}>
                    {group.list.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.displayName}
                        {person.position ? ` · ${person.position}` : ''}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </Field>
          <FormError error={save.error} fields={['name', 'headPersonId']} />
          <FormActions onCancel={() => setEditing(false)}>
            <SubmitButton busy={save.isPending} label={t.save} busyLabel={t.saving}>
              {hidden}
            </SubmitButton>
          </FormActions>
        </form>
      </li>
    );
  }

  return (
    <li className="card admin-card">
      <div className="admin-card-main">
        <span className="admin-card-kicker">{fill(t.position, { n: props.position })}</span>
        <h3>{division.name}</h3>
        <p className="admin-card-meta">
          {t.head}: {head ? head.displayName : <em>{t.noHead}</em>} · {fill(t.members, { count: props.members })}
        </p>
      </div>
      <div className="admin-actions">
        <button type="button" className="button" disabled={props.first || props.busy} onClick={() => props.onMove(-1)}>
          <span aria-hidden="true">↑</span> {t.up}
          {hidden}
        </button>
        <button type="button" className="button" disabled={props.last || props.busy} onClick={() => props.onMove(1)}>
          <span aria-hidden="true">↓</span> {t.down}
          {hidden}
        </button>
        <button type="button" className="button" onClick={startEditing}>
          {t.edit}
          {hidden}
        </button>
        <button type="button" className="button button-danger" onClick={props.onDelete}>
          {t.delete}
          {hidden}
        </button>
      </div>
    </li>
  );
}
