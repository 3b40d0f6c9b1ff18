import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, orgPath } from '../../../api/client';
import type { Measure, Page } from '../../../api/types';
import { ErrorNotice, Loading } from '../../../components/feedback';
import { fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { problemsByRow, rowCounts, type ImportBatch, type ImportResult } from './import-preview';
import { ImportPreviewTable } from './import-preview-table';
import { ProblemList } from './problem-list';

const text = defineMessages({
  th: {
    heading: 'ขั้นที่ 2 ตรวจสอบก่อนนำเข้า',
    intro: 'ยังไม่มีอะไรถูกบันทึก ตรวจสิ่งที่ระบบอ่านได้ จุดที่ควรตรวจสอบมีพื้นสีเหลืองและเครื่องหมาย ⚠ พร้อมวิธีแก้',
    file: 'ไฟล์',
    organization: 'องค์กรในเอกสาร',
    unknown: 'ไม่ระบุ',
    district: 'อำเภอ{name}',
    province: 'จังหวัด{name}',
    year: 'ปีงบประมาณ',
    kind: 'ประเภทเอกสาร',
    plan: 'แผน (ไม่ระบุรอบรายงาน)',
    round6: 'รายงานรอบ ๖ เดือน',
    round12: 'รายงานรอบ ๑๒ เดือน',
    total: 'อ่านได้',
    clean: 'ไม่มีปัญหา',
    toCheck: 'ควรตรวจสอบ',
    measures: '{count} มาตรการ',
    documentProblems: 'เรื่องที่ควรตรวจในภาพรวมของเอกสาร',
    onlyProblems: 'แสดงเฉพาะมาตรการที่ควรตรวจสอบ',
    otherOrganization: 'เอกสารนี้ระบุว่าเป็นของ{document} ข้อมูลจะนำเข้าเป็นของ{ours} ตรวจว่าเลือกไฟล์ถูกต้อง',
    noYear: 'เอกสารไม่ได้ระบุปีงบประมาณ กด "เลือกไฟล์ใหม่" แล้วเลือกปีงบประมาณก่อนอัปโหลด',
    noMeasures: 'ไม่พบมาตรการในเอกสาร ตรวจว่าเลือกไฟล์ถูกต้อง',
    yearTaken: 'ปีงบประมาณ {year} มีมาตรการอยู่แล้ว {count} มาตรการ จึงนำเข้าซ้ำไม่ได้ เลือกไฟล์ใหม่แล้วเลือกปีอื่น หรือลบมาตรการของปีนั้นก่อน',
    seeYear: 'ดูมาตรการปีงบประมาณ {year}',
    confirmed: 'ยืนยันการนำเข้านี้ไปแล้ว',
    confirm: 'ยืนยันนำเข้า {count} มาตรการ',
    confirmHint: 'มาตรการจะเข้ามาเป็นร่างของปีงบประมาณ {year} แก้ไขได้ที่แท็บมาตรการ ก่อนส่งให้ผู้บริหารเห็นชอบ',
    saving: 'กำลังบันทึก {count} มาตรการ… อย่าปิดหน้านี้',
    restart: 'เลือกไฟล์ใหม่',
  },
  en: {
    heading: 'Step 2: check before importing',
    intro: 'Nothing is saved yet. Check what was read: places to check are shaded yellow and marked ⚠, with how to fix them.',
    file: 'File',
    organization: 'Organisation in the document',
    unknown: 'not given',
    district: '{name} district',
    province: '{name} province',
    year: 'Fiscal year',
    kind: 'Kind of document',
    plan: 'Plan (no report round)',
    round6: '6-month round report',
    round12: '12-month round report',
    total: 'Read',
    clean: 'No problems',
    toCheck: 'To check',
    measures: '{count} measures',
    documentProblems: 'To check about the document as a whole',
    onlyProblems: 'Show only the measures to check',
    otherOrganization: 'The document names {document}; it will be imported into {ours}. Check you chose the right file.',
    noYear: 'The document names no fiscal year: press "Choose another file" and pick the fiscal year before uploading.',
    noMeasures: 'No measures were found in the document: check you chose the right file.',
    yearTaken: 'Fiscal year {year} already has {count} measures, so it cannot be imported again: choose another file and another year, or delete that year’s measures first.',
    seeYear: 'See the measures of fiscal year {year}',
    confirmed: 'This import was confirmed already.',
    confirm: 'Import {count} measures',
    confirmHint: 'The measures come in as drafts of fiscal year {year}; change them under Measures before sending them for approval.',
    saving: 'Saving {count} measures… do not close this page',
    restart: 'Choose another file',
  },
});

/** Step 2 of the import: what the API read, each problem where it is, and the confirmation. */
export function ImportPreviewStep(props: { org: string; organizationName: string; batch: ImportBatch; onConfirmed(result: ImportResult): void; onRestart(): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { preview } = props.batch;
  const rows = problemsByRow(preview);
  const counts = rowCounts(preview);
  const year = preview.fiscalYear;

  useEffect(() => heading.current?.focus(), []);

  const existing = useQuery({
    queryKey: ['admin', 'import-year-taken', props.org, year],
    queryFn: () => api<Page<Measure>>('GET', `${orgPath(props.org)}/measures?fiscalYear=${year}&pageSize=1`),
    enabled: year !== null && props.batch.status === 'previewed',
  });
  const confirm = useMutation({
    mutationFn: () => api<ImportResult>('POST', `${orgPath(props.org)}/imports/${props.batch.id}/confirm`),
    onSuccess: props.onConfirmed,
  });

  const taken = existing.data?.total ?? 0;
  const blocked = year === null || preview.measures.length === 0 || taken > 0 || props.batch.status === 'confirmed' || existing.isLoading;
  const documentOrganization = preview.organization.name;
  const place = [
    preview.organization.district && fill(t.district, { name: preview.organization.district }),
    preview.organization.province && fill(t.province, { name: preview.organization.province }),
  ].filter(Boolean);
  const documentProblems = rows.get(0) ?? [];

  return (
    <section className="panel admin-editor import-step" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t.heading}
      </h3>
      <p className="field-hint">{t.intro}</p>

      <dl className="import-facts">
        <div>
          <dt>{t.file}</dt>
          <dd>{props.batch.fileName}</dd>
        </div>
        <div>
          <dt>{t.organization}</dt>
          <dd>{documentOrganization ? [documentOrganization, ...place].join(' ') : t.unknown}</dd>
        </div>
        <div>
          <dt>{t.year}</dt>
          <dd>{year === null ? t.unknown : fiscalYearLabel(year, language)}</dd>
        </div>
        <div>
          <dt>{t.kind}</dt>
          <dd>{preview.round === 6 ? t.round6 : preview.round === 12 ? t.round12 : t.plan}</dd>
        </div>
      </dl>

      <ul className="import-counts" aria-label={fill(t.measures, { count: counts.total })}>
        <li>
          <span className="import-count-label">{t.total}</span> <strong>{fill(t.measures, { count: counts.total })}</strong>
        </li>
        <li className="import-count-clean">
          <span className="import-count-label">
            <span aria-hidden="true">✓ </span>
            {t.clean}
          </span>{' '}
          <strong>{fill(t.measures, { count: counts.clean })}</strong>
        </li>
        <li className={counts.toCheck > 0 ? 'import-count-check' : undefined}>
          <span className="import-count-label">
            <span aria-hidden="true">⚠ </span>
            {t.toCheck}
          </span>{' '}
          <strong>{fill(t.measures, { count: counts.toCheck })}</strong>
        </li>
      </ul>

      {documentOrganization && documentOrganization !== props.organizationName && (
        <p className="notice notice-info">{fill(t.otherOrganization, { document: documentOrganization, ours: props.organizationName })}</p>
      )}
      {year === null && <p className="notice notice-error">{t.noYear}</p>}
      {preview.measures.length === 0 && <p className="notice notice-error">{t.noMeasures}</p>}
      {taken > 0 && year !== null && (
        <div className="notice notice-error">
          <p>{fill(t.yearTaken, { year, count: taken })}</p>
          <p>
            <Link to={`/admin/measures?year=${year}`}>{fill(t.seeYear, { year })}</Link>
          </p>
        </div>
      )}
      {existing.error && <ErrorNotice error={existing.error} onRetry={() => existing.refetch()} />}
      {props.batch.status === 'confirmed' && <p className="notice notice-info">{t.confirmed}</p>}

      {documentProblems.length > 0 && (
        <section className="import-document-problems" aria-labelledby={`${id}-document`}>
          <h4 id={`${id}-document`}>{t.documentProblems}</h4>
          <ProblemList problems={documentProblems} />
        </section>
      )}

      {counts.toCheck > 0 && counts.clean > 0 && (
        <label className="checkbox import-filter">
          <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
          {t.onlyProblems}
        </label>
      )}
      <ImportPreviewTable preview={preview} rows={rows} onlyProblems={onlyProblems} />

      {confirm.error ? <ErrorNotice error={confirm.error} /> : null}
      {confirm.isPending && (
        <div className="import-progress" role="status" aria-live="polite">
          <Loading label={fill(t.saving, { count: counts.total })} />
          <progress aria-hidden="true" />
        </div>
      )}
      {!blocked && year !== null && <p className="field-hint">{fill(t.confirmHint, { year })}</p>}
      <div className="editor-actions">
        {props.batch.status === 'previewed' && (
          <button type="button" className="button button-primary" disabled={blocked || confirm.isPending} onClick={() => confirm.mutate()}>
            {fill(t.confirm, { count: counts.total })}
          </button>
        )}
        <button type="button" className="button" disabled={confirm.isPending} onClick={props.onRestart}>
          {t.restart}
        </button>
      </div>
    </section>
  );
}
