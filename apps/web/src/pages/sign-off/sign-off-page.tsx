import { useMemo, useRef, useState } from 'react';
import { api, orgPath } from '../../api/client';
import type { Lifecycle } from '../../api/types';
import { CommentDialog } from '../../components/comment-dialog';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { useSignedIn } from '../../session/session';
import '../../styles/queues.css';
import { BulkResults, BulkToolbar, type BulkProgress } from '../review/bulk-toolbar';
import { FiscalYearPicker, useFiscalYear } from '../review/fiscal-year-picker';
import { QueueArticle, queueItemName } from '../review/queue-article';
import { cancellationRequests, plansAwaitingApproval, queueItemKey, queueOf, type QueueItem } from '../review/queue-items';
import { useHandledItems, useSelection } from '../review/queue-state';
import { useRefreshAfterAction, useYearData } from '../review/use-year-data';
import { CancellationRequests, PlanApprovals } from './other-decisions';

const text = defineMessages({
  th: {
    title: 'ลงนามรับรองรายงาน',
    subtitle: 'รายงานที่ผู้ประสานงานตรวจและรับแล้ว รอผู้บริหารลงนามเพื่อเผยแพร่',
    reports: 'รายงานรอลงนาม',
    summaryReports: 'รายงานรอลงนาม',
    summaryPlans: 'มาตรการรอเห็นชอบ',
    summaryCancels: 'คำขอยกเลิก',
    empty: 'ไม่มีรายงานรอลงนามในปีงบประมาณนี้ เมื่อผู้ประสานงานรับรายงาน รายงานจะปรากฏที่นี่',
    reportTitle: 'รายงานที่ผู้ประสานงานรับแล้ว',
    accepted: 'ผู้ประสานงานรับเมื่อ {when}',
    signOff: 'ลงนามรับรอง',
    return: 'ส่งกลับ',
    signSelected: 'ลงนามรายการที่เลือก',
    dialogTitle: 'ส่งรายงานกลับไปยังผู้ประสานงาน',
    dialogLabel: 'ความเห็นถึงผู้ประสานงาน',
    dialogConfirm: 'ส่งกลับ',
    signed: 'ลงนามรับรอง “{name}” แล้ว รายงานเผยแพร่เรียบร้อย',
    returned: 'ส่งรายงาน “{name}” กลับไปยังผู้ประสานงานแล้ว',
  },
  en: {
    title: 'Sign off reports',
    subtitle: 'Reports the coordinator reviewed and accepted, waiting for the executive’s sign-off to be published',
    reports: 'Reports awaiting sign-off',
    summaryReports: 'reports to sign',
    summaryPlans: 'measures to approve',
    summaryCancels: 'cancellation requests',
    empty: 'No report waits for sign-off in this fiscal year. When the coordinator accepts reports, they appear here.',
    reportTitle: 'The report the coordinator accepted',
    accepted: 'accepted {when}',
    signOff: 'Sign off',
    return: 'Return',
    signSelected: 'Sign off selected',
    dialogTitle: 'Return the report to the coordinator',
    dialogLabel: 'Comment to the coordinator',
    dialogConfirm: 'Return',
    signed: 'Signed off “{name}”: the report is published',
    returned: 'Returned “{name}” to the coordinator',
  },
});

/**
 * The executive's queue, read in a few minutes between meetings: each accepted report beside its
 * plan, signed off one by one or several at once; below, the plans and cancellations to decide.
 */
export function SignOffPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const [yearBe, setYear] = useFiscalYear();
  const data = useYearData(organization.code, yearBe, { people: true });
  const refresh = useRefreshAfterAction();
  const { markHandled, isWaiting } = useHandledItems();
  const { selected, toggle, setAll } = useSelection();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Map<string, unknown>>(() => new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const [returning, setReturning] = useState<QueueItem | null>(null);
  const [bulk, setBulk] = useState<BulkProgress | null>(null);
  const [bulkError, setBulkError] = useState<unknown>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const base = orgPath(organization.code);

  const items = useMemo(
    () => (data.lifecycles && data.measures ? queueOf(data.lifecycles, data.measures, 'accepted').filter(isWaiting) : []),
    [data.lifecycles, data.measures, isWaiting],
  );
  const plans = useMemo(() => (data.lifecycles && data.measures ? plansAwaitingApproval(data.lifecycles, data.measures) : []), [data.lifecycles, data.measures]);
  const cancels = useMemo(() => (data.lifecycles && data.measures ? cancellationRequests(data.lifecycles, data.measures) : []), [data.lifecycles, data.measures]);
  const selectedItems = items.filter((item) => selected.has(queueItemKey(item)));

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

  const act = async (item: QueueItem, action: 'signOff' | 'returnSignOff', comment?: string) => {
    const key = queueItemKey(item);
    setBusyKey(key);
    setError(key, null);
    setBulk(null);
    try {
      await api<Lifecycle>('POST', `${base}/measures/${item.measure.id}/lifecycle/${action}`, { periodKey: item.report.periodKey, ...(comment ? { comment } : {}) });
      markHandled([item]);
      toggle(key, false);
      setReturning(null);
      announce(fill(action === 'signOff' ? t.signed : t.returned, { name: queueItemName(item, language) }));
      void refresh();
    } catch (error) {
      setReturning(null);
      setError(key, error);
    } finally {
      setBusyKey(null);
    }
  };

  const signSelected = async () => {
    const chosen = selectedItems;
    setNotice(null);
    setBulkError(null);
    setBulk({ running: true, done: 0, total: chosen.length, results: [] });
    try {
      const answers = await api<{ measureId: string; periodKey: string; ok: boolean; message?: string; messageTh?: string }[]>('POST', `${base}/sign-off`, {
        items: chosen.map((item) => ({ measureId: item.measure.id, periodKey: item.report.periodKey })),
      });
      const results = chosen.map((item) => {
        const answer = answers.find((entry) => entry.measureId === item.measure.id && entry.periodKey === item.report.periodKey);
        return {
          key: queueItemKey(item),
          name: queueItemName(item, language),
          ok: answer?.ok ?? false,
          message: answer && !answer.ok ? (language === 'th' ? answer.messageTh : answer.message) : undefined,
        };
      });
      const signed = chosen.filter((item) => results.find((result) => result.key === queueItemKey(item))?.ok);
      markHandled(signed);
      for (const item of signed) toggle(queueItemKey(item), false);
      setBulk({ running: false, done: chosen.length, total: chosen.length, results });
      void refresh();
    } catch (error) {
      setBulk(null);
      setBulkError(error);
    }
  };

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="filters">
        <FiscalYearPicker org={organization.code} value={yearBe} onChange={setYear} />
      </div>
      {data.ready && (
        <ul className="queue-summary">
          <li>
            <a href="#sign-off-reports">
              <strong>{items.length}</strong> {t.summaryReports}
            </a>
          </li>
          {plans.length > 0 && (
            <li>
              <a href="#sign-off-plans">
                <strong>{plans.length}</strong> {t.summaryPlans}
              </a>
            </li>
          )}
          {cancels.length > 0 && (
            <li>
              <a href="#sign-off-cancels">
                <strong>{cancels.length}</strong> {t.summaryCancels}
              </a>
            </li>
          )}
        </ul>
      )}
      <div ref={noticeRef} tabIndex={-1} className="queue-notice">
        {notice && <SuccessNotice>{notice}</SuccessNotice>}
      </div>
      <BulkResults progress={bulk} />
      {bulkError !== null && <ErrorNotice error={bulkError} />}
      {data.isLoading && <Loading />}
      {data.error && <ErrorNotice error={data.error} onRetry={data.refetch} />}
      {data.ready && (
        <section aria-labelledby="sign-off-reports">
          <h2 id="sign-off-reports" className="queue-count">
            {t.reports} <span className="count">{items.length}</span>
          </h2>
          {items.length === 0 && <EmptyState>{t.empty}</EmptyState>}
          {items.length > 0 && (
            <>
              <BulkToolbar
                total={items.length}
                selectedCount={selectedItems.length}
                onSelectAll={(on) => setAll(on ? items.map(queueItemKey) : [])}
                actionLabel={t.signSelected}
                onAction={signSelected}
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
                      focused={false}
                      reportTitle={t.reportTitle}
                      collapsiblePlan
                      extraFacts={item.waitingSince && <li>{fill(t.accepted, { when: formatDateTime(item.waitingSince, language) })}</li>}
                    >
                      {errors.has(key) && <ErrorNotice error={errors.get(key)} />}
                      <button type="button" className="button button-primary" disabled={busy} onClick={() => act(item, 'signOff')}>
                        {busyKey === key && <span className="spinner" aria-hidden="true" />}
                        {t.signOff}
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
        </section>
      )}
      {data.ready && <PlanApprovals id="sign-off-plans" measures={plans} />}
      {data.ready && <CancellationRequests id="sign-off-cancels" requests={cancels} people={data.people ?? []} />}
      <CommentDialog
        open={returning !== null}
        title={t.dialogTitle}
        label={t.dialogLabel}
        confirmLabel={t.dialogConfirm}
        busy={busyKey !== null}
        onConfirm={(comment) => returning && act(returning, 'returnSignOff', comment)}
        onClose={() => setReturning(null)}
      />
    </>
  );
}
