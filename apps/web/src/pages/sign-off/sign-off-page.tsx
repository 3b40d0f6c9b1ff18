import { useMemo } from 'react';
import { api, orgPath } from '../../api/client';
import { EmptyState, ErrorNotice, Loading } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { useOnBehalf, useSignedIn } from '../../session/session';
import '../../styles/queues.css';
import { FiscalYearPicker, useFiscalYear } from '../review/fiscal-year-picker';
import { cancellationRequests, plansAwaitingApproval, queueOf } from '../review/queue-items';
import { QueueList } from '../review/queue-list';
import { QueueNotices } from '../review/queue-notices';
import { QueueReturnDialog } from '../review/queue-return-dialog';
import { useQueueActions } from '../review/use-queue-actions';
import { useYearData } from '../review/use-year-data';
import { CancellationRequests, PlanApprovals } from './other-decisions';

/** The sign-off endpoint's answer for one report: signed, or why not (in both languages). */
interface SignOffAnswer {
  measureId: string;
  periodKey: string;
  ok: boolean;
  message?: string;
  messageTh?: string;
}

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
  const onBehalf = useOnBehalf();
  const [yearBe, setYear] = useFiscalYear(organization.code);
  const data = useYearData(organization.code, yearBe, { people: true });
  const accepted = useMemo(() => (data.lifecycles && data.measures ? queueOf(data.lifecycles, data.measures, 'accepted') : []), [data.lifecycles, data.measures]);
  const queue = useQueueActions(organization.code, accepted);
  const { items } = queue;
  const plans = useMemo(() => (data.lifecycles && data.measures ? plansAwaitingApproval(data.lifecycles, data.measures) : []), [data.lifecycles, data.measures]);
  const cancels = useMemo(() => (data.lifecycles && data.measures ? cancellationRequests(data.lifecycles, data.measures) : []), [data.lifecycles, data.measures]);

  // One request signs them all; its answer says, report by report, which were signed.
  const signSelected = () =>
    queue.actOnSelected(async (chosen, settle) => {
      const answers = await api<SignOffAnswer[]>(
        'POST',
        `${orgPath(organization.code)}/sign-off`,
        onBehalf({ items: chosen.map((item) => ({ measureId: item.measure.id, periodKey: item.report.periodKey })) }),
      );
      for (const item of chosen) {
        const answer = answers.find((entry) => entry.measureId === item.measure.id && entry.periodKey === item.report.periodKey);
        settle(item, answer?.ok ? { ok: true } : { ok: false, message: answer && (language === 'th' ? answer.messageTh : answer.message) });
      }
    });

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
      <QueueNotices queue={queue} />
      {data.isLoading && <Loading />}
      {data.error && <ErrorNotice error={data.error} onRetry={data.refetch} />}
      {data.ready && (
        <section aria-labelledby="sign-off-reports">
          <h2 id="sign-off-reports" className="queue-count">
            {t.reports} <span className="count">{items.length}</span>
          </h2>
          {items.length === 0 && <EmptyState>{t.empty}</EmptyState>}
          {items.length > 0 && (
            <QueueList
              queue={queue}
              divisions={data.divisions ?? []}
              people={data.people ?? []}
              selectedActionLabel={t.signSelected}
              onActOnSelected={signSelected}
              decideLabel={t.signOff}
              onDecide={(item) => queue.act(item, 'signOff', t.signed)}
              returnLabel={t.return}
              reportTitle={t.reportTitle}
              collapsiblePlan
              extraFacts={(item) => item.waitingSince && <li>{fill(t.accepted, { when: formatDateTime(item.waitingSince, language) })}</li>}
            />
          )}
        </section>
      )}
      {data.ready && <PlanApprovals id="sign-off-plans" org={organization.code} measures={plans} />}
      {data.ready && <CancellationRequests id="sign-off-cancels" requests={cancels} people={data.people ?? []} />}
      <QueueReturnDialog
        queue={queue}
        title={t.dialogTitle}
        label={t.dialogLabel}
        confirmLabel={t.dialogConfirm}
        onReturn={(item, comment) => queue.act(item, 'returnSignOff', t.returned, comment)}
      />
    </>
  );
}
