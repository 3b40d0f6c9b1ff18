import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import type { Person } from '../../../api/types';
import { SuccessNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { formatDate, todayInBangkok } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { ROLE } from '../../../i18n/labels';
import { useSignedIn } from '../../../session/session';
import { AdminTable, RowAction } from '../shared/admin-table';
import { adminKeys, dropFromList, refreshEverywhere, type Delegation } from '../shared/admin-data';
import { usePeople } from '../../../api/organization-data';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useConfirmedDelete } from '../shared/confirmed-delete';
import { fieldError } from '../shared/field-error';
import { FormError, SubmitButton } from '../shared/form-parts';
import { Panel } from '../shared/panel';
import { QueryList } from '../shared/query-list';
import { delegationState } from './delegation-state';

const text = defineMessages({
  th: {
    intro: 'เมื่อมีผู้ลาหรือไปราชการ กำหนดผู้ปฏิบัติหน้าที่แทนได้ ในช่วงวันที่กำหนด ผู้ปฏิบัติหน้าที่แทนจะได้รับการแจ้งเตือนของผู้ที่ไม่อยู่ และดำเนินการแทนได้ (เช่น ตรวจรายงาน ลงนาม) โดยระบบบันทึกทั้งชื่อผู้ทำและผู้ที่ทำแทน',
    addHeading: 'เพิ่มผู้ปฏิบัติหน้าที่แทน',
    delegator: 'ผู้ที่ไม่อยู่',
    delegate: 'ผู้ปฏิบัติหน้าที่แทน',
    choose: '— เลือกบุคลากร —',
    startsOn: 'ตั้งแต่วันที่',
    endsOn: 'ถึงวันที่',
    dateHint: 'รวมวันสุดท้ายด้วย',
    add: 'เพิ่มผู้ปฏิบัติหน้าที่แทน',
    adding: 'กำลังเพิ่ม…',
    added: 'บันทึกให้ {delegate} ปฏิบัติหน้าที่แทน {delegator} แล้ว',
    listHeading: 'การมอบหมายให้ปฏิบัติหน้าที่แทน',
    none: 'ยังไม่มีการมอบหมายให้ปฏิบัติหน้าที่แทน',
    period: 'ช่วงวันที่',
    state: 'สถานะ',
    actions: 'การจัดการ',
    upcoming: 'ยังไม่ถึงกำหนด',
    active: 'มีผลวันนี้',
    ended: 'สิ้นสุดแล้ว',
    delete: 'ลบ',
    deleteTitle: 'ลบการมอบหมายนี้หรือไม่',
    deleteBody: '{delegate} จะไม่ได้ปฏิบัติหน้าที่แทน {delegator} ({from} – {to}) อีกต่อไป',
    deleteConfirm: 'ลบการมอบหมาย',
    deleted: 'ลบการมอบหมายแล้ว',
    unknown: '(ไม่พบบุคคล)',
    pickPerson: 'กรุณาเลือกบุคลากร',
    pickDate: 'กรุณาเลือกวันที่',
  },
  en: {
    intro: 'When someone is on leave or away, name who stands in. Between the dates the stand-in receives the absent person’s notices and may act for them (e.g. review, sign off); both names are recorded.',
    addHeading: 'Add a stand-in',
    delegator: 'Person away',
    delegate: 'Stand-in',
    choose: '— choose a person —',
    startsOn: 'From',
    endsOn: 'Until',
    dateHint: 'The last day included',
    add: 'Add stand-in',
    adding: 'Adding…',
    added: '{delegate} now stands in for {delegator}',
    listHeading: 'Stand-ins',
    none: 'No stand-ins yet.',
    period: 'Dates',
    state: 'State',
    actions: 'Actions',
    upcoming: 'not started yet',
    active: 'in force today',
    ended: 'ended',
    delete: 'Delete',
    deleteTitle: 'Delete this stand-in?',
    deleteBody: '{delegate} will no longer stand in for {delegator} ({from} – {to}).',
    deleteConfirm: 'Delete stand-in',
    deleted: 'Stand-in deleted',
    unknown: '(unknown person)',
    pickPerson: 'Please choose a person',
    pickDate: 'Please choose a date',
  },
});

const STATE_BADGE = { upcoming: 'badge badge-open', active: 'badge badge-submitted', ended: 'badge' } as const;

/** Who stands in for whom, and when. */
export function DelegationsPanel() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const org = organization.code;
  const queries = useQueryClient();
  const people = usePeople(org);
  const delegations = useQuery({ queryKey: adminKeys.delegations(org), queryFn: () => api<Delegation[]>('GET', `${orgPath(org)}/delegations`) });
  const [delegatorPersonId, setDelegator] = useState('');
  const [delegatePersonId, setDelegate] = useState('');
  const [startsOn, setStartsOn] = useState(todayInBangkok());
  const [endsOn, setEndsOn] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);

  const nameOf = (id: string) => (people.data ?? []).find((person) => person.id === id)?.displayName ?? t.unknown;
  const active = (people.data ?? []).filter((person) => person.active);
  const refresh = () => refreshEverywhere(queries, 'delegations');

  const add = useMutation({
    mutationFn: () => api<Delegation>('POST', `${orgPath(org)}/delegations`, { delegatorPersonId, delegatePersonId, startsOn, endsOn }),
    onSuccess: async (created) => {
      setNotice(fill(t.added, { delegate: nameOf(created.delegatePersonId), delegator: nameOf(created.delegatorPersonId) }));
      setDelegator('');
      setDelegate('');
      setEndsOn('');
      await refresh();
    },
  });

  const removal = useConfirmedDelete(
    (delegation: Delegation) => api('DELETE', `${orgPath(org)}/delegations/${delegation.id}`),
    async (delegation) => {
      setNotice(t.deleted);
      dropFromList(queries, adminKeys.delegations(org), delegation);
      await refresh();
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    // The API would answer "must be a UUID" for an empty choice: say it in people's words first.
    const empty = Object.entries({ delegatorPersonId, delegatePersonId, startsOn, endsOn })
      .filter(([, value]) => value === '')
      .map(([field]) => field);
    setMissing(empty);
    if (empty.length === 0) add.mutate();
  };

  const option = (person: Person) => (
    <option key={person.id} value={person.id}>
      {person.displayName} · {person.position || ROLE[language][person.role]}
    </option>
  );
  const today = todayInBangkok();
  const problem = (field: string) =>
    missing.includes(field) && { delegatorPersonId, delegatePersonId, startsOn, endsOn }[field] === '' ? (field.endsWith('On') ? t.pickDate : t.pickPerson) : fieldError(add.error, field, language);
  const doomed = removal.doomed;

  return (
    <>
      <p className="admin-intro">{t.intro}</p>
      <Panel id="delegation-add-heading" heading={t.addHeading}>
        <form onSubmit={submit} noValidate>
          <div className="admin-two">
            <Field label={t.delegator} error={problem('delegatorPersonId')}>
              <select value={delegatorPersonId} required onChange={(event) => setDelegator(event.target.value)}>
                <option value="">{t.choose}</option>
                {active.map(option)}
              </select>
            </Field>
            <Field label={t.delegate} error={problem('delegatePersonId')}>
              <select value={delegatePersonId} required onChange={(event) => setDelegate(event.target.value)}>
                <option value="">{t.choose}</option>
                {active.filter((person) => person.id !== delegatorPersonId).map(option)}
              </select>
            </Field>
            <Field label={t.startsOn} hint={/^\d{4}-\d{2}-\d{2}$/.test(startsOn) ? formatDate(startsOn, language, 'long') : undefined} error={problem('startsOn')}>
              <input type="date" value={startsOn} required onChange={(event) => setStartsOn(event.target.value)} />
            </Field>
            <Field
              label={t.endsOn}
              hint={/^\d{4}-\d{2}-\d{2}$/.test(endsOn) ? `${formatDate(endsOn, language, 'long')} · ${t.dateHint}` : t.dateHint}
              error={problem('endsOn')}
            >
              <input type="date" value={endsOn} min={startsOn || undefined} required onChange={(event) => setEndsOn(event.target.value)} />
            </Field>
          </div>
          <FormError error={add.error} fields={['delegatorPersonId', 'delegatePersonId', 'startsOn', 'endsOn']} />
          <SubmitButton busy={add.isPending} label={t.add} busyLabel={t.adding} />
        </form>
      </Panel>

      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      <Panel id="delegation-list-heading" heading={t.listHeading}>
        <QueryList query={delegations} none={t.none} alsoNeeds={people}>
          {(list) => (
            <AdminTable labelledBy="delegation-list-heading" columns={[t.delegator, t.delegate, t.period, t.state]} actions={t.actions}>
              {list.map((delegation) => {
                const state = delegationState(delegation, today);
                return (
                  <tr key={delegation.id} className={state === 'ended' ? 'admin-row-inactive' : undefined}>
                    <th scope="row" className="admin-row-head" data-label={t.delegator}>
                      {nameOf(delegation.delegatorPersonId)}
                    </th>
                    <td data-label={t.delegate}>{nameOf(delegation.delegatePersonId)}</td>
                    <td className="admin-nowrap" data-label={t.period}>
                      {formatDate(delegation.startsOn, language)} – {formatDate(delegation.endsOn, language)}
                    </td>
                    <td data-label={t.state}>
                      <span className={STATE_BADGE[state]}>{t[state]}</span>
                    </td>
                    <RowAction
                      label={t.delete}
                      row={`${nameOf(delegation.delegatePersonId)} → ${nameOf(delegation.delegatorPersonId)}`}
                      danger
                      onClick={() => removal.ask(delegation)}
                    />
                  </tr>
                );
              })}
            </AdminTable>
          )}
        </QueryList>
      </Panel>

      <ConfirmDialog {...removal.dialog} title={t.deleteTitle} confirmLabel={t.deleteConfirm}>
        {doomed && (
          <p>
            {fill(t.deleteBody, {
              delegate: nameOf(doomed.delegatePersonId),
              delegator: nameOf(doomed.delegatorPersonId),
              from: formatDate(doomed.startsOn, language),
              to: formatDate(doomed.endsOn, language),
            })}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
