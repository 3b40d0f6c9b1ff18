import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import { Loading, SuccessNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { currentFiscalYearBe, fiscalYearLabel, formatDate } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { AdminTable, RowAction } from '../shared/admin-table';
import { adminKeys, dropFromList, refreshEverywhere, type Holiday } from '../shared/admin-data';
import { useFiscalYears } from '../../../api/organization-data';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useConfirmedDelete } from '../shared/confirmed-delete';
import { ConflictAwareError } from '../shared/conflict-notice';
import { fieldError } from '../shared/field-error';
import { FiscalYearSelect } from '../shared/fiscal-year-select';
import { FormError, SubmitButton } from '../shared/form-parts';
import { Panel } from '../shared/panel';
import { QueryList } from '../shared/query-list';
import { defaultYear, fiscalYearOfDate, yearsWithCurrent } from '../../../session/fiscal-year-choice';
import { isWeekend, weekdayOf } from './weekday';

const text = defineMessages({
  th: {
    year: 'ปีงบประมาณ',
    intro: 'วันหยุดเหล่านี้ไม่นับเป็นวันทำการ เมื่อระบบคำนวณการแจ้งเตือนล่วงหน้าและการเร่งรัด เมื่อเพิ่มหรือลบวันหยุด (เช่น วันหยุดพิเศษตามมติคณะรัฐมนตรี) มาตรการที่กำลังดำเนินการจะปรับวันแจ้งเตือนตามทันที โดยไม่แจ้งซ้ำและไม่ตกหล่น',
    starterHeading: 'วันหยุดราชการตามประกาศ',
    starterIntro: 'โหลดวันหยุดราชการประจำปีจากรายการอ้างอิงของระบบ วันที่มีอยู่แล้วจะไม่ถูกแก้ไข โหลดซ้ำได้โดยไม่เกิดรายการซ้ำ',
    starter: 'โหลดวันหยุดราชการของ{year}',
    loading: 'กำลังโหลดวันหยุดราชการ…',
    loaded: 'เพิ่มวันหยุด {added} วัน (มีอยู่แล้ว {already} วัน ไม่เปลี่ยนแปลง)',
    nothingInList: 'รายการอ้างอิงยังไม่มีวันหยุดของ{year} เพิ่มวันหยุดเองได้ด้วยแบบฟอร์มด้านล่าง',
    addHeading: 'เพิ่มวันหยุด',
    date: 'วันที่',
    dateHint: 'ปฏิทินของเบราว์เซอร์อาจแสดงปี ค.ศ. ระบบแสดงวันที่ที่เลือกเป็น พ.ศ. ด้านล่าง',
    chosen: 'วันที่เลือก: {day}ที่ {date}',
    nameTh: 'ชื่อวันหยุด (ภาษาไทย)',
    nameThHint: 'เช่น วันหยุดชดเชยวันสงกรานต์ หรือวันหยุดพิเศษตามมติคณะรัฐมนตรี',
    nameEn: 'ชื่อวันหยุด (ภาษาอังกฤษ ไม่บังคับ)',
    add: 'เพิ่มวันหยุด',
    adding: 'กำลังเพิ่ม…',
    added: 'เพิ่ม {name} แล้ว',
    listHeading: 'วันหยุดของ{year}',
    count: '{count} วัน',
    none: 'ยังไม่มีวันหยุดของปีนี้ กด "โหลดวันหยุดราชการ" เพื่อเริ่มจากรายการอ้างอิง',
    colDate: 'วันที่',
    colName: 'ชื่อวันหยุด',
    colActions: 'การจัดการ',
    weekend: 'ตรงกับวันหยุดสุดสัปดาห์',
    delete: 'ลบ',
    deleteTitle: 'ลบวันหยุดนี้หรือไม่',
    deleteBody: '{name} ({date}) จะกลับเป็นวันทำการในการคำนวณครั้งต่อไป',
    deleteConfirm: 'ลบวันหยุด',
    deleted: 'ลบ {name} แล้ว',
  },
  en: {
    year: 'Fiscal year',
    intro: 'These days do not count as working days when reminders and escalations are timed. When you add or remove one (a special holiday the cabinet announces, say), the measures already running move their reminders at once, giving none twice and missing none.',
    starterHeading: 'Official public holidays',
    starterIntro: 'Loads the year’s government holidays from the system’s reference list. Dates already here are left as they are; loading twice adds nothing twice.',
    starter: 'Load the official holidays of {year}',
    loading: 'Loading the official holidays…',
    loaded: '{added} holidays added ({already} were already there, left unchanged)',
    nothingInList: 'The reference list has no holidays for {year} yet: add them yourself with the form below.',
    addHeading: 'Add a holiday',
    date: 'Date',
    dateHint: 'The browser’s calendar may show the Christian year; the chosen day is shown in the Buddhist Era below.',
    chosen: 'Chosen: {day} {date}',
    nameTh: 'Name of the holiday (Thai)',
    nameThHint: 'e.g. a substitution day, or a special holiday by cabinet resolution',
    nameEn: 'Name of the holiday (English, optional)',
    add: 'Add holiday',
    adding: 'Adding…',
    added: '{name} added',
    listHeading: 'Holidays of {year}',
    count: '{count} days',
    none: 'No holidays for this year yet: press “Load the official holidays” to start from the reference list.',
    colDate: 'Date',
    colName: 'Holiday',
    colActions: 'Actions',
    weekend: 'falls on a weekend',
    delete: 'Delete',
    deleteTitle: 'Delete this holiday?',
    deleteBody: '{name} ({date}) becomes a working day in the next calculations.',
    deleteConfirm: 'Delete holiday',
    deleted: '{name} deleted',
  },
});

/** The holidays of a fiscal year: load the official list, add one, delete one. */
export function HolidaysPanel() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const org = organization.code;
  const queries = useQueryClient();
  const fiscalYears = useFiscalYears(org);
  const current = currentFiscalYearBe();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const years = yearsWithCurrent([...(fiscalYears.data ?? []).map((year) => year.yearBe), ...(chosenYear ? [chosenYear] : [])], current);
  const yearBe = chosenYear ?? defaultYear((fiscalYears.data ?? []).map((year) => year.yearBe), current);
  const yearName = fiscalYearLabel(yearBe, language);
  const [date, setDate] = useState('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const holidays = useQuery({ queryKey: adminKeys.holidays(org, yearBe), queryFn: () => api<Holiday[]>('GET', `${orgPath(org)}/holidays?year=${yearBe}`) });
  const refresh = () => refreshEverywhere(queries, 'holidays');

  const starter = useMutation({
    mutationFn: () => api<{ added: number; alreadyThere: number; holidays: Holiday[] }>('POST', `${orgPath(org)}/holidays/starter`, { fiscalYearBe: yearBe }),
    onSuccess: async (result) => {
      queries.setQueryData(adminKeys.holidays(org, yearBe), result.holidays);
      setNotice(
        result.added === 0 && result.alreadyThere === 0 ? fill(t.nothingInList, { year: yearName }) : fill(t.loaded, { added: result.added, already: result.alreadyThere }),
      );
      await refresh();
    },
  });

  const add = useMutation({
    mutationFn: () => api<Holiday>('POST', `${orgPath(org)}/holidays`, { date, nameTh: nameTh.trim(), ...(nameEn.trim() ? { nameEn: nameEn.trim() } : {}) }),
    onSuccess: async (created) => {
      setDate('');
      setNameTh('');
      setNameEn('');
      setNotice(fill(t.added, { name: created.nameTh }));
      // A day of another fiscal year is listed there: show that year, where the person can see it.
      if (fiscalYearOfDate(created.date) !== yearBe) setChosenYear(fiscalYearOfDate(created.date));
      await refresh();
    },
  });

  const removal = useConfirmedDelete(
    (holiday: Holiday) => api('DELETE', `${orgPath(org)}/holidays/${holiday.id}`),
    async (holiday) => {
      setNotice(fill(t.deleted, { name: holiday.nameTh }));
      dropFromList(queries, adminKeys.holidays(org, yearBe), holiday);
      await refresh();
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    add.mutate();
  };

  const nameOf = (holiday: Holiday) => (language === 'en' && holiday.nameEn ? holiday.nameEn : holiday.nameTh);
  const doomed = removal.doomed;

  return (
    <>
      <FiscalYearSelect
        label={t.year}
        years={years}
        value={yearBe}
        onChange={(next) => {
          setNotice(null);
          starter.reset();
          setChosenYear(next);
        }}
      />
      <p className="admin-intro">{t.intro}</p>

      <div className="side-by-side admin-top">
        <Panel id="starter-heading" heading={t.starterHeading}>
          <p className="admin-intro">{t.starterIntro}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={starter.isPending}
            onClick={() => {
              setNotice(null);
              starter.mutate();
            }}
          >
            {fill(t.starter, { year: yearName })}
          </button>
          {starter.isPending && <Loading label={t.loading} />}
          {starter.error ? <ConflictAwareError error={starter.error} /> : null}
        </Panel>

        <Panel id="holiday-add-heading" heading={t.addHeading}>
          <form onSubmit={submit} noValidate>
            <Field label={t.date} hint={t.dateHint} error={fieldError(add.error, 'date', language)}>
              <input type="date" value={date} required onChange={(event) => setDate(event.target.value)} />
            </Field>
            {/^\d{4}-\d{2}-\d{2}$/.test(date) && (
              <p className="admin-chosen-date" aria-live="polite">
                {fill(t.chosen, { day: weekdayOf(date, language), date: formatDate(date, language, 'long') })}
              </p>
            )}
            <Field label={t.nameTh} hint={t.nameThHint} error={fieldError(add.error, 'nameTh', language)}>
              <input value={nameTh} maxLength={255} required onChange={(event) => setNameTh(event.target.value)} />
            </Field>
            <Field label={t.nameEn} error={fieldError(add.error, 'nameEn', language)}>
              <input value={nameEn} maxLength={255} lang="en" onChange={(event) => setNameEn(event.target.value)} />
            </Field>
            <FormError error={add.error} fields={['date', 'nameTh', 'nameEn']} />
            <SubmitButton busy={add.isPending} label={t.add} busyLabel={t.adding} />
          </form>
        </Panel>
      </div>

      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      <Panel
        id="holiday-list-heading"
        heading={
          <>
            {fill(t.listHeading, { year: yearName })} {holidays.data && <span className="count">{fill(t.count, { count: holidays.data.length })}</span>}
          </>
        }
      >
        <QueryList query={holidays} none={t.none}>
          {(list) => (
            <AdminTable labelledBy="holiday-list-heading" columns={[t.colDate, t.colName]} actions={t.colActions}>
              {list.map((holiday) => (
                <tr key={holiday.id}>
                  <td className="admin-nowrap" data-label={t.colDate}>
                    {formatDate(holiday.date, language, 'long')}
                    <span className="admin-email">
                      {weekdayOf(holiday.date, language)}
                      {isWeekend(holiday.date) && ` · ${t.weekend}`}
                    </span>
                  </td>
                  <th scope="row" className="admin-row-head">
                    {nameOf(holiday)}
                    {language === 'th' && holiday.nameEn && (
                      <span className="admin-email" lang="en">
                        {holiday.nameEn}
                      </span>
                    )}
                  </th>
                  <RowAction label={t.delete} row={`${nameOf(holiday)} ${formatDate(holiday.date, language)}`} danger onClick={() => removal.ask(holiday)} />
                </tr>
              ))}
            </AdminTable>
          )}
        </QueryList>
      </Panel>

      <ConfirmDialog {...removal.dialog} title={t.deleteTitle} confirmLabel={t.deleteConfirm}>
        <p>{doomed && fill(t.deleteBody, { name: nameOf(doomed), date: formatDate(doomed.date, language, 'long') })}</p>
      </ConfirmDialog>
    </>
  );
}
