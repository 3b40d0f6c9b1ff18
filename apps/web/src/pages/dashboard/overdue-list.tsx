import { Link } from 'react-router';
import { ReportStatusBadge } from '../../components/status-badge';
import { formatDate, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import type { OverdueReport } from './dashboard-figures';
import { TableRegion } from '../../components/table-region';

const text = defineMessages({
  th: {
    title: 'รายงานที่เกินกำหนด',
    none: 'ไม่มีรายงานที่เกินกำหนด',
    measure: 'มาตรการ',
    division: 'หน่วยงาน',
    period: 'รอบ',
    due: 'กำหนดส่ง',
    late: 'เกินกำหนด',
    status: 'สถานะ',
    days: '{n} วัน',
    measureNo: 'มาตรการที่ {no}',
    allDivisions: 'ทุกกอง/สำนัก',
  },
  en: {
    title: 'Overdue reports',
    none: 'No report is overdue',
    measure: 'Measure',
    division: 'Division',
    period: 'Period',
    due: 'Due',
    late: 'Late by',
    status: 'Status',
    days: '{n} days',
    measureNo: 'Measure {no}',
    allDivisions: 'All divisions',
  },
});

/** Open, draft and returned reports past their due date, the longest overdue first. */
export function OverdueList({ id, reports }: { id: string; reports: OverdueReport[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {t.title} <span className="count">{reports.length}</span>
      </h2>
      {reports.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <TableRegion labelledBy={id}>
          <table className="dashboard-table">
            <thead>
              <tr>
                <th scope="col">{t.measure}</th>
                <th scope="col" className="dashboard-number">
                  {t.late}
                </th>
                <th scope="col">{t.division}</th>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={`${report.measureId}/${report.periodKey}`}>
                  <td className="dashboard-measure-cell">
                    <Link to={`/measures/${report.measureId}`}>
                      <span className="dashboard-measure-no">{fill(t.measureNo, { no: report.measureNo })}</span> {report.measureTitle}
                    </Link>
                  </td>
                  <td className="dashboard-number dashboard-late dashboard-nowrap">{fill(t.days, { n: report.daysLate })}</td>
                  <td className="dashboard-division-cell">{report.allDivisions ? t.allDivisions : report.divisionNames.join(', ')}</td>
                  <td className="dashboard-nowrap">{periodLabel(report.periodKey, language)}</td>
                  <td className="dashboard-nowrap">{formatDate(report.dueDate, language)}</td>
                  <td>
                    <ReportStatusBadge status={report.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
