import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { defineMessages, fill, useText } from '../../i18n/language';
import { ChartFigure } from './chart-figure';
import { countTicks } from './chart-ticks';
import type { DashboardFigures } from './dashboard-figures';

const text = defineMessages({
  th: {
    caption: 'รายงานเกินกำหนดแยกตามหน่วยงาน',
    division: 'หน่วยงาน',
    count: 'เกินกำหนด (รายงาน)',
    summary: 'รายงานเกินกำหนด: {parts}',
    part: '{name} {count} รายงาน',
    none: 'ยังไม่มีหน่วยงานที่มีมาตรการ',
    allOnTime: 'ไม่มีรายงานเกินกำหนด ทุกหน่วยงานรายงานทันกำหนด',
  },
  en: {
    caption: 'Overdue reports by division',
    division: 'Division',
    count: 'Overdue (reports)',
    summary: 'Overdue reports: {parts}',
    part: '{name} {count}',
    none: 'No division has measures yet',
    allOnTime: 'No report is overdue: every division is on time',
  },
});

/** Overdue reports per division as bars (an all-divisions measure counts for each division). */
export function OverdueChart({ divisions }: { divisions: DashboardFigures['overdueByDivision'] }) {
  const t = useText(text);
  const ticks = countTicks(Math.max(0, ...divisions.map((division) => division.count)));
  const highest = ticks[ticks.length - 1];
  const nothingOverdue = divisions.every((division) => division.count === 0);
  const summary =
    divisions.length === 0 ? t.none : nothingOverdue ? t.allOnTime : fill(t.summary, { parts: divisions.map((division) => fill(t.part, division)).join(', ') });
  return (
    <ChartFigure
      caption={t.caption}
      summary={summary}
      chart={
        nothingOverdue ? (
          <p className="dashboard-chart-empty">{divisions.length === 0 ? t.none : t.allOnTime}</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(140, divisions.length * 44 + 40)}>
            <BarChart data={divisions} layout="vertical" margin={{ top: 4, right: 28, bottom: 4, left: 4 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} domain={[0, highest]} ticks={ticks} tick={{ fontSize: 13 }} />
              <YAxis type="category" dataKey="name" width={112} tick={{ fontSize: 13 }} />
              <Tooltip />
              <Bar dataKey="count" name={t.count} fill="#b3261e" isAnimationActive={false} barSize={22}>
                <LabelList dataKey="count" position="right" style={{ fontSize: 13, fill: '#1b2430' }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={
        <table className="dashboard-small-table">
          <thead>
            <tr>
              <th scope="col">{t.division}</th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {divisions.map((division) => (
              <tr key={division.divisionId}>
                <th scope="row">{division.name}</th>
                <td className="dashboard-number">{division.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
