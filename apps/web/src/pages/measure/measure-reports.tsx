import { useState } from 'react';
import { Link } from 'react-router';
import type { Lifecycle, LifecycleReportSnapshot, Person } from '../../api/types';
import { ErrorNotice } from '../../components/feedback';
import { ReportStatusBadge } from '../../components/status-badge';
import { formatDate, formatDateTime, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { readOnlyReason } from '../report-form/report-access';
import { ReportContentView } from '../report-form/report-content-view';
import { nameOf } from './measure-queries';

const text = defineMessages({
  th: {
    heading: 'รายงานผลการดำเนินการรายรอบ',
    noLifecycle: 'ยังไม่ได้เสนอแผนของมาตรการนี้ จึงยังไม่มีรอบการรายงาน',
    due: 'กำหนดส่ง {date}',
    version: 'ฉบับที่ {version}',
    submittedAt: 'ส่งเมื่อ {date}',
    late: 'ส่งล่าช้า',
    lastComment: 'ความเห็นที่ส่งกลับ',
    current: 'ฉบับปัจจุบัน (ฉบับที่ {version})',
    published: 'ฉบับที่ {version} ที่เผยแพร่แล้ว',
    signedOff: 'ลงนามเมื่อ {date} โดย {name}',
    lateMark: ' · ส่งล่าช้า',
    write: 'เขียนรายงาน{period}',
    revise: 'แก้ไขรายงาน{period}ที่ส่งกลับ',
    view: 'เปิดหน้ารายงาน{period}',
    review: 'ตรวจรายงานนี้',
    signOff: 'ไปหน้าลงนาม',
    correction: 'เริ่มแก้ไขรายงาน{period} (ฉบับใหม่)',
    confirmCorrection: 'ยืนยันเริ่มฉบับแก้ไข',
    cancel: 'ยกเลิก',
    correctionHint: 'ฉบับที่เผยแพร่แล้วยังคงอยู่ ฉบับแก้ไขจะต้องผ่านการตรวจและลงนามใหม่',
    someone: 'ผู้ใช้ที่ไม่พบในระบบ',
  },
  en: {
    heading: 'Reports by period',
    noLifecycle: 'The plan of this measure has not been submitted, so there are no report periods yet.',
    due: 'due {date}',
    version: 'version {version}',
    submittedAt: 'submitted {date}',
    late: 'submitted late',
    lastComment: 'Returned with',
    current: 'Current version ({version})',
    published: 'Published version {version}',
    signedOff: 'signed off {date} by {name}',
    lateMark: ' · late',
    write: 'Write the {period} report',
    revise: 'Revise the returned {period} report',
    view: 'Open the {period} report',
    review: 'Review this report',
    signOff: 'Go to sign-off',
    correction: 'Start a correction of {period} (new version)',
    confirmCorrection: 'Confirm: start a new version',
    cancel: 'Cancel',
    correctionHint: 'The published version stays; the correction needs review and sign-off again.',
    someone: 'a person no longer in the system',
  },
});

interface Props {
  measureId: string;
  lifecycle: Lifecycle | null;
  person: Person;
  people?: Person[];
  correctablePeriods: string[];
  onStartCorrection(periodKey: string): Promise<void>;
}

/** Each period's report: status, due date, version, latest comment, and every published version with its content. */
export function MeasureReports(props: Props) {
  const t = useText(text);
  const reports = [...(props.lifecycle?.reports ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.start.localeCompare(b.start));
  return (
    <section className="panel" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t.heading}</h2>
      {props.lifecycle === null ? (
        <p className="muted">{t.noLifecycle}</p>
      ) : (
        <ul className="period-list">
          {reports.map((report) => (
            <PeriodReport key={report.periodKey} report={report} {...props} lifecycle={props.lifecycle!} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PeriodReport({ report, measureId, lifecycle, person, people, correctablePeriods, onStartCorrection }: Props & { report: LifecycleReportSnapshot; lifecycle: Lifecycle }) {
  const t = useText(text);
  const { language } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const period = periodLabel(report.periodKey, language);
  const published = report.publishedVersions ?? [];
  const latestPublished = published.at(-1);
  // The working version is worth showing unless it is exactly the latest published one.
  const showCurrent = report.content !== null && !(latestPublished && latestPublished.version === report.version);
  const writable = readOnlyReason(person, lifecycle, report) === null;
  const returned = report.status === 'returned' || report.status === 'returned_by_executive';
  const formLink = `/measures/${measureId}/reports/${encodeURIComponent(report.periodKey)}`;

  const startCorrection = async () => {
    setBusy(true);
    setError(null);
    try {
      await onStartCorrection(report.periodKey);
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="period" aria-labelledby={`period-${report.periodKey}`}>
      <div className="period-head">
        <h3 id={`period-${report.periodKey}`}>{period}</h3>
        <ReportStatusBadge status={report.status} late={report.late} />
      </div>
      <ul className="period-facts">
        <li>{fill(t.due, { date: formatDate(report.dueDate, language) })}</li>
        <li>{fill(t.version, { version: report.version })}</li>
        {report.submittedAt && <li>{fill(t.submittedAt, { date: formatDateTime(report.submittedAt, language) })}</li>}
        {report.late && <li className="late">{t.late}</li>}
      </ul>
      {/* The comment to act on; once the report moved on, the timeline keeps it. */}
      {returned && report.lastComment && (
        <div className="comment">
          <strong>{t.lastComment}: </strong>
          {report.lastComment}
        </div>
      )}
      <div className="period-actions">
        {report.status !== 'not_open' &&
          (writable ? (
            <Link className="button button-primary" to={formLink}>
              {fill(returned ? t.revise : t.write, { period })}
            </Link>
          ) : (
            <Link className="button" to={formLink}>
              {fill(t.view, { period })}
            </Link>
          ))}
        {report.status === 'submitted' && (person.role === 'admin' || person.role === 'system_admin') && (
          <Link className="button" to={`/review?measure=${measureId}`}>
            {t.review}
          </Link>
        )}
        {report.status === 'accepted' && person.role === 'executive' && (
          <Link className="button" to="/sign-off">
            {t.signOff}
          </Link>
        )}
        {correctablePeriods.includes(report.periodKey) &&
          (confirming ? (
            <>
              <button type="button" className="button button-danger" disabled={busy} onClick={startCorrection}>
                {t.confirmCorrection}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t.cancel}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {fill(t.correction, { period })}
            </button>
          ))}
      </div>
      {confirming && <p className="muted">{t.correctionHint}</p>}
      <ErrorNotice error={error} />
      {showCurrent && report.content && (
        <div className="version">
          <h4>{fill(t.current, { version: report.version })}</h4>
          <ReportContentView content={report.content} />
        </div>
      )}
      {[...published].reverse().map((version) => (
        <div className="version" key={version.version}>
          <h4>
            {fill(t.published, { version: version.version })}{' '}
            <span className="version-meta">
              · {fill(t.signedOff, { date: formatDateTime(version.signedOffAt, language), name: nameOf(people, version.signedOffByPersonId) ?? t.someone })}
              {version.late && t.lateMark}
            </span>
          </h4>
          <ReportContentView content={version.content} />
        </div>
      ))}
    </li>
  );
}
