import type { Measure } from '../../api/types';
import { defineMessages, useText } from '../../i18n/language';
import { ROUND_REPORT_COLUMN_SHARES, ROUND_REPORT_COLUMNS } from '@prongsai/reports/official-table';
import { digitStyleOf, officialRow } from './official-row';
import type { ReportForm } from './report-content';
import { TableRegion } from '../../components/table-region';

const text = defineMessages({
  th: {
    heading: 'ตัวอย่างแถวในตารางรายงานผล',
    hint: 'แถวนี้คือสิ่งที่จะปรากฏในรายงานผลการดำเนินการประจำรอบที่เผยแพร่ (สรุปผลการดำเนินการ = สิ่งที่ดำเนินการ ตามด้วยผลการดำเนินการ)',
    caption: 'ตัวอย่างแถวของมาตรการนี้ในตารางรายงานผลการดำเนินการ',
    emptyCell: '(ยังไม่ได้กรอก)',
  },
  en: {
    heading: 'Preview of the row in the official table',
    hint: 'This is how the measure will appear in the published round report (the summary is what was done followed by its results).',
    caption: 'Preview of this measure’s row in the round report table',
    emptyCell: '(not filled in yet)',
  },
});

/** The measure's row of the round report, as it will read with what is written now. */
export function OfficialRowPreview({ measure, form, numeralStyle, headingLevel = 2 }: { measure: Measure; form: Pick<ReportForm, 'done' | 'results' | 'outcome'>; numeralStyle: string; headingLevel?: 2 | 3 }) {
  const t = useText(text);
  const row = officialRow(measure, form, digitStyleOf(numeralStyle));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const filled = (value: string) => (value === '' ? <span className="muted">{t.emptyCell}</span> : value);
  return (
    <section className="panel preview" aria-labelledby="preview-heading">
      <Heading id="preview-heading">{t.heading}</Heading>
      <p className="field-hint">{t.hint}</p>
      <TableRegion labelledBy="preview-heading">
        <table className="official-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <colgroup>
            {ROUND_REPORT_COLUMN_SHARES.map((share, index) => (
              <col key={ROUND_REPORT_COLUMNS[index]} style={{ width: `${share * 100}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {ROUND_REPORT_COLUMNS.map((column) => (
                <th key={column} scope="col" lang="th">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody lang="th">
            <tr>
              <td className="official-no">{row.no}</td>
              <td>{row.title}</td>
              <td>
                {row.steps.map((step) => (
                  <p key={step} className="official-step">
                    {step}
                  </p>
                ))}
              </td>
              <td>{row.period}</td>
              <td>{row.owners}</td>
              <td className="official-text">{filled(row.summary)}</td>
              <td className="official-text">{filled(row.outcome)}</td>
            </tr>
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
