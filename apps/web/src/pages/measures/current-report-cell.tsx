import { Link } from 'react-router';
import type { LifecycleReportSnapshot } from '../../api/types';
import { ReportStatusBadge } from '../../components/status-badge';
import { formatDate, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';

const text = defineMessages({
  th: { none: 'ยังไม่เปิดรอบรายงาน', due: 'กำหนดส่ง {date}', overdue: 'เกินกำหนดส่ง', open: 'รายงาน{period}' },
  en: { none: 'no report period open yet', due: 'due {date}', overdue: 'overdue', open: '{period} report' },
});

/** The report that matters now: its period (a link to it), its status and its due date. */
export function CurrentReportCell({ measureId, report, overdue }: { measureId: string; report: LifecycleReportSnapshot | null; overdue: boolean }) {
  const t = useText(text);
  const { language } = useLanguage();
  if (report === null) return <span className="muted">{t.none}</span>;
  const period = periodLabel(report.periodKey, language);
  return (
    <div className="current-report">
      <Link to={`/measures/${measureId}/reports/${encodeURIComponent(report.periodKey)}`} aria-label={fill(t.open, { period })}>
        {period}
      </Link>
      <ReportStatusBadge status={report.status} late={report.late} />
      <span className={overdue ? 'current-report-due overdue' : 'current-report-due'}>
        {overdue && <strong>{t.overdue} · </strong>}
        {fill(t.due, { date: formatDate(report.dueDate, language) })}
      </span>
    </div>
  );
}
