import '../../../styles/admin-editor.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, orgPath } from '../../../api/client';
import type { Measure } from '../../../api/types';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../components/feedback';
import { currentFiscalYearBe, fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { inOrder } from '../divisions/division-order';
import { useDivisions, useFiscalYears } from '../../../api/organization-data';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useConfirmedDelete } from '../shared/confirmed-delete';
import { FiscalYearSelect } from '../shared/fiscal-year-select';
import { yearsWithCurrent } from '../../../session/fiscal-year-choice';
import { indicatorNames } from './ita-indicators';
import { refreshMeasures, useCatalog, useYearMeasures } from './measure-editor-data';
import { MeasureForm } from './measure-form';
import { MeasureList } from './measure-list';

const text = defineMessages({
  th: {
    heading: 'มาตรการ {year}',
    intro: 'ร่าง แก้ไข และจัดลำดับมาตรการของปี เมื่อพร้อมแล้วส่งให้ผู้บริหารเห็นชอบได้ที่หน้ามาตรการ',
    year: 'ปีงบประมาณ',
    add: 'เพิ่มมาตรการ',
    starter: 'โหลดมาตรการมาตรฐาน',
    starterHint: 'เพิ่มมาตรการมาตรฐาน ๖ มาตรการเป็นร่าง (มาตรการที่มีชื่อเดียวกันอยู่แล้วจะข้ามไป) แก้ไขหรือลบภายหลังได้',
    starting: 'กำลังเพิ่มมาตรการมาตรฐาน…',
    starterAdded: 'เพิ่มมาตรการมาตรฐาน {count} มาตรการเป็นร่างแล้ว',
    starterNone: 'ไม่ได้เพิ่มมาตรการใหม่: ปีนี้มีมาตรการมาตรฐานครบแล้ว',
    starterSkipped: 'มีอยู่แล้ว จึงข้ามไป: {titles}',
    importLink: 'นำเข้าจากไฟล์แผนหรือรายงานเดิม',
    count: '{count} มาตรการ',
    empty: 'ปีงบประมาณนี้ยังไม่มีมาตรการ เพิ่มทีละมาตรการ โหลดมาตรการมาตรฐาน หรือนำเข้าจากไฟล์แผนเดิม',
    notSetUp: 'ยังไม่ได้ตั้งปีงบประมาณ {year} ในระบบ จึงยังเพิ่มมาตรการไม่ได้',
    setUp: 'ตั้งปีงบประมาณที่แท็บ ปีงบประมาณ',
    archived: 'ปีงบประมาณนี้เป็นข้อมูลย้อนหลัง ดูได้อย่างเดียว แก้ไขไม่ได้',
    created: 'เพิ่มมาตรการที่ {no} แล้ว (สถานะร่าง)',
    saved: 'บันทึกการแก้ไขมาตรการที่ {no} แล้ว',
    deleted: 'ลบมาตรการที่ {no} แล้ว',
    deleteTitle: 'ลบมาตรการที่ {no}?',
    deleteBody: 'มาตรการ "{title}" พร้อมขั้นตอนทั้งหมดจะถูกลบถาวร และกู้คืนไม่ได้',
    deleteConfirm: 'ลบมาตรการนี้',
    deleting: 'กำลังลบ…',
  },
  en: {
    heading: 'Measures · {year}',
    intro: 'Draft, change and number the year’s measures; when ready, send them for the executive’s approval from the Measures page.',
    year: 'Fiscal year',
    add: 'Add a measure',
    starter: 'Load the standard measures',
    starterHint: 'Adds the six standard measures as drafts (titles the year already has are skipped); change or delete them afterwards.',
    starting: 'Adding the standard measures…',
    starterAdded: '{count} standard measures added as drafts.',
    starterNone: 'Nothing added: the year already has every standard measure.',
    starterSkipped: 'Already there, skipped: {titles}',
    importLink: 'Import from an existing plan or report file',
    count: '{count} measures',
    empty: 'This fiscal year has no measures yet. Add them one by one, load the standard measures, or import an existing plan.',
    notSetUp: 'Fiscal year {year} is not set up yet, so measures cannot be added to it.',
    setUp: 'Set it up under Fiscal years',
    archived: 'This fiscal year is an archive: read-only.',
    created: 'Measure {no} added (draft).',
    saved: 'Changes to measure {no} saved.',
    deleted: 'Measure {no} deleted.',
    deleteTitle: 'Delete measure {no}?',
    deleteBody: 'The measure "{title}" and all its steps will be deleted for good; this cannot be undone.',
    deleteConfirm: 'Delete this measure',
    deleting: 'Deleting…',
  },
});

type Editing = { mode: 'new' } | { mode: 'edit'; measure: Measure } | null;
type Done = { kind: 'created' | 'saved' | 'deleted'; no: number } | { kind: 'starter'; added: number; alreadyThere: string[] } | null;

/** The measure editor of the administration area: one fiscal year's measures, added, changed and deleted. */
export function AdminMeasures() {
  // A system administrator may switch organisation: start afresh rather than keep the other's editor open.
  return <MeasuresEditor key={useSignedIn().organization.code} />;
}

function MeasuresEditor() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const org = organization.code;
  const queries = useQueryClient();
  const [params, setParams] = useSearchParams();
  const yearBe = Number(params.get('year')) || currentFiscalYearBe();
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<Done>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(0);

  const years = useFiscalYears(org);
  const divisions = useDivisions(org);
  const measures = useYearMeasures(org, yearBe);
  const catalog = useCatalog(org, yearBe);

  const year = years.data?.find((item) => item.yearBe === yearBe);
  const setUp = years.data === undefined || year !== undefined;
  const archived = year?.archived ?? false;
  const writable = setUp && !archived;
  const names = indicatorNames(catalog.data?.indicators ?? [], language);

  // Back from the editor or the delete dialog (whose own effect closes it first): the keyboard
  // returns to the list's heading, just above the result.
  useEffect(() => {
    if (focusHeading > 0) heading.current?.focus();
  }, [focusHeading]);

  const closeEditor = (result: Done) => {
    setDone(result);
    setEditing(null);
    setFocusHeading((count) => count + 1);
  };

  const starter = useMutation({
    mutationFn: () => api<{ added: Measure[]; alreadyThere: string[] }>('POST', `${orgPath(org)}/measures/starter`, { fiscalYearBe: yearBe }),
    onSuccess: async (result) => {
      setDone({ kind: 'starter', added: result.added.length, alreadyThere: result.alreadyThere });
      await refreshMeasures(queries);
    },
  });
  const removal = useConfirmedDelete(
    (measure: Measure) => api<void>('DELETE', `${orgPath(org)}/measures/${measure.id}`),
    async (measure) => {
      setDone({ kind: 'deleted', no: measure.no });
      setFocusHeading((count) => count + 1);
      await refreshMeasures(queries);
    },
  );
  const deleting = removal.doomed;

  const chooseYear = (next: number) => {
    setDone(null);
    starter.reset();
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('year', String(next));
      return updated;
    });
  };

  if (editing !== null) {
    return (
      <MeasureForm
        key={editing.mode === 'edit' ? editing.measure.id : 'new'}
        org={org}
        fiscalYearBe={yearBe}
        measure={editing.mode === 'edit' ? editing.measure : null}
        divisions={inOrder(divisions.data ?? [])}
        catalog={catalog.data}
        onSaved={(measure, created) => {
          closeEditor({ kind: created ? 'created' : 'saved', no: measure.no });
          void refreshMeasures(queries);
        }}
        onCancel={() => closeEditor(null)}
      />
    );
  }

  const list = measures.data?.items ?? [];
  return (
    <section className="panel admin-editor" aria-labelledby="admin-measures-title">
      <h2 id="admin-measures-title" ref={heading} tabIndex={-1}>
        {fill(t.heading, { year: fiscalYearLabel(yearBe, language) })}
      </h2>
      <p className="page-subtitle">{t.intro}</p>

      <div className="editor-toolbar">
        <FiscalYearSelect label={t.year} years={yearsWithCurrent([...(years.data ?? []).map((item) => item.yearBe), yearBe], currentFiscalYearBe())} value={yearBe} onChange={chooseYear} />
        {writable && (
          <div className="editor-toolbar-actions">
            <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
              <span aria-hidden="true">+</span> {t.add}
            </button>
            <button type="button" className="button" aria-describedby="measures-starter-hint" disabled={starter.isPending} onClick={() => starter.mutate()}>
              {t.starter}
            </button>
          </div>
        )}
      </div>
      {writable && (
        <p className="field-hint" id="measures-starter-hint">
          {t.starterHint} <Link to="/admin/import">{t.importLink}</Link>
        </p>
      )}

      {!setUp && (
        <div className="notice notice-info">
          <p>{fill(t.notSetUp, { year: yearBe })}</p>
          <p>
            <Link to="/admin/fiscal-years">{t.setUp}</Link>
          </p>
        </div>
      )}
      {archived && <p className="notice notice-info">{t.archived}</p>}

      {starter.isPending && <Loading label={t.starting} />}
      {starter.error && <ErrorNotice error={starter.error} />}
      {done && <DoneNotice done={done} />}

      {measures.isLoading && <Loading />}
      {measures.error && <ErrorNotice error={measures.error} onRetry={() => measures.refetch()} />}
      {divisions.error && <ErrorNotice error={divisions.error} onRetry={() => divisions.refetch()} />}
      {measures.data && list.length === 0 && setUp && <EmptyState>{t.empty}</EmptyState>}
      {list.length > 0 && (
        <>
          <p className="editor-count">{fill(t.count, { count: list.length })}</p>
          <MeasureList
            measures={list}
            indicatorNames={names}
            readOnly={!writable}
            onEdit={(measure) => setEditing({ mode: 'edit', measure })}
            onDelete={removal.ask}
          />
        </>
      )}

      <ConfirmDialog {...removal.dialog} title={fill(t.deleteTitle, { no: deleting?.no ?? '' })} confirmLabel={t.deleteConfirm} busyLabel={t.deleting}>
        <p>{fill(t.deleteBody, { title: deleting?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** What the last action did, said once (read out by screen readers). */
function DoneNotice({ done }: { done: NonNullable<Done> }) {
  const t = useText(text);
  if (done.kind === 'starter') {
    return (
      <SuccessNotice>
        <p>{done.added > 0 ? fill(t.starterAdded, { count: done.added }) : t.starterNone}</p>
        {done.alreadyThere.length > 0 && <p>{fill(t.starterSkipped, { titles: done.alreadyThere.join(', ') })}</p>}
      </SuccessNotice>
    );
  }
  return (
    <SuccessNotice>
      <p>{fill(t[done.kind], { no: done.no })}</p>
    </SuccessNotice>
  );
}
