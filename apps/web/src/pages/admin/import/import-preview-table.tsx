import type { ReactNode } from 'react';
import { TableRegion } from '../../../components/table-region';
import { formatDate } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import type { ImportColumn, ImportedMeasure, ImportPreview, ImportWarning } from './import-preview';
import { ProblemList } from './problem-list';

const text = defineMessages({
  th: {
    caption: 'มาตรการที่อ่านได้จากเอกสาร',
    no: 'ลำดับ',
    title: 'มาตรการ/โครงการ',
    results: 'ผลการดำเนินการ',
    steps: 'ขั้นตอน',
    owners: 'ผู้รับผิดชอบ',
    period: 'ระยะเวลา',
    summary: 'สรุปผล',
    outcome: 'ผลลัพธ์',
    indicatorNo: 'ตัวชี้วัดที่ {no}',
    none: 'ไม่ระบุ',
    noIndicator: 'ไม่ระบุตัวชี้วัด',
    all: 'ทุกกอง',
    clean: 'ไม่มีปัญหา',
    toCheck: 'ควรตรวจ {count} จุด',
  },
  en: {
    caption: 'Measures read from the document',
    no: 'No.',
    title: 'Measure/project',
    results: 'Results',
    steps: 'Steps',
    owners: 'Owners',
    period: 'Period',
    summary: 'Summary',
    outcome: 'Outcome',
    indicatorNo: 'Indicator {no}',
    none: 'not given',
    noIndicator: 'no indicator given',
    all: 'All divisions',
    clean: 'No problems',
    toCheck: '{count} to check',
  },
});

type Field = Exclude<ImportColumn, 'header'>;

/** The table's columns and the fields each shows: related fields share a column so it fits a screen. */
const COLUMNS: { key: 'title' | 'steps' | 'owners' | 'period' | 'results'; fields: Field[] }[] = [
  { key: 'title', fields: ['title', 'indicator'] },
  { key: 'steps', fields: ['steps'] },
  { key: 'owners', fields: ['owners'] },
  { key: 'period', fields: ['period'] },
  { key: 'results', fields: ['summary', 'outcome'] },
];

/** The preview as the document's own table: each value with a problem is marked, with the problem beside it. */
export function ImportPreviewTable(props: { preview: ImportPreview; rows: Map<number, ImportWarning[]>; onlyProblems: boolean }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { measures, warnings } = props.preview;
  // A plan has no results: its table has no column for them.
  const hasResults = measures.some((measure) => measure.summary || measure.outcome) || warnings.some((warning) => warning.column === 'summary' || warning.column === 'outcome');
  const columns = COLUMNS.filter((column) => column.key !== 'results' || hasResults);
  const visible = props.onlyProblems ? measures.filter((measure) => (props.rows.get(measure.no)?.length ?? 0) > 0) : measures;

  const value = (measure: ImportedMeasure, field: Field): ReactNode => {
    switch (field) {
      case 'title':
        return measure.title;
      case 'indicator':
        return [measure.indicator === null ? t.noIndicator : fill(t.indicatorNo, { no: measure.indicator }), ...measure.items].join(', ');
      case 'steps':
        return measure.steps.length === 0 ? (
          t.none
        ) : (
          <ol className="import-steps">
            {measure.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        );
      case 'owners':
        return [...(measure.allDivisions ? [t.all] : []), ...measure.owners].join(', ') || t.none;
      case 'period':
        return measure.period ? `${formatDate(measure.period.start, language)} – ${formatDate(measure.period.end, language)}` : t.none;
      case 'summary':
      case 'outcome':
        return (
          <>
            <span className="import-field-label">{t[field]}</span>
            <span className="import-long-text">{measure[field] ?? t.none}</span>
          </>
        );
    }
  };

  return (
    <TableRegion className="import-table-wrap" label={t.caption}>
      <table className="import-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.no}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`import-col-${column.key}`}>
                {t[column.key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((measure) => {
            const problems = props.rows.get(measure.no) ?? [];
            return (
              <tr key={measure.no} className={problems.length > 0 ? 'import-row-check' : 'import-row-clean'}>
                <th scope="row" data-label={t.no}>
                  <span className="import-row-no">{measure.no}</span>
                  <span className={problems.length > 0 ? 'badge import-badge-check' : 'badge import-badge-clean'}>
                    <span aria-hidden="true">{problems.length > 0 ? '⚠ ' : '✓ '}</span>
                    {problems.length > 0 ? fill(t.toCheck, { count: problems.length }) : t.clean}
                  </span>
                </th>
                {columns.map((column) => (
                  <td key={column.key} data-label={t[column.key]} className={`import-col-${column.key}`}>
                    {column.fields.map((field) => {
                      const fieldProblems = problems.filter((problem) => problem.column === field);
                      return (
                        <div key={field} className={fieldProblems.length > 0 ? `import-field import-field-${field} import-field-check` : `import-field import-field-${field}`}>
                          {value(measure, field)}
                          {fieldProblems.length > 0 && <ProblemList problems={fieldProblems} />}
                        </div>
                      );
                    })}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
