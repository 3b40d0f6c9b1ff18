import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import { SuccessNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { currentFiscalYearBe, fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { refreshEverywhere } from '../shared/admin-data';
import { useFiscalYears } from '../../../api/organization-data';
import type { Cadence, FiscalYear } from '../../../api/types';
import { CADENCE } from '../shared/admin-labels';
import { fieldError } from '../shared/field-error';
import { FormError, SubmitButton } from '../shared/form-parts';
import { Panel } from '../shared/panel';
import { QueryList } from '../shared/query-list';
import { CadenceChoice } from './cadence-choice';
import { FiscalYearCard } from './fiscal-year-card';
import { SubmitPlanDialog } from './submit-plan-dialog';

const text = defineMessages({
  th: {
    addHeading: 'เพิ่มปีงบประมาณ',
    year: 'ปีงบประมาณ (พ.ศ.)',
    yearHint: 'ปีงบประมาณเริ่ม 1 ตุลาคมของปีก่อนหน้า เช่น ปีงบประมาณ 2570 คือ 1 ต.ค. 2569 – 30 ก.ย. 2570',
    cadence: 'รอบการรายงานผล',
    add: 'เพิ่มปีงบประมาณ',
    adding: 'กำลังเพิ่ม…',
    added: 'เพิ่ม{year} แล้ว',
    listHeading: 'ปีงบประมาณขององค์กร',
    none: 'ยังไม่มีปีงบประมาณ เพิ่มปีแรกด้วยแบบฟอร์มด้านบน',
    submitted: 'ส่งมาตรการ {count} มาตรการของ{year} ให้ผู้บริหารเห็นชอบแล้ว',
    cadenceSaved: 'เปลี่ยนรอบการรายงานของ{year} เป็น{cadence}แล้ว',
  },
  en: {
    addHeading: 'Add a fiscal year',
    year: 'Fiscal year (BE)',
    yearHint: 'A fiscal year starts on 1 October of the year before: fiscal year 2570 is 1 Oct 2569 – 30 Sep 2570.',
    cadence: 'Reporting cadence',
    add: 'Add fiscal year',
    adding: 'Adding…',
    added: '{year} added',
    listHeading: 'Fiscal years of the organisation',
    none: 'No fiscal year yet: add the first one with the form above.',
    submitted: '{count} measures of {year} sent to the executive for approval',
    cadenceSaved: 'The cadence of {year} is now {cadence}',
  },
});

/** Fiscal years: add one with its cadence, change the cadence, submit the year's plan for approval. */
export function FiscalYearsPanel() {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const queries = useQueryClient();
  const years = useFiscalYears(organization.code);
  const current = currentFiscalYearBe();
  const known = (years.data ?? []).map((year) => year.yearBe);
  const suggested = known.includes(current) ? Math.max(...known) + 1 : current;
  // null: the suggested year (the next one without a set-up), until the person types.
  const [yearText, setYearText] = useState<string | null>(null);
  const [cadence, setCadence] = useState<Cadence>('quarterly');
  const [submitting, setSubmitting] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const add = useMutation({
    mutationFn: () => api<FiscalYear>('POST', `${orgPath(organization.code)}/fiscal-years`, { yearBe: Number(yearText ?? suggested), cadence }),
    onSuccess: async (created) => {
      setYearText(null);
      setNotice(fill(t.added, { year: fiscalYearLabel(created.yearBe, language) }));
      await refreshEverywhere(queries, 'fiscal-years');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    add.mutate();
  };

  return (
    <>
      <Panel id="year-add-heading" heading={t.addHeading}>
        <form onSubmit={submit} noValidate>
          <Field label={t.year} hint={t.yearHint} error={fieldError(add.error, 'yearBe', language)}>
            <input
              type="number"
              inputMode="numeric"
              min={2500}
              max={2700}
              className="admin-narrow"
              value={yearText ?? String(suggested)}
              onChange={(event) => setYearText(event.target.value)}
            />
          </Field>
          <CadenceChoice legend={t.cadence} value={cadence} error={fieldError(add.error, 'cadence', language)} onChange={setCadence} />
          <FormError error={add.error} fields={['yearBe', 'cadence']} />
          <SubmitButton busy={add.isPending} label={t.add} busyLabel={t.adding} />
        </form>
      </Panel>

      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      <Panel id="year-list-heading" heading={t.listHeading}>
        <QueryList query={years} none={t.none}>
          {(list) => (
            <ul className="admin-cards">
              {list.map((year) => (
                <FiscalYearCard
                  key={year.yearBe}
                  year={year}
                  onSubmitPlan={() => {
                    setNotice(null);
                    setSubmitting(year.yearBe);
                  }}
                  onCadenceSaved={(saved) => setNotice(fill(t.cadenceSaved, { year: fiscalYearLabel(saved.yearBe, language), cadence: language === 'en' ? CADENCE.en[saved.cadence].toLowerCase() : CADENCE.th[saved.cadence] }))}
                />
              ))}
            </ul>
          )}
        </QueryList>
      </Panel>

      <SubmitPlanDialog
        yearBe={submitting}
        onClose={() => setSubmitting(null)}
        onSubmitted={(count, yearBe) => {
          setSubmitting(null);
          setNotice(fill(t.submitted, { count, year: fiscalYearLabel(yearBe, language) }));
        }}
      />
    </>
  );
}
