import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { EmptyState, ErrorNotice, Loading } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { useSignedIn } from '../../session/session';
import '../../styles/queues.css';
import { FiscalYearPicker, useFiscalYear } from './fiscal-year-picker';
import { queueOf } from './queue-items';
import { QueueList } from './queue-list';
import { QueueNotices } from './queue-notices';
import { QueueReturnDialog } from './queue-return-dialog';
import { useQueueActions } from './use-queue-actions';
import { useYearData } from './use-year-data';

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
  },
});

/** The coordinator's queue: every submitted report, the plan beside it; accept or return, one by one or several at once. */
export function ReviewPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const [yearBe, setYear] = useFiscalYear(organization.code);
  const [params] = useSearchParams();
  const focusMeasure = params.get('measure');
  const data = useYearData(organization.code, yearBe, { people: true });
  const submitted = useMemo(() => (data.lifecycles && data.measures ? queueOf(data.lifecycles, data.measures, 'submitted') : []), [data.lifecycles, data.measures]);
  const queue = useQueueActions(organization.code, submitted);
  const { items } = queue;
  const focusItem = focusMeasure ? items.find((item) => item.measure.id === focusMeasure) : undefined;

  // One request a report, so the toolbar counts them off as they are accepted.
  const acceptSelected = () =>
    queue.actOnSelected(async (chosen, settle) => {
      for (const item of chosen) {
        try {
          await queue.post(item, 'acceptReport');
          settle(item, { ok: true });
        } catch (error) {
          settle(item, { ok: false, message: error instanceof ApiError ? error.text(language) : String(error) });
        }
      }
    });

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="filters">
        <FiscalYearPicker org={organization.code} value={yearBe} onChange={setYear} />
      </div>
      <QueueNotices queue={queue} />
      {data.isLoading && <Loading />}
      {data.error && <ErrorNotice error={data.error} onRetry={data.refetch} />}
      {data.ready && focusMeasure && !focusItem && !queue.notice && !queue.bulk && <p className="notice notice-info">{t.notWaiting}</p>}
      {data.ready && items.length === 0 && <EmptyState>{t.empty}</EmptyState>}
      {data.ready && items.length > 0 && (
        <>
          <h2 className="queue-count">{fill(t.count, { n: items.length })}</h2>
          <QueueList
            queue={queue}
            divisions={data.divisions ?? []}
            people={data.people ?? []}
            selectedActionLabel={t.acceptSelected}
            onActOnSelected={acceptSelected}
            decideLabel={t.accept}
            onDecide={(item) => queue.act(item, 'acceptReport', t.accepted)}
            returnLabel={t.return}
            focused={focusItem}
          />
        </>
      )}
      <QueueReturnDialog
        queue={queue}
        title={t.dialogTitle}
        label={t.dialogLabel}
        confirmLabel={t.dialogConfirm}
        onReturn={(item, comment) => queue.act(item, 'returnReport', t.returned, comment)}
      />
    </>
  );
}
