import { useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { newRowKey, type EvidenceRow } from './report-content';
import { EVIDENCE_EXTENSIONS, evidenceFileProblem, fileSizeText, uploadEvidence } from './upload-evidence';

const text = defineMessages({
  th: {
    heading: 'หลักฐาน',
    intro: 'แนบไฟล์ (เช่น รายงานการประชุม ภาพกิจกรรม ประกาศ) หรือใส่ลิงก์ไปยังหน้าที่เผยแพร่',
    files: 'ไฟล์ที่แนบ',
    file: 'ไฟล์',
    removeFile: 'ลบไฟล์ {name}',
    link: 'ลิงก์ที่ {n}',
    linkTitle: 'ชื่อหลักฐาน',
    linkUrl: 'ที่อยู่ลิงก์ (URL)',
    urlHint: 'ขึ้นต้นด้วย https:// หรือ http://',
    removeLink: 'ลบลิงก์ที่ {n}',
    addLink: 'เพิ่มลิงก์',
    upload: 'แนบไฟล์หลักฐาน',
    uploadHint: 'PDF รูปภาพ เอกสาร Word/Excel/PowerPoint/OpenDocument ข้อความ CSV หรือ ZIP ไม่เกิน 20 MB ต่อไฟล์ เลือกได้หลายไฟล์',
    uploading: 'กำลังอัปโหลด {name} ({size})',
    uploaded: 'แนบไฟล์ {name} แล้ว',
    failed: 'อัปโหลด {name} ไม่สำเร็จ: {reason}',
    failedNext: 'เลือกไฟล์ใหม่แล้วลองอีกครั้ง',
    dismiss: 'ปิดข้อความ',
    urlMissing: 'กรุณาใส่ที่อยู่ลิงก์',
    urlInvalid: 'ที่อยู่ลิงก์ต้องขึ้นต้นด้วย https:// หรือ http:// และมีชื่อเว็บไซต์',
  },
  en: {
    heading: 'Evidence',
    intro: 'Attach files (minutes, photos, announcements) or add links to where it was published.',
    files: 'Attached files',
    file: 'file',
    removeFile: 'Remove the file {name}',
    link: 'Link {n}',
    linkTitle: 'Title',
    linkUrl: 'Web address (URL)',
    urlHint: 'starts with https:// or http://',
    removeLink: 'Remove link {n}',
    addLink: 'Add a link',
    upload: 'Attach evidence files',
    uploadHint: 'PDF, images, Word/Excel/PowerPoint/OpenDocument, text, CSV or ZIP, up to 20 MB each; you may choose several.',
    uploading: 'Uploading {name} ({size})',
    uploaded: '{name} attached',
    failed: 'Uploading {name} failed: {reason}',
    failedNext: 'Choose the file again and retry.',
    dismiss: 'Dismiss',
    urlMissing: 'Please give the web address',
    urlInvalid: 'The address must start with https:// or http:// and name a website',
  },
});

interface Upload {
  key: string;
  name: string;
  size: number;
  share: number;
  error: string | null;
}

interface Props {
  orgCode: string;
  rows: EvidenceRow[];
  onChange(rows: EvidenceRow[]): void;
  /** A local problem of a row, by its index. */
  problemOf(index: number): 'urlMissing' | 'urlInvalid' | undefined;
  /** The API's problem with a row, by its index. */
  apiProblemOf(index: number): string | undefined;
}

/** Evidence of a report: uploaded files (with progress) and links (title + address). */
export function EvidenceEditor({ orgCode, rows, onChange, problemOf, apiProblemOf }: Props) {
  const t = useText(text);
  const { language } = useLanguage();
  const id = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // Uploads finish one after another while the list may change: always add to the newest rows.
  const latestRows = useRef(rows);
  latestRows.current = rows;

  const update = (key: string, change: Partial<Upload>) => setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const uploadFiles = async (files: File[]) => {
    const entries = files.map((file) => ({ file, upload: { key: newRowKey(), name: file.name, size: file.size, share: 0, error: null } as Upload }));
    setUploads((current) => [...current.filter((upload) => upload.error === null), ...entries.map((entry) => entry.upload)]);
    for (const { file, upload } of entries) {
      const problem = evidenceFileProblem(file.name, file.size);
      if (problem) {
        update(upload.key, { error: problem[language] });
        continue;
      }
      try {
        const stored = await uploadEvidence(orgCode, file, (share) => update(upload.key, { share }));
        const next = [...latestRows.current, { key: newRowKey(), title: stored.fileName, url: stored.url, fileId: stored.id }];
        latestRows.current = next;
        onChange(next);
        setUploads((current) => current.filter((item) => item.key !== upload.key));
        setAnnouncement(fill(t.uploaded, { name: stored.fileName }));
      } catch (error) {
        update(upload.key, { error: error instanceof ApiError ? (error.fieldText('file', language) ?? error.text(language)) : String(error) });
      }
    }
  };

  const setRow = (key: string, change: Partial<EvidenceRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const remove = (key: string) => onChange(rows.filter((row) => row.key !== key));
  const files = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.fileId);
  const links = rows.map((row, index) => ({ row, index })).filter(({ row }) => !row.fileId);

  return (
    <fieldset className="evidence">
      <legend>{t.heading}</legend>
      <p className="field-hint">{t.intro}</p>

      {files.length > 0 && (
        <div className="evidence-files">
          <h3 className="evidence-subheading">{t.files}</h3>
          <ul>
            {files.map(({ row, index }) => {
              const problem = apiProblemOf(index);
              return (
                <li key={row.key}>
                  <span className="evidence-file-name">
                    <a href={row.url} download="">
                      {row.title || row.url}
                    </a>{' '}
                    <span className="muted">({t.file})</span>
                    {problem && <span className="field-error">{problem}</span>}
                  </span>
                  <button type="button" className="button button-quiet evidence-remove" onClick={() => remove(row.key)}>
                    {fill(t.removeFile, { name: row.title })}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <div className="field evidence-upload">
        <input
          id={`${id}-upload`}
          className="visually-hidden file-input"
          type="file"
          multiple
          accept={EVIDENCE_EXTENSIONS.join(',')}
          aria-describedby={`${id}-upload-hint`}
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (chosen.length > 0) void uploadFiles(chosen);
          }}
        />
        <label htmlFor={`${id}-upload`} className="button file-button">
          {t.upload}
        </label>
        <p className="field-hint" id={`${id}-upload-hint`}>
          {t.uploadHint}
        </p>
      </div>
      {uploads.map((upload) =>
        upload.error === null ? (
          <div key={upload.key} className="upload-progress">
            <label htmlFor={`${upload.key}-progress`}>{fill(t.uploading, { name: upload.name, size: fileSizeText(upload.size) })}</label>
            <progress id={`${upload.key}-progress`} max={100} value={Math.round(upload.share * 100)}>
              {Math.round(upload.share * 100)}%
            </progress>
            <span>{Math.round(upload.share * 100)}%</span>
          </div>
        ) : (
          <div key={upload.key} className="notice notice-error" role="alert">
            <p className="notice-title">{fill(t.failed, { name: upload.name, reason: upload.error })}</p>
            <p>{t.failedNext}</p>
            <button type="button" className="button" onClick={() => setUploads((current) => current.filter((item) => item.key !== upload.key))}>
              {t.dismiss}
            </button>
          </div>
        ),
      )}

      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {links.map(({ row, index }, position) => {
        const n = position + 1;
        const local = problemOf(index);
        const problem = local ? t[local] : apiProblemOf(index);
        const titleId = `${id}-${row.key}-title`;
        const urlId = `${id}-${row.key}-url`;
        return (
          <fieldset key={row.key} className="evidence-link">
            <legend>{fill(t.link, { n })}</legend>
            <div className="evidence-link-fields">
              <div className="field">
                <label htmlFor={titleId}>{t.linkTitle}</label>
                <input id={titleId} value={row.title} maxLength={500} onChange={(event) => setRow(row.key, { title: event.target.value })} />
              </div>
              <div className={problem ? 'field field-invalid' : 'field'}>
                <label htmlFor={urlId}>{t.linkUrl}</label>
                <input
                  id={urlId}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  value={row.url}
                  maxLength={2000}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${urlId}-error` : `${urlId}-hint`}
                  onChange={(event) => setRow(row.key, { url: event.target.value })}
                />
                {problem ? (
                  <p className="field-error" id={`${urlId}-error`}>
                    {problem}
                  </p>
                ) : (
                  <p className="field-hint" id={`${urlId}-hint`}>
                    {t.urlHint}
                  </p>
                )}
              </div>
            </div>
            <button type="button" className="button button-quiet evidence-remove" onClick={() => remove(row.key)}>
              {fill(t.removeLink, { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...rows, { key: newRowKey(), title: '', url: '' }])}>
        {t.addLink}
      </button>
    </fieldset>
  );
}
