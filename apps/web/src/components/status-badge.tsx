import type { LifecycleReportSnapshot, MeasureLifecycleSnapshot } from '../api/types';
import { useLanguage } from '../i18n/language';
import { LIFECYCLE_STATUS, REPORT_STATUS } from '../i18n/labels';

/** A report's state as a coloured label (colour is never the only signal: the words say it). */
export function ReportStatusBadge({ status, late }: { status: LifecycleReportSnapshot['status']; late?: boolean }) {
  const { language } = useLanguage();
  return (
    <span className={`badge badge-${status}`}>
      {REPORT_STATUS[language][status]}
      {late && <span className="badge-late">{language === 'th' ? ' · ล่าช้า' : ' · late'}</span>}
    </span>
  );
}

export function LifecycleStatusBadge({ status }: { status: MeasureLifecycleSnapshot['status'] }) {
  const { language } = useLanguage();
  return <span className={`badge badge-lifecycle-${status}`}>{LIFECYCLE_STATUS[language][status]}</span>;
}
