import { defineMessages, fill, useText } from '../../i18n/language';
import type { DashboardFigures } from './dashboard-figures';

const text = defineMessages({
  th: {
    heading: 'ตัวเลขสำคัญ',
    measures: 'จำนวนมาตรการ',
    measuresUnit: '{n} มาตรการ',
    completion: 'ความคืบหน้าเฉลี่ย',
    percent: 'ร้อยละ {n}',
    onTime: 'ส่งรายงานตรงเวลา',
    onTimeParts: 'ตรงเวลา {onTime} · ล่าช้า {late} · เกินกำหนดยังไม่ส่ง {overdue}',
    noneDue: 'ยังไม่มีรายงานถึงกำหนด',
    overdue: 'รายงานเกินกำหนด',
    overdueUnit: '{n} รายงาน',
    overdueLink: 'ดูรายการ',
    published: 'ลงนามเผยแพร่แล้ว',
    publishedUnit: '{n} จาก {of} รายงาน',
    publishedHint: 'นับเฉพาะรอบที่เปิดรายงานแล้ว',
    dash: '–',
  },
  en: {
    heading: 'Key figures',
    measures: 'Measures under way',
    measuresUnit: '{n}',
    completion: 'Average progress',
    percent: '{n}%',
    onTime: 'Reports on time',
    onTimeParts: 'on time {onTime} · late {late} · overdue, not sent {overdue}',
    noneDue: 'No report due yet',
    overdue: 'Overdue reports',
    overdueUnit: '{n}',
    overdueLink: 'See the list',
    published: 'Signed off and published',
    publishedUnit: '{n} of {of}',
    publishedHint: 'reports of the periods opened so far',
    dash: '–',
  },
});

/** The year at a glance: measures, average progress, on-time rate, overdue and published reports. */
export function SummaryCards({ figures, overdueListId }: { figures: DashboardFigures; overdueListId: string }) {
  const t = useText(text);
  const { overall, onTime } = figures;
  const counted = onTime.onTime + onTime.late + onTime.overdue;
  const share = (n: number) => (counted === 0 ? 0 : (n / counted) * 100);
  return (
    <section aria-labelledby="dashboard-key-figures">
      <h2 id="dashboard-key-figures" className="visually-hidden">
        {t.heading}
      </h2>
      <ul className="dashboard-cards">
        <li className="dashboard-card">
          <span className="dashboard-card-label">{t.measures}</span>
          <span className="dashboard-card-value">{fill(t.measuresUnit, { n: overall.measures })}</span>
        </li>
        <li className="dashboard-card">
          <span className="dashboard-card-label">{t.completion}</span>
          <span className="dashboard-card-value">{overall.averageCompletion === null ? t.dash : fill(t.percent, { n: overall.averageCompletion })}</span>
          <span className="progress" aria-hidden="true">
            <span style={{ width: `${overall.averageCompletion ?? 0}%` }} />
          </span>
        </li>
        <li className="dashboard-card">
          <span className="dashboard-card-label">{t.onTime}</span>
          <span className="dashboard-card-value">{onTime.rate === null ? t.dash : fill(t.percent, { n: onTime.rate })}</span>
          {counted > 0 && (
            <span className="dashboard-split" aria-hidden="true">
              <span className="dashboard-split-ok" style={{ width: `${share(onTime.onTime)}%` }} />
              <span className="dashboard-split-late" style={{ width: `${share(onTime.late)}%` }} />
              <span className="dashboard-split-overdue" style={{ width: `${share(onTime.overdue)}%` }} />
            </span>
          )}
          <span className="dashboard-card-note">{counted === 0 ? t.noneDue : fill(t.onTimeParts, { onTime: onTime.onTime, late: onTime.late, overdue: onTime.overdue })}</span>
        </li>
        <li className={overall.overdue > 0 ? 'dashboard-card dashboard-card-alert' : 'dashboard-card'}>
          <span className="dashboard-card-label">{t.overdue}</span>
          <span className="dashboard-card-value">{fill(t.overdueUnit, { n: overall.overdue })}</span>
          {overall.overdue > 0 && (
            <a className="dashboard-card-note" href={`#${overdueListId}`}>
              {t.overdueLink}
            </a>
          )}
        </li>
        <li className="dashboard-card">
          <span className="dashboard-card-label">{t.published}</span>
          <span className="dashboard-card-value">{fill(t.publishedUnit, { n: overall.signedOff, of: overall.reportsOpened })}</span>
          <span className="dashboard-card-note">{t.publishedHint}</span>
        </li>
      </ul>
    </section>
  );
}
