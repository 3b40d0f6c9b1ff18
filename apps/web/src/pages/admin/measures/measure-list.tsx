import { Link } from 'react-router';
import type { Lifecycle, Measure } from '../../../api/types';
import { LifecycleStatusBadge } from '../../../components/status-badge';
import { formatDate } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';

const text = defineMessages({
  th: {
    measureNo: 'มาตรการที่ {no}',
    indicator: 'ตัวชี้วัด',
    indicatorValue: 'ตัวชี้วัดที่ {no} {name}',
    notSet: 'ยังไม่ระบุ',
    owners: 'ผู้รับผิดชอบ',
    all: 'ทุกกอง',
    lead: '(กองหลัก)',
    steps: 'ขั้นตอน',
    stepCount: '{count} ขั้นตอน',
    period: 'ระยะเวลา',
    items: 'ข้อ OIT',
    edit: 'แก้ไข',
    remove: 'ลบ',
    open: 'เปิดหน้ามาตรการ',
    readOnly: 'มาตรการที่เสร็จสิ้นหรือยกเลิกแล้วแก้ไขไม่ได้',
  },
  en: {
    measureNo: 'Measure {no}',
    indicator: 'Indicator',
    indicatorValue: 'Indicator {no}: {name}',
    notSet: 'not set',
    owners: 'Owners',
    all: 'All divisions',
    lead: '(lead)',
    steps: 'Steps',
    stepCount: '{count} steps',
    period: 'Period',
    items: 'OIT items',
    edit: 'Edit',
    remove: 'Delete',
    open: 'Open the measure page',
    readOnly: 'A completed or cancelled measure cannot be changed.',
  },
});

const EDITABLE = new Set(['draft', 'plan_approval', 'in_progress']);

function periodText(measure: Measure, language: 'th' | 'en'): string | null {
  if (measure.period.text) return measure.period.text;
  if (measure.period.start && measure.period.end) return `${formatDate(measure.period.start, language)} – ${formatDate(measure.period.end, language)}`;
  return null;
}

/** The year's measures as cards, with what to do with each. */
export function MeasureList(props: {
  measures: Measure[];
  indicatorNames: Map<number, string>;
  readOnly: boolean;
  onEdit(measure: Measure): void;
  onDelete(measure: Measure): void;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  return (
    <ul className="measure-cards">
      {props.measures.map((measure) => {
        const label = fill(t.measureNo, { no: measure.no });
        const period = periodText(measure, language);
        const editable = !props.readOnly && EDITABLE.has(measure.status);
        return (
          <li key={measure.id} className="card measure-card">
            <div className="measure-card-head">
              <span className="measure-card-no">{label}</span>
              <LifecycleStatusBadge status={measure.status as Lifecycle['status']} />
            </div>
            <h3 className="measure-card-title">{measure.title}</h3>
            <dl className="measure-facts">
              <div>
                <dt>{t.indicator}</dt>
                <dd>
                  {measure.indicatorNo === null
                    ? t.notSet
                    : fill(t.indicatorValue, { no: measure.indicatorNo, name: props.indicatorNames.get(measure.indicatorNo) ?? '' })}
                </dd>
              </div>
              <div>
                <dt>{t.owners}</dt>
                <dd>
                  {[
                    ...(measure.allDivisions ? [t.all] : []),
                    ...measure.owners.map((owner) => (owner.role === 'lead' ? `${owner.divisionName} ${t.lead}` : owner.divisionName)),
                  ].join(', ') || t.notSet}
                </dd>
              </div>
              <div>
                <dt>{t.steps}</dt>
                <dd>{fill(t.stepCount, { count: measure.steps.length })}</dd>
              </div>
              <div>
                <dt>{t.period}</dt>
                <dd>{period ?? t.notSet}</dd>
              </div>
              {measure.itemCodes.length > 0 && (
                <div>
                  <dt>{t.items}</dt>
                  <dd>{measure.itemCodes.join(', ')}</dd>
                </div>
              )}
            </dl>
            <div className="measure-card-actions">
              {editable && (
                <button type="button" className="button" onClick={() => props.onEdit(measure)}>
                  {t.edit}
                  <span className="visually-hidden"> {label}</span>
                </button>
              )}
              {editable && measure.status === 'draft' && (
                <button type="button" className="button button-danger" onClick={() => props.onDelete(measure)}>
                  {t.remove}
                  <span className="visually-hidden"> {label}</span>
                </button>
              )}
              <Link className="button button-quiet" to={`/measures/${measure.id}`}>
                {t.open}
                <span className="visually-hidden"> {label}</span>
              </Link>
              {!props.readOnly && !EDITABLE.has(measure.status) && <p className="field-hint">{t.readOnly}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
