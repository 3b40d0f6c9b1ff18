import { useId } from 'react';
import { Field } from '../../../components/field';
import { defineMessages, useLanguage, useText } from '../../../i18n/language';
import type { MeasureDraft, MonitoringKind } from './measure-draft';

const text = defineMessages({
  th: {
    legend: 'การรายงานผลและการกำกับติดตาม',
    kind: 'รายงานผลต่อผู้บริหาร',
    none: 'ไม่ระบุ (ตามรอบรายงานของปีงบประมาณ)',
    monthly: 'รายงานผู้บริหารทุกเดือน',
    quarterly: 'ไตรมาสละ ๑ ครั้ง',
    semiannual: 'ทุก ๖ เดือน (เลือกเดือนที่รายงาน)',
    days_after_task: 'ภายในกำหนดวันหลังเสร็จสิ้นแต่ละภารกิจ',
    months: 'เดือนที่รายงาน',
    monthsHint: 'ปกติคือเดือนเมษายน (รอบ ๖ เดือน) และเดือนตุลาคม (รอบ ๑๒ เดือน)',
    days: 'รายงานภายในกี่วันหลังเสร็จสิ้นแต่ละภารกิจ',
    daysHint: 'เช่น ๗ หมายถึง "ไม่เกิน ๗ วัน หลังเสร็จสิ้นแต่ละภารกิจ"',
  },
  en: {
    legend: 'Reporting and monitoring',
    kind: 'Reports to the executives',
    none: 'Not set (the fiscal year’s report rounds)',
    monthly: 'Every month',
    quarterly: 'Once a quarter',
    semiannual: 'Every 6 months (choose the months)',
    days_after_task: 'Within some days after each task',
    months: 'Reporting months',
    monthsHint: 'Usually April (6-month round) and October (12-month round).',
    days: 'Days after each task is finished',
    daysHint: 'For example 7: "within 7 days after each task".',
  },
});

const KINDS: MonitoringKind[] = ['', 'monthly', 'quarterly', 'semiannual', 'days_after_task'];
/** October first: the fiscal year's order. */
const FISCAL_MONTHS = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9];

type MonitoringFields = Pick<MeasureDraft, 'monitoringKind' | 'monitoringMonths' | 'monitoringDays'>;

/** How a measure reports to the executives (การรายงานผลและการกำกับติดตาม). */
export function MonitoringRuleField(props: MonitoringFields & { error?: string; onChange(changes: Partial<MonitoringFields>): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const id = useId();
  const monthName = new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  const toggleMonth = (month: number, on: boolean) =>
    props.onChange({ monitoringMonths: on ? [...props.monitoringMonths, month] : props.monitoringMonths.filter((other) => other !== month) });

  return (
    <fieldset className="editor-fieldset">
      <legend>{t.legend}</legend>
      <Field label={t.kind} error={props.monitoringKind === '' || props.monitoringKind === 'monthly' || props.monitoringKind === 'quarterly' ? props.error : undefined}>
        <select value={props.monitoringKind} onChange={(event) => props.onChange({ monitoringKind: event.target.value as MonitoringKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind === '' ? t.none : t[kind]}
            </option>
          ))}
        </select>
      </Field>
      {props.monitoringKind === 'semiannual' && (
        <fieldset className={props.error ? 'editor-fieldset editor-fieldset-inner field-invalid' : 'editor-fieldset editor-fieldset-inner'} aria-describedby={`${id}-months-hint${props.error ? ` ${id}-months-error` : ''}`}>
          <legend>{t.months}</legend>
          <p className="field-hint" id={`${id}-months-hint`}>
            {t.monthsHint}
          </p>
          <div className="month-grid">
            {FISCAL_MONTHS.map((month) => (
              <label key={month} className="checkbox">
                <input type="checkbox" checked={props.monitoringMonths.includes(month)} onChange={(event) => toggleMonth(month, event.target.checked)} />
                {monthName.format(new Date(Date.UTC(2024, month - 1, 1)))}
              </label>
            ))}
          </div>
          {props.error && (
            <p className="field-error" id={`${id}-months-error`}>
              {props.error}
            </p>
          )}
        </fieldset>
      )}
      {props.monitoringKind === 'days_after_task' && (
        <Field label={t.days} hint={t.daysHint} error={props.error}>
          <input type="number" inputMode="numeric" min={1} max={365} value={props.monitoringDays} onChange={(event) => props.onChange({ monitoringDays: event.target.value })} />
        </Field>
      )}
    </fieldset>
  );
}
