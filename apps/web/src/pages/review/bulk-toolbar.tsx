import { useId } from 'react';
import { defineMessages, fill, useText } from '../../i18n/language';

const text = defineMessages({
  th: {
    selectAll: 'เลือกทั้งหมด',
    group: 'ดำเนินการกับหลายรายการพร้อมกัน',
    selected: 'เลือกแล้ว {n} จาก {total} รายการ',
    working: 'กำลังดำเนินการ {done} จาก {total} รายการ…',
    ok: 'สำเร็จ',
    failed: 'ไม่สำเร็จ',
    results: 'ผลการดำเนินการกับรายการที่เลือก',
    summary: 'สำเร็จ {ok} รายการ ไม่สำเร็จ {failed} รายการ',
    retryHint: 'รายการที่ไม่สำเร็จยังไม่ได้บันทึก อ่านเหตุผลข้างต้น หากรายการยังอยู่ในคิวให้ลองอีกครั้ง',
  },
  en: {
    selectAll: 'Select all',
    group: 'Act on several at once',
    selected: '{n} of {total} selected',
    working: 'Working on {done} of {total}…',
    ok: 'done',
    failed: 'failed',
    results: 'What happened to the selected items',
    summary: '{ok} done, {failed} failed',
    retryHint: 'Nothing was saved for the ones that failed: read why above; those still in the queue can be tried again.',
  },
});

export interface BulkResult {
  key: string;
  name: string;
  ok: boolean;
  message?: string;
}

export interface BulkProgress {
  running: boolean;
  done: number;
  total: number;
  results: BulkResult[];
}

/** Select all, how many are selected, and the action on the selected ones (kept in reach while scrolling). */
export function BulkToolbar(props: {
  total: number;
  selectedCount: number;
  onSelectAll(on: boolean): void;
  actionLabel: string;
  onAction(): void;
  progress: BulkProgress | null;
}) {
  const t = useText(text);
  const id = useId();
  const all = props.total > 0 && props.selectedCount === props.total;
  const running = props.progress?.running ?? false;
  return (
    <div className="queue-toolbar" role="group" aria-label={t.group}>
      <label className="checkbox queue-select-all" htmlFor={`${id}-all`}>
        <input id={`${id}-all`} type="checkbox" checked={all} onChange={(event) => props.onSelectAll(event.target.checked)} disabled={running} />
        {t.selectAll}
      </label>
      <span className="queue-toolbar-count" aria-live="polite">
        {running && props.progress ? fill(t.working, { done: props.progress.done, total: props.progress.total }) : fill(t.selected, { n: props.selectedCount, total: props.total })}
      </span>
      <button type="button" className="button button-primary" onClick={props.onAction} disabled={props.selectedCount === 0 || running}>
        {running && <span className="spinner" aria-hidden="true" />}
        {props.actionLabel}
      </button>
    </div>
  );
}

/** What happened to each selected item: failures say why and stay in the queue. */
export function BulkResults({ progress }: { progress: BulkProgress | null }) {
  const t = useText(text);
  if (!progress || progress.running || progress.results.length === 0) return null;
  const failed = progress.results.filter((result) => !result.ok);
  return (
    <div className={failed.length > 0 ? 'notice notice-error' : 'notice notice-success'} role={failed.length > 0 ? 'alert' : 'status'}>
      <p className="notice-title">{fill(t.summary, { ok: progress.results.length - failed.length, failed: failed.length })}</p>
      <ul className="queue-bulk-results" aria-label={t.results}>
        {progress.results.map((result) => (
          <li key={result.key}>
            <strong>{result.ok ? `✓ ${t.ok}` : `✗ ${t.failed}`}</strong> · {result.name}
            {result.message && <>: {result.message}</>}
          </li>
        ))}
      </ul>
      {failed.length > 0 && <p>{t.retryHint}</p>}
    </div>
  );
}
