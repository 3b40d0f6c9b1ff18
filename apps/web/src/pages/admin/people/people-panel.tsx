import { useMemo, useState } from 'react';
import type { Person, Role } from '../../../api/types';
import { EmptyState, SuccessNotice } from '../../../components/feedback';
import { FilterSearch, FilterSelect } from '../../../components/filters';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { ROLE } from '../../../i18n/labels';
import { useSignedIn } from '../../../session/session';
import { useDivisions, usePeople } from '../../../api/organization-data';
import { ORGANIZATION_ROLES } from '../shared/admin-labels';
import { AdminTable, RowAction } from '../shared/admin-table';
import { Panel } from '../shared/panel';
import { QueryList } from '../shared/query-list';
import { AddPersonForm } from './add-person-form';
import { EditPersonDialog } from './edit-person-dialog';
import { OneTimePassword } from './one-time-password';
import { filterPeople, NO_FILTER, type PeopleFilter } from './people-filter';

const text = defineMessages({
  th: {
    heading: 'บุคลากรขององค์กร',
    add: 'เพิ่มบุคลากร',
    role: 'บทบาท',
    division: 'กอง/หน่วยงาน',
    status: 'สถานะบัญชี',
    search: 'ค้นหาชื่อ อีเมล หรือตำแหน่ง',
    all: 'ทั้งหมด',
    activeOnly: 'ใช้งานอยู่',
    inactiveOnly: 'ปิดการใช้งาน',
    name: 'ชื่อ-สกุล',
    position: 'ตำแหน่ง',
    actions: 'การจัดการ',
    active: 'ใช้งานอยู่',
    inactive: 'ปิดการใช้งาน',
    firstPassword: 'ยังไม่ได้ตั้งรหัสผ่านของตนเอง',
    edit: 'แก้ไข',
    none: 'ยังไม่มีบุคลากร เพิ่มผู้ประสานงาน ผู้บริหาร หัวหน้ากอง และเจ้าหน้าที่ด้วยปุ่ม "เพิ่มบุคลากร"',
    noMatch: 'ไม่พบบุคลากรตามตัวกรองที่เลือก',
    count: 'แสดง {shown} จาก {total} คน',
    saved: 'บันทึกข้อมูลของ {name} แล้ว',
    addedNoPassword: 'เพิ่ม {name} แล้ว',
  },
  en: {
    heading: 'People of the organisation',
    add: 'Add a person',
    role: 'Role',
    division: 'Division',
    status: 'Account',
    search: 'Find by name, email or position',
    all: 'All',
    activeOnly: 'In use',
    inactiveOnly: 'Turned off',
    name: 'Name',
    position: 'Position',
    actions: 'Actions',
    active: 'in use',
    inactive: 'turned off',
    firstPassword: 'has not set their own password yet',
    edit: 'Edit',
    none: 'Nobody yet: add the coordinator, executives, division heads and officers with “Add a person”.',
    noMatch: 'Nobody matches the chosen filters.',
    count: 'Showing {shown} of {total}',
    saved: 'Changes to {name} saved',
    addedNoPassword: '{name} added',
  },
});

/** People and their roles: filter, add (with the one-time password shown once), edit. */
export function PeoplePanel() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const people = usePeople(organization.code);
  const divisions = useDivisions(organization.code);
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ person: Person; password: string } | null>(null);
  const [editing, setEditing] = useState<Person | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const visible = useMemo(() => filterPeople(people.data ?? [], filter), [people.data, filter]);
  const divisionName = (id: string | null) => divisions.data?.find((division) => division.id === id)?.name ?? '–';
  const change = (changes: Partial<PeopleFilter>) => setFilter({ ...filter, ...changes });

  return (
    <>
      {secret && <OneTimePassword person={secret.person} password={secret.password} onDone={() => setSecret(null)} />}
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {adding ? (
        <AddPersonForm
          divisions={divisions.data ?? []}
          onCancel={() => setAdding(false)}
          onAdded={(person, password) => {
            setAdding(false);
            setNotice(password ? null : fill(t.addedNoPassword, { name: person.displayName }));
            if (password) setSecret({ person, password });
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            {t.add}
          </button>
        </p>
      )}

      <Panel id="people-heading" heading={t.heading}>
        <QueryList query={people} none={t.none}>
          {(everyone) => (
            <>
              <div className="filters">
                <FilterSelect
                  label={t.role}
                  value={filter.role}
                  all={t.all}
                  options={ORGANIZATION_ROLES.map((role) => ({ value: role, label: ROLE[language][role] }))}
                  onChange={(role) => change({ role: role as Role | '' })}
                />
                <FilterSelect
                  label={t.division}
                  value={filter.divisionId}
                  all={t.all}
                  options={(divisions.data ?? []).map((division) => ({ value: division.id, label: division.name }))}
                  onChange={(divisionId) => change({ divisionId })}
                />
                <FilterSelect
                  label={t.status}
                  value={filter.active}
                  options={[
                    { value: 'all', label: t.all },
                    { value: 'active', label: t.activeOnly },
                    { value: 'inactive', label: t.inactiveOnly },
                  ]}
                  onChange={(active) => change({ active: active as PeopleFilter['active'] })}
                />
                <FilterSearch label={t.search} value={filter.search} onChange={(search) => change({ search })} />
              </div>
              <p className="admin-count" role="status">
                {fill(t.count, { shown: visible.length, total: everyone.length })}
              </p>
              {visible.length === 0 ? (
                <EmptyState>{t.noMatch}</EmptyState>
              ) : (
                <AdminTable labelledBy="people-heading" columns={[t.name, t.position, t.role, t.division, t.status]} actions={t.actions}>
                  {visible.map((person) => (
                    <tr key={person.id} className={person.active ? undefined : 'admin-row-inactive'}>
                      <th scope="row" className="admin-row-head">
                        {person.displayName}
                        <span className="admin-email">{person.email}</span>
                      </th>
                      <td data-label={t.position}>{person.position || '–'}</td>
                      <td data-label={t.role}>{ROLE[language][person.role]}</td>
                      <td data-label={t.division}>{person.divisionId ? divisionName(person.divisionId) : '–'}</td>
                      <td data-label={t.status}>
                        <span className={person.active ? 'badge badge-signed_off' : 'badge'}>{person.active ? t.active : t.inactive}</span>
                        {person.mustChangePassword && <span className="admin-email">{t.firstPassword}</span>}
                      </td>
                      <RowAction
                        label={t.edit}
                        row={person.displayName}
                        onClick={() => {
                          setNotice(null);
                          setEditing(person);
                        }}
                      />
                    </tr>
                  ))}
                </AdminTable>
              )}
            </>
          )}
        </QueryList>
      </Panel>

      <EditPersonDialog
        person={editing}
        divisions={divisions.data ?? []}
        onClose={() => setEditing(null)}
        onPasswordReset={(person, password) => {
          setEditing(null);
          setSecret({ person, password });
        }}
        onSaved={(saved) => {
          setEditing(null);
          setNotice(fill(t.saved, { name: saved.displayName }));
        }}
      />
    </>
  );
}
