import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { ChartFigure } from './chart-figure';
import { countTicks } from './chart-ticks';
import { REPORT_STAGES, type PeriodFigures, type ReportStage } from './dashboard-figures';
import { STAGE_COLOUR, STAGE_LABEL } from './stage-labels';

const text = defineMessages({
  th: {
    caption: 'ความคืบหน้าของรายงานแต่ละรอบ (จำนวนมาตรการ)',
    period: 'รอบรายงาน',
    total: 'รวม',
    summaryPeriod: '{period}: {parts} จาก {total} มาตรการ',
    none: 'ยังไม่มีรอบรายงาน',
  },
  en: {
    caption: 'Reports of each period (number of measures)',
    period: 'Period',
    total: 'Total',
    summaryPeriod: '{period}: {parts} of {total} measures',
    none: 'No report periods yet',
  },
});

/** Completion per period: signed off, awaiting sign-off, awaiting review, returned, not reported, stacked. */
export function PeriodChart({ periods }: { periods: PeriodFigures[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  const labels = STAGE_LABEL[language];
  const ticks = countTicks(Math.max(0, ...periods.map((period) => period.total)));
  const highest = ticks[ticks.length - 1];
  const data = periods.map((period) => ({ period: periodLabel(period.periodKey, language), ...period.counts }));
  const summary =
    periods.length === 0
      ? t.none
      : periods
          .map((period) =>
            fill(t.summaryPeriod, {
              period: periodLabel(period.periodKey, language),
              total: period.total,
              parts: REPORT_STAGES.filter((stage) => period.counts[stage] > 0)
                .map((stage) => `${labels[stage]} ${period.counts[stage]}`)
                .join(', '),
            }),
          )
          .join('; ');
  return (
    <ChartFigure
      caption={t.caption}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tick={{ fontSize: 13 }} interval={0} />
            <YAxis allowDecimals={false} domain={[0, highest]} ticks={ticks} tick={{ fontSize: 13 }} />
            <Tooltip itemSorter={(item) => REPORT_STAGES.indexOf(item.dataKey as ReportStage)} />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} formatter={(value) => <span className="dashboard-legend-text">{value}</span>} />
            {REPORT_STAGES.map((stage) => (
              <Bar key={stage} dataKey={stage} name={labels[stage]} stackId="stage" fill={STAGE_COLOUR[stage]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="dashboard-small-table">
          <thead>
            <tr>
              <th scope="col">{t.period}</th>
              {REPORT_STAGES.map((stage) => (
                <th key={stage} scope="col">
                  {labels[stage]}
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.periodKey}>
                <th scope="row">{periodLabel(period.periodKey, language)}</th>
                {REPORT_STAGES.map((stage) => (
                  <td key={stage} className="dashboard-number">
                    {period.counts[stage]}
                  </td>
                ))}
                <td className="dashboard-number">{period.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
