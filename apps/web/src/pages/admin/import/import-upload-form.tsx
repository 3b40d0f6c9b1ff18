import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, orgPath } from '../../../api/client';
import { ErrorNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { currentFiscalYearBe, fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { fileProblem, type FileProblem, type ImportBatch } from './import-preview';
import { uploadWithProgress } from './upload-with-progress';

const text = defineMessages({
  th: {
    heading: 'ขั้นที่ 1 เลือกไฟล์แผนหรือรายงาน',
    intro: 'ระบบจะอ่านตารางมาตรการ (มาตรการ/โครงการ ขั้นตอน ผู้รับผิดชอบ ระยะเวลา สรุปผล) แล้วแสดงให้ตรวจก่อน ยังไม่บันทึกจนกว่าจะกดยืนยัน',
    year: 'นำเข้าเป็นแผนของปีงบประมาณ',
    yearFromDocument: 'ตามที่ระบุในเอกสาร',
    yearHint: 'เลือกปีหากจะใช้แผนของปีก่อนเป็นแผนของปีนี้ ปีที่เลือกต้องยังไม่มีมาตรการ',
    source: 'นำเข้าจาก',
    fromFile: 'ไฟล์',
    fromText: 'ข้อความที่คัดลอกจากรายงาน Word หรือ PDF',
    file: 'ไฟล์ที่จะนำเข้า',
    fileHint: 'CSV, Excel (.xlsx), Word (.docx) หรือข้อความ (.txt) ขนาดไม่เกิน 10 MB',
    chosen: 'ไฟล์ที่เลือก: {name} ({size})',
    pasted: 'ข้อความจากรายงาน',
    pastedHint: 'เปิดรายงานใน Word หรือ PDF กด Ctrl+A แล้ว Ctrl+C คัดลอกทั้งหัวเอกสารและตาราง แล้ววางที่นี่',
    pastedName: 'ข้อความที่วาง.txt',
    upload: 'อัปโหลดและตรวจสอบ',
    uploading: 'กำลังอัปโหลด {percent}%',
    reading: 'อัปโหลดแล้ว กำลังอ่านเอกสาร…',
    noFile: 'เลือกไฟล์ที่จะนำเข้า',
    noText: 'วางข้อความจากรายงานก่อน',
    empty: 'ไฟล์นี้ว่างเปล่า เลือกไฟล์ที่มีตารางมาตรการ',
    tooBig: 'ไฟล์ใหญ่เกิน 10 MB แยกเป็นหลายไฟล์ หรือบันทึกเป็น CSV แล้วเลือกใหม่',
    pdf: 'ระบบอ่านไฟล์ PDF โดยตรงไม่ได้ เปิด PDF แล้วคัดลอกข้อความมาวางโดยเลือก "ข้อความที่คัดลอกจากรายงาน"',
    oldWord: 'ระบบอ่านไฟล์ .doc แบบเก่าไม่ได้ เปิดใน Word แล้วบันทึกเป็น .docx หรือคัดลอกข้อความมาวาง',
    oldExcel: 'ระบบอ่านไฟล์ .xls แบบเก่าไม่ได้ เปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV',
  },
  en: {
    heading: 'Step 1: choose the plan or report',
    intro: 'The table of measures (measure/project, steps, owners, period, summary) is read and shown to check first; nothing is saved until you confirm.',
    year: 'Import as the plan of fiscal year',
    yearFromDocument: 'The one the document names',
    yearHint: 'Choose a year to reuse an earlier plan for it; the year chosen must have no measures yet.',
    source: 'Import from',
    fromFile: 'A file',
    fromText: 'Text copied from a Word or PDF report',
    file: 'File to import',
    fileHint: 'CSV, Excel (.xlsx), Word (.docx) or text (.txt), at most 10 MB',
    chosen: 'Chosen: {name} ({size})',
    pasted: 'Text of the report',
    pastedHint: 'Open the report in Word or a PDF reader, press Ctrl+A then Ctrl+C to copy the heading and the table, and paste it here.',
    pastedName: 'pasted-text.txt',
    upload: 'Upload and check',
    uploading: 'Uploading {percent}%',
    reading: 'Uploaded; reading the document…',
    noFile: 'Choose the file to import.',
    noText: 'Paste the text of the report first.',
    empty: 'This file is empty: choose one with a table of measures.',
    tooBig: 'The file is larger than 10 MB: split it, or save it as CSV, and choose it again.',
    pdf: 'PDF files cannot be read directly: open the PDF, copy its text, and paste it under "Text copied from a report".',
    oldWord: 'Old .doc files cannot be read: save it as .docx in Word, or copy and paste its text.',
    oldExcel: 'Old .xls files cannot be read: save it as .xlsx or CSV in Excel.',
  },
});

type Source = 'file' | 'text';

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Step 1 of the import: the document (a file, or pasted text) and the fiscal year, uploaded with its progress shown. */
export function ImportUploadForm(props: { org: string; years: number[]; onPreview(batch: ImportBatch): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const id = useId();
  const [year, setYear] = useState('');
  const [source, setSource] = useState<Source>('file');
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<FileProblem | 'noFile' | 'noText' | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useRef<HTMLFormElement>(null);

  // A refused file: take the keyboard to the field that says why.
  useEffect(() => {
    if (problem || error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problem, error]);

  const current = currentFiscalYearBe();
  const years = [...new Set([...props.years, current + 1, current, current - 1, current - 2, current - 3])].sort((a, b) => b - a);
  const busy = progress !== null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const chosen = source === 'file' ? file : pasted.trim() === '' ? null : new File([pasted], t.pastedName, { type: 'text/plain' });
    if (chosen === null) {
      setProblem(source === 'file' ? 'noFile' : 'noText');
      return;
    }
    const refused = fileProblem(chosen);
    if (refused) {
      setProblem(refused);
      return;
    }
    setProblem(null);
    const form = new FormData();
    form.append('file', chosen, chosen.name);
    if (year !== '') form.append('fiscalYear', year);
    setProgress(0);
    try {
      props.onPreview(await uploadWithProgress<ImportBatch>(`${orgPath(props.org)}/imports`, form, setProgress));
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };

  // The API's refusal of the file itself (no table, unreadable) belongs next to the file.
  const fileRefusal = error instanceof ApiError ? error.fieldText('file', language) : undefined;
  const problemText = problem ? t[problem] : fileRefusal;
  return (
    <section className="panel admin-editor import-step" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.heading}</h3>
      <p className="field-hint">{t.intro}</p>
      <form ref={form} onSubmit={submit} noValidate className="import-form">
        <Field label={t.year} hint={t.yearHint}>
          <select value={year} disabled={busy} onChange={(event) => setYear(event.target.value)}>
            <option value="">{t.yearFromDocument}</option>
            {years.map((option) => (
              <option key={option} value={String(option)}>
                {fiscalYearLabel(option, language)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="editor-fieldset">
          <legend>{t.source}</legend>
          <div className="editor-choices">
            {(['file', 'text'] as const).map((value) => (
              <label key={value} className="checkbox">
                <input
                  type="radio"
                  name={`${id}-source`}
                  checked={source === value}
                  disabled={busy}
                  onChange={() => {
                    setSource(value);
                    setProblem(null);
                    setError(null);
                  }}
                />
                {value === 'file' ? t.fromFile : t.fromText}
              </label>
            ))}
          </div>
          {source === 'file' ? (
            <Field label={t.file} hint={file ? fill(t.chosen, { name: file.name, size: sizeOf(file.size) }) : t.fileHint} error={problemText}>
              <input
                type="file"
                disabled={busy}
                accept=".csv,.xlsx,.docx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setProblem(null);
                  setError(null);
                }}
              />
            </Field>
          ) : (
            <Field label={t.pasted} hint={t.pastedHint} error={problemText}>
              <textarea
                rows={10}
                value={pasted}
                disabled={busy}
                onChange={(event) => {
                  setPasted(event.target.value);
                  setError(null);
                }}
              />
            </Field>
          )}
        </fieldset>

        {error && !fileRefusal ? <ErrorNotice error={error} /> : null}
        {busy && (
          <div className="import-progress" role="status" aria-live="polite">
            <label htmlFor={`${id}-progress`}>{progress < 1 ? fill(t.uploading, { percent: Math.round(progress * 100) }) : t.reading}</label>
            {/* Without a value the bar moves on its own: the reading has no measurable progress. */}
            <progress id={`${id}-progress`} max={1} value={progress < 1 ? progress : undefined} />
          </div>
        )}
        <div className="editor-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t.upload}
          </button>
        </div>
      </form>
    </section>
  );
}
