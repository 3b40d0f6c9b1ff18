import '../../styles/measure.css';
import '../../styles/report-form.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Lifecycle, LifecycleReportSnapshot } from '../../api/types';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { ReportStatusBadge } from '../../components/status-badge';
import { formatDate, formatDateTime, periodLabel, todayInBangkok } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { LIFECYCLE_STATUS } from '../../i18n/labels';
import { useSignedIn } from '../../session/session';
import { usePeople } from '../../api/organization-data';
import { nameOf, retryable, useLifecycle, useLifecycleAction, useMeasure } from '../measure/measure-queries';
import { localDraftKey } from './local-draft';
import { OfficialRowPreview } from './official-row-preview';
import { readOnlyReason, wasReturned, willBeLate, type ReadOnlyReason } from './report-access';
import { formFromContent } from './report-content';
import { ReportContentView } from './report-content-view';
import { ReportEditor } from './report-editor';

const text = defineMessages({
  th: {
    title: 'รายงานผล{period}',
    report: 'รายงานผล',
    back: 'กลับไปที่มาตรการ',
    measureNo: 'มาตรการที่ {no} {title}',
    due: 'กำหนดส่ง {date}',
    version: 'ฉบับที่ {version}',
    correction: 'ฉบับแก้ไขของรายงานที่เผยแพร่แล้ว',
    submittedAt: 'ส่งเมื่อ {date}',
    returnedHeading: 'ความเห็นที่ส่งกลับ',
    returnedBy: 'ส่งกลับโดย {name} เมื่อ {date}',
    returnedNext: 'แก้ไขรายงานตามความเห็นด้านบน แล้วกด "ส่งรายงาน" อีกครั้ง เนื้อหาเดิมอยู่ในแบบฟอร์มแล้ว',
    late: 'เลยกำหนดส่ง ({date}) แล้ว รายงานนี้จะถูกบันทึกว่าส่งล่าช้า ส่งให้เร็วที่สุด',
    submitted: 'ส่งรายงานแล้ว รอผู้ประสานงานตรวจ',
    submittedNext: 'คุณจะได้รับแจ้งเมื่อผู้ประสานงานรับรายงาน หรือส่งกลับให้แก้ไข',
    accepted: 'ผู้ประสานงานรับรายงานแล้ว รอผู้บริหารลงนาม',
    signedOff: 'ผู้บริหารลงนามและเผยแพร่รายงานนี้แล้ว หากต้องแก้ไข ผู้ประสานงานเริ่มฉบับแก้ไขได้จากหน้ามาตรการ',
    notOpen: 'ยังไม่ถึงรอบการรายงานนี้ (เริ่ม {date}) เมื่อถึงรอบจะเขียนรายงานได้ที่หน้านี้',
    notOwner: 'เฉพาะหัวหน้าและเจ้าหน้าที่ของกองที่รับผิดชอบมาตรการนี้เป็นผู้เขียนรายงาน หน้านี้จึงแสดงให้อ่านอย่างเดียว',
    notInProgress: 'มาตรการนี้ยังไม่อยู่ในขั้นดำเนินการ (สถานะ: {status}) จึงยังเขียนรายงานไม่ได้',
    content: 'เนื้อหารายงาน',
    noContent: 'ยังไม่มีเนื้อหารายงาน',
    noPeriod: 'ไม่พบรอบการรายงาน "{period}" ในมาตรการนี้',
    noPeriodNext: 'กลับไปที่หน้ามาตรการแล้วเลือกรอบการรายงานจากรายการ',
    noLifecycle: 'มาตรการนี้ยังไม่ได้เสนอแผน จึงยังไม่มีรอบการรายงาน',
    someone: 'ผู้ใช้ที่ไม่พบในระบบ',
  },
  en: {
    title: '{period} report',
    report: 'Report',
    back: 'Back to the measure',
    measureNo: 'Measure {no} {title}',
    due: 'due {date}',
    version: 'version {version}',
    correction: 'a correction of a published report',
    submittedAt: 'submitted {date}',
    returnedHeading: 'Comment on the returned report',
    returnedBy: 'returned by {name} on {date}',
    returnedNext: 'Revise the report as the comment asks, then press "Submit the report" again. Your previous text is already in the form.',
    late: 'The due date ({date}) has passed: this report will be marked late. Send it as soon as you can.',
    submitted: 'Report sent: it waits for the coordinator’s review',
    submittedNext: 'You will be told when the coordinator accepts it or returns it for changes.',
    accepted: 'The coordinator accepted the report; it waits for the executive’s sign-off',
    signedOff: 'The executive signed off and published this report. To change it, the coordinator starts a correction from the measure page.',
    notOpen: 'This report period has not opened yet (it starts {date}); the report is written here once it opens.',
    notOwner: 'Only the head and officers of an owner division write this report, so it is shown read only.',
    notInProgress: 'This measure is not in progress yet (status: {status}), so no report can be written.',
    content: 'Report content',
    noContent: 'Nothing has been written yet',
    noPeriod: 'This measure has no report period "{period}"',
    noPeriodNext: 'Go back to the measure and choose a period from its list.',
    noLifecycle: 'The plan of this measure has not been submitted, so it has no report periods yet.',
    someone: 'a person no longer in the system',
  },
});

/** The latest return of this period (who and when), from the timeline. */
function lastReturn(lifecycle: Lifecycle, periodKey: string) {
  return [...lifecycle.events].reverse().find((event) => event.periodKey === periodKey && (event.action === 'returnReport' || event.action === 'returnSignOff'));
}

/** One period's report of one measure: the owners write it here; everyone else reads it. */
export function ReportFormPage() {
  return (
    <div className="measure-area">
      <ReportFormPageContent />
    </div>
  );
}

function ReportFormPageContent() {
  const t = useText(text);
  const { language } = useLanguage();
  const { measureId = '', periodKey = '' } = useParams();
  const { person, organization } = useSignedIn();
  const org = organization.code;
  const measure = useMeasure(org, measureId);
  const lifecycle = useLifecycle(org, measureId, measure.isSuccess);
  const people = usePeople(org);
  const send = useLifecycleAction(org, measureId);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const period = periodLabel(periodKey, language);
  const title = fill(t.title, { period });

  if (measure.isLoading || lifecycle.isLoading) return <Loading />;
  if (measure.error || !measure.data) {
    // Another division's measure: the API's refusal, and nothing of the measure.
    return (
      <>
        <PageHeader title={t.report} />
        <ErrorNotice error={measure.error} onRetry={retryable(measure.error) ? () => void measure.refetch() : undefined} />
      </>
    );
  }
  const m = measure.data;
  const backLink = (
    <Link to={`/measures/${m.id}`} className="back-link">
      ← {t.back}
    </Link>
  );
  const subtitle = fill(t.measureNo, { no: m.no, title: m.title });
  if (lifecycle.error) {
    return (
      <>
        {backLink}
        <PageHeader title={title} subtitle={subtitle} />
        <ErrorNotice error={lifecycle.error} onRetry={retryable(lifecycle.error) ? () => void lifecycle.refetch() : undefined} />
      </>
    );
  }
  const snapshot = lifecycle.data ?? null;
  const report = snapshot?.reports.find((candidate) => candidate.periodKey === periodKey);
  if (!snapshot || !report) {
    return (
      <>
        {backLink}
        <PageHeader title={title} subtitle={subtitle} />
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{snapshot ? fill(t.noPeriod, { period: periodKey }) : t.noLifecycle}</p>
          <p>{t.noPeriodNext}</p>
        </div>
      </>
    );
  }

  const reason = readOnlyReason(person, snapshot, report);
  const returned = wasReturned(report);
  const returnEvent = returned ? lastReturn(snapshot, periodKey) : undefined;

  return (
    <>
      {backLink}
      <PageHeader title={title} subtitle={subtitle} />
      <ul className="report-facts">
        <li>
          <ReportStatusBadge status={report.status} late={report.late} />
        </li>
        <li>{fill(t.due, { date: formatDate(report.dueDate, language, 'long') })}</li>
        <li>
          {fill(t.version, { version: report.version })}
          {report.version > 1 && ` · ${t.correction}`}
        </li>
        {report.submittedAt && <li>{fill(t.submittedAt, { date: formatDateTime(report.submittedAt, language) })}</li>}
      </ul>

      {justSubmitted && (
        <SuccessNotice>
          <p className="notice-title">{t.submitted}</p>
          <p>{t.submittedNext}</p>
        </SuccessNotice>
      )}

      {returned && report.lastComment && reason === null && (
        <section className="returned-comment" aria-labelledby="returned-heading">
          <h2 id="returned-heading">{t.returnedHeading}</h2>
          <p className="returned-text">{report.lastComment}</p>
          {returnEvent && (
            <p className="muted">
              {fill(t.returnedBy, { name: nameOf(people.data, returnEvent.actorPersonId) ?? t.someone, date: formatDateTime(returnEvent.at, language) })}
            </p>
          )}
          <p>{t.returnedNext}</p>
        </section>
      )}

      {reason === null && willBeLate(report, todayInBangkok()) && (
        <div className="notice notice-warning">
          <p className="notice-title">{fill(t.late, { date: formatDate(report.dueDate, language, 'long') })}</p>
        </div>
      )}

      {reason === null ? (
        <ReportEditor
          key={`${m.id}/${periodKey}/${report.version}`}
          orgCode={org}
          measure={m}
          report={report}
          numeralStyle={organization.numeralStyle}
          storageKey={localDraftKey(org, m.id, periodKey)}
          act={(action, body) => send(action, body)}
          onSubmitted={() => {
            setJustSubmitted(true);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : (
        <ReadOnlyReport reason={justSubmitted ? null : reason} report={report} lifecycle={snapshot} measureNumeralStyle={organization.numeralStyle} measure={m} />
      )}
    </>
  );
}

function ReadOnlyReport({
  reason,
  report,
  lifecycle,
  measure,
  measureNumeralStyle,
}: {
  reason: ReadOnlyReason;
  report: LifecycleReportSnapshot;
  lifecycle: Lifecycle;
  measure: Parameters<typeof OfficialRowPreview>[0]['measure'];
  measureNumeralStyle: string;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const explanation: Record<Exclude<ReadOnlyReason, null>, string> = {
    submitted: t.submitted,
    accepted: t.accepted,
    signed_off: t.signedOff,
    not_open: fill(t.notOpen, { date: formatDate(report.start, language, 'long') }),
    not_owner: t.notOwner,
    measure_not_in_progress: fill(t.notInProgress, { status: LIFECYCLE_STATUS[language][lifecycle.status] }),
  };
  // What was last published stays the record until a correction is signed off.
  const content = report.content ?? report.publishedVersions?.at(-1)?.content ?? null;
  return (
    <>
      {reason && (
        <div className={reason === 'submitted' || reason === 'accepted' || reason === 'signed_off' ? 'notice notice-success' : 'notice notice-info'} role="status">
          <p className="notice-title">{explanation[reason]}</p>
        </div>
      )}
      <div className="report-columns">
        <section className="panel" aria-labelledby="content-heading">
          <h2 id="content-heading">{t.content}</h2>
          {content ? <ReportContentView content={content} /> : <p className="muted">{t.noContent}</p>}
        </section>
        {content && <OfficialRowPreview measure={measure} form={formFromContent(content)} numeralStyle={measureNumeralStyle} />}
      </div>
    </>
  );
}
