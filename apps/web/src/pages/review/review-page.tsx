import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError, orgPath } from '../../api/client';
import type { Lifecycle } from '../../api/types';
import { CommentDialog } from '../../components/comment-dialog';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { useSignedIn } from '../../session/session';
import '../../styles/queues.css';
import { BulkResults, BulkToolbar, type BulkProgress } from './bulk-toolbar';
import { FiscalYearPicker, useFiscalYear } from './fiscal-year-picker';
import { QueueArticle, queueItemName } from './queue-article';
import { queueItemKey, queueOf, type QueueItem } from './queue-items';
import { useHandledItems, useSelection } from './queue-state';
import { useRefreshAfterAction, useYearData } from './use-year-data';

const text = defineMessages({
  th: {
    title: 'ตรวจรายงาน',
    subtitle: 'รายงานผลการดำเนินงานที่ส่งมาแล้ว รอผู้ประสานงานตรวจ เรียงจากที่ส่งมาก่อน',
    count: 'รอตรวจ {n} รายงาน',
    empty: 'ไม่มีรายงานรอตรวจในปีงบประมาณนี้ เมื่อผู้รับผิดชอบส่งรายงาน รายงานจะปรากฏที่นี่',
    accept: 'รับรายงาน',
    return: 'ส่งกลับให้แก้ไข',
    acceptSelected: 'รับรายงานที่เลือก',
    dialogTitle: 'ส่งรายงานกลับให้แก้ไข',
    dialogLabel: 'ความเห็นถึงผู้รายงาน',
    dialogConfirm: 'ส่งกลับ',
    accepted: 'รับรายงาน “{name}” แล้ว ส่งต่อให้ผู้บริหารลงนาม',
    returned: 'ส่งรายงาน “{name}” กลับให้ผู้รายงานแก้ไขแล้ว',
    notWaiting: 'รายงานของมาตรการที่เปิดมาไม่ได้รอตรวจแล้ว อาจมีผู้ตรวจไปแล้ว',
    working: 'กำลังบันทึก…',
  },
  en: {
    title: 'Review reports',
    subtitle: 'Progress reports sent in and waiting for the coordinator, the first sent at the top',
    count: '{n} waiting for review',
    empty: 'No report waits for review in this fiscal year. When owners send in reports, they appear here.',
    accept: 'Accept report',
    return: 'Return for changes',
    acceptSelected: 'Accept selected reports',
    dialogTitle: 'Return the report for changes',
    dialogLabel: 'Comment to the reporter',
    dialogConfirm: 'Return',
    accepted: 'Accepted “{name}”: it now waits for the executive’s sign-off',
    returned: 'Returned “{name}” to the reporter for changes',
    notWaiting: 'The report of the measure you opened no longer waits for review: someone may have reviewed it already.',
    working: 'Saving…',
  },
});

/** The coordinator's queue: every submitted report, the plan beside it; accept or return, one by one or several at once. */
export function ReviewPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const [yearBe, setYear] = useFiscalYear();
  const [params] = useSearchParams();
  const focusMeasure = params.get('measure');
  const data = useYearData(organization.code, yearBe, { people: true });
  const refresh = useRefreshAfterAction();
  const { markHandled, isWaiting } = useHandledItems();
  const { selected, toggle, setAll } = useSelection();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Map<string, unknown>>(() => new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const [returning, setReturning] = useState<QueueItem | null>(null);
  const [bulk, setBulk] = useState<BulkProgress | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const items = useMemo(
    () => (data.lifecycles && data.measures ? queueOf(data.lifecycles, data.measures, 'submitted').filter(isWaiting) : []),
    [data.lifecycles, data.measures, isWaiting],
  );
  const selectedItems = items.filter((item) => selected.has(queueItemKey(item)));
  const focusKey = focusMeasure ? items.find((item) => item.measure.id === focusMeasure) : undefined;

  const send = (item: QueueItem, action: 'acceptReport' | 'returnReport', comment?: string) =>
    api<Lifecycle>('POST', `${orgPath(organization.code)}/measures/${item.measure.id}/lifecycle/${action}`, { periodKey: item.report.periodKey, ...(comment ? { comment } : {}) });

  const setError = (key: string, error: unknown) =>
    setErrors((current) => {
      const next = new Map(current);
      if (error === null) next.delete(key);
      else next.set(key, error);
      return next;
    });

  const announce = (message: string) => {
    setNotice(message);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const act = async (item: QueueItem, action: 'acceptReport' | 'returnReport', comment?: string) => {
    const key = queueItemKey(item);
    setBusyKey(key);
    setError(key, null);
    setBulk(null);
    try {
      await send(item, action, comment);
      markHandled([item]);
      toggle(key, false);
      setReturning(null);
      announce(fill(action === 'acceptReport' ? t.accepted : t.returned, { name: queueItemName(item, language) }));
      void refresh();
    } catch (error) {
      setReturning(null);
      setError(key, error);
    } finally {
      setBusyKey(null);
    }
  };

  const acceptSelected = async () => {
    const chosen = selectedItems;
    setNotice(null);
    const results: BulkProgress['results'] = [];
    setBulk({ running: true, done: 0, total: chosen.length, results });
    for (const item of chosen) {
      const key = queueItemKey(item);
      try {
        await send(item, 'acceptReport');
        results.push({ key, name: queueItemName(item, language), ok: true });
        markHandled([item]);
        toggle(key, false);
      } catch (error) {
        results.push({ key, name: queueItemName(item, language), ok: false, message: error instanceof ApiError ? error.text(language) : String(error) });
      }
      setBulk({ running: true, done: results.length, total: chosen.length, results: [...results] });
    }
    setBulk({ running: false, done: results.length, total: chosen.length, results });
    void refresh();
  };

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="filters">
        <FiscalYearPicker org={organization.code} value={yearBe} onChange={setYear} />
      </div>
      <div ref={noticeRef} tabIndex={-1} className="queue-notice">
        {notice && <SuccessNotice>{notice}</SuccessNotice>}
      </div>
      <BulkResults progress={bulk} />
      {data.isLoading && <Loading />}
      {data.error && <ErrorNotice error={data.error} onRetry={data.refetch} />}
      {data.ready && focusMeasure && !focusKey && !notice && !bulk && <p className="notice notice-info">{t.notWaiting}</p>}
      {data.ready && items.length === 0 && <EmptyState>{t.empty}</EmptyState>}
      {data.ready && items.length > 0 && (
        <>
          <h2 className="queue-count">{fill(t.count, { n: items.length })}</h2>
          <BulkToolbar
            total={items.length}
            selectedCount={selectedItems.length}
            onSelectAll={(on) => setAll(on ? items.map(queueItemKey) : [])}
            actionLabel={t.acceptSelected}
            onAction={acceptSelected}
            progress={bulk}
          />
          <div className="queue-list">
            {items.map((item) => {
              const key = queueItemKey(item);
              const busy = busyKey === key || (bulk?.running ?? false);
              return (
                <QueueArticle
                  key={key}
                  item={item}
                  divisions={data.divisions ?? []}
                  people={data.people ?? []}
                  selected={selected.has(key)}
                  onToggle={(on) => toggle(key, on)}
                  focused={focusKey === item}
                >
                  {errors.has(key) && <ErrorNotice error={errors.get(key)} />}
                  <button type="button" className="button button-primary" disabled={busy} onClick={() => act(item, 'acceptReport')}>
                    {busyKey === key && <span className="spinner" aria-hidden="true" />}
                    {t.accept}
                  </button>
                  <button type="button" className="button button-danger" disabled={busy} onClick={() => setReturning(item)}>
                    {t.return}
                  </button>
                </QueueArticle>
              );
            })}
          </div>
        </>
      )}
      <CommentDialog
        open={returning !== null}
        title={t.dialogTitle}
        label={t.dialogLabel}
        confirmLabel={t.dialogConfirm}
        busy={busyKey !== null}
        onConfirm={(comment) => returning && act(returning, 'returnReport', comment)}
        onClose={() => setReturning(null)}
      />
    </>
  );
}
