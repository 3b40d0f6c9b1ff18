import { defineMessages, fill, useText } from '../../i18n/language';
import type { ProgressFigures } from './dashboard-figures';
import { TableRegion } from '../../components/table-region';

const text = defineMessages({
  th: {
    measures: 'มาตรการ',
    completion: 'ความคืบหน้าเฉลี่ย',
    published: 'เผยแพร่แล้ว / เปิดรายงานแล้ว',
    overdue: 'เกินกำหนด',
    percent: 'ร้อยละ {n}',
    none: 'ยังไม่มีมาตรการที่ดำเนินการ',
    dash: '–',
  },
  en: {
    measures: 'Measures',
    completion: 'Average progress',
    published: 'Published / opened reports',
    overdue: 'Overdue',
    percent: '{n}%',
    none: 'No measure under way yet',
    dash: '–',
  },
});

export interface ProgressRow extends ProgressFigures {
  key: string;
  label: string;
}

/** Progress of a group of measures (a division, an indicator): one row each, the bar beside the number. */
export function ProgressTable({ id, title, groupLabel, rows }: { id: string; title: string; groupLabel: string; rows: ProgressRow[] }) {
  const t = useText(text);
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <TableRegion labelledBy={id}>
          <table className="dashboard-table">
            <thead>
              <tr>
                <th scope="col">{groupLabel}</th>
                <th scope="col">{t.completion}</th>
                <th scope="col" className="dashboard-number">
                  {t.overdue}
                </th>
                <th scope="col" className="dashboard-number dashboard-wrap-head">
                  {t.published}
                </th>
                <th scope="col" className="dashboard-number">
                  {t.measures}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <span className="dashboard-bar-cell">
                      <span className="dashboard-bar-number">{row.averageCompletion === null ? t.dash : fill(t.percent, { n: row.averageCompletion })}</span>
                      <span className="progress" aria-hidden="true">
                        <span style={{ width: `${row.averageCompletion ?? 0}%` }} />
                      </span>
                    </span>
                  </td>
                  <td className={row.overdue > 0 ? 'dashboard-number dashboard-late' : 'dashboard-number'}>{row.overdue}</td>
                  <td className="dashboard-number">
                    {row.signedOff} / {row.reportsOpened}
                  </td>
                  <td className="dashboard-number">{row.measures}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
