import { organizationKeys } from '../../../api/organization-data';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import { fiscalYearLabel, formatDate, periodLabel, todayInBangkok } from '../../../i18n/format';
import { defineMessages, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { refreshEverywhere } from '../shared/admin-data';
import type { Cadence, FiscalYear } from '../../../api/types';
import { CADENCE } from '../shared/admin-labels';
import { fieldError } from '../shared/field-error';
import { FormActions, FormError, SubmitButton } from '../shared/form-parts';
import { CadenceChoice } from './cadence-choice';

const text = defineMessages({
  th: {
    current: 'ปีปัจจุบัน',
    archived: 'ข้อมูลย้อนหลัง (อ่านอย่างเดียว)',
    cadence: 'รอบการรายงานผล',
    periods: 'รอบรายงาน',
    changeCadence: 'เปลี่ยนรอบการรายงาน',
    cadenceNote: 'มาตรการที่เสนอแผนไปแล้วยังรายงานตามรอบเดิม รอบใหม่ใช้กับมาตรการที่เสนอแผนหลังจากนี้',
    save: 'บันทึกรอบการรายงาน',
    saving: 'กำลังบันทึก…',
    submitPlan: 'เสนอแผนให้ผู้บริหารเห็นชอบ',
  },
  en: {
    current: 'current year',
    archived: 'archive (read only)',
    cadence: 'Reporting cadence',
    periods: 'Report periods',
    changeCadence: 'Change the cadence',
    cadenceNote: 'Measures already submitted keep reporting on the old cadence; the new one applies to measures submitted from now on.',
    save: 'Save the cadence',
    saving: 'Saving…',
    submitPlan: 'Submit the plan for approval',
  },
});

/** One fiscal year: its dates, cadence and periods; change the cadence; submit its plan. */
export function FiscalYearCard({ year, onSubmitPlan, onCadenceSaved }: { year: FiscalYear; onSubmitPlan(): void; onCadenceSaved(year: FiscalYear): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const queries = useQueryClient();
  const [changing, setChanging] = useState(false);
  const [cadence, setCadence] = useState<Cadence>(year.cadence);
  const today = todayInBangkok();
  const isCurrent = year.start <= today && today <= year.end;
  const label = fiscalYearLabel(year.yearBe, language);
  const hidden = <span className="visually-hidden"> {label}</span>;

  const save = useMutation({
    mutationFn: () => api<FiscalYear>('PATCH', `${orgPath(organization.code)}/fiscal-years/${year.yearBe}`, { cadence }),
    onSuccess: async (saved) => {
      setChanging(false);
      queries.setQueryData<FiscalYear[]>(organizationKeys.fiscalYears(organization.code), (list) => list?.map((item) => (item.yearBe === saved.yearBe ? saved : item)));
      onCadenceSaved(saved);
      await refreshEverywhere(queries, 'fiscal-years');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <li className="card admin-card admin-card-stacked">
      <div className="admin-card-main">
        <h3>
          {label} {isCurrent && <span className="badge badge-submitted">{t.current}</span>} {year.archived && <span className="badge">{t.archived}</span>}
        </h3>
        <p className="admin-card-meta">
          {formatDate(year.start, language)} – {formatDate(year.end, language)}
        </p>
        <dl className="admin-facts">
          <dt>{t.cadence}</dt>
          <dd>{CADENCE[language][year.cadence]}</dd>
          <dt>{t.periods}</dt>
          <dd>
            <ul className="admin-periods">
              {year.periods.map((period) => (
                <li key={period.key}>
                  <strong>{periodLabel(period.key, language)}</strong> {formatDate(period.start, language)} – {formatDate(period.end, language)}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </div>
      {changing ? (
        <form onSubmit={submit} className="admin-subform" noValidate>
          <CadenceChoice legend={`${t.cadence} · ${label}`} value={cadence} error={fieldError(save.error, 'cadence', language)} onChange={setCadence} />
          <p className="field-hint">{t.cadenceNote}</p>
          <FormError error={save.error} fields={['cadence']} />
          <FormActions onCancel={() => setChanging(false)}>
            <SubmitButton busy={save.isPending} label={t.save} busyLabel={t.saving} />
          </FormActions>
        </form>
      ) : (
        !year.archived && (
          <div className="admin-actions">
            <button type="button" className="button button-primary" onClick={onSubmitPlan}>
              {t.submitPlan}
              {hidden}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setCadence(year.cadence);
                save.reset();
                setChanging(true);
              }}
            >
              {t.changeCadence}
              {hidden}
            </button>
          </div>
        )
      )}
    </li>
  );
}
