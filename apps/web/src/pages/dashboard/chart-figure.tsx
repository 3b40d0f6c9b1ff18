import { useId, type ReactNode } from 'react';
import { defineMessages, useText } from '../../i18n/language';
import { TableRegion } from '../../components/table-region';

const text = defineMessages({
  th: { table: 'ดูตัวเลขเป็นตาราง' },
  en: { table: 'Show the figures as a table' },
});

/**
 * A chart with its words: a caption, a spoken summary in place of the drawing, and the figures
 * as a table for whoever would rather read them.
 */
export function ChartFigure({ caption, summary, chart, table }: { caption: string; summary: string; chart: ReactNode; table: ReactNode }) {
  const t = useText(text);
  const id = useId();
  return (
    <figure className="dashboard-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div className="dashboard-chart" role="img" aria-label={summary}>
        {chart}
      </div>
      <details className="dashboard-table-toggle">
        <summary>{t.table}</summary>
        <TableRegion labelledBy={`${id}-caption`}>{table}</TableRegion>
      </details>
    </figure>
  );
}
