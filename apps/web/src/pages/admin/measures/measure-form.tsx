import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, orgPath } from '../../../api/client';
import type { Division, Measure } from '../../../api/types';
import { ErrorNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { SubmitButton } from '../shared/form-parts';
import { ItemCodesField } from './item-codes-field';
import { indicatorNames } from './ita-indicators';
import { bodyOf, checkDraft, draftOf, emptyDraft, LIMITS, type MeasureDraft } from './measure-draft';
import type { Catalog } from './measure-editor-data';
import { useFieldErrors } from './measure-field-errors';
import { MeasureOwnersField } from './measure-owners-field';
import { MeasurePeriodField } from './measure-period-field';
import { MeasureStepsEditor } from './measure-steps-editor';
import { MonitoringRuleField } from './monitoring-rule-field';

const text = defineMessages({
  th: {
    newTitle: 'เพิ่มมาตรการ',
    editTitle: 'แก้ไขมาตรการที่ {no}',
    about: 'ข้อมูลมาตรการ',
    no: 'ลำดับที่',
    noHint: 'เว้นว่างไว้ ระบบจะให้ลำดับต่อจากมาตรการสุดท้าย',
    title: 'ชื่อมาตรการ',
    titleHint: 'มาตรการ โครงการ หรือกิจกรรม ตามที่จะเผยแพร่',
    issue: 'ประเด็นที่ต้องปรับปรุงแก้ไข',
    issueHint: 'สิ่งที่ผลการประเมิน ITA ปีที่ผ่านมาชี้ว่าต้องพัฒนา (ไม่บังคับ)',
    indicator: 'ตัวชี้วัด ITA',
    indicatorNone: 'ไม่ระบุ',
    indicatorOption: 'ตัวชี้วัดที่ {no} {name}',
    outcome: 'ผลที่คาดว่าจะได้รับ',
    outcomeHint: 'ผลลัพธ์หรือความสำเร็จที่ตั้งเป้าไว้ (ไม่บังคับ)',
    save: 'บันทึกมาตรการ',
    saving: 'กำลังบันทึก…',
    cancel: 'ยกเลิกและกลับไปที่รายการ',
    fix: 'ยังบันทึกไม่ได้: แก้ไข {count} จุดที่ระบุไว้ด้านล่าง',
    conflictTitle: 'มีผู้อื่นแก้ไขมาตรการนี้หลังจากที่คุณเปิดมา',
    conflictText: 'โหลดฉบับล่าสุดแล้วแก้ไขอีกครั้ง (สิ่งที่คุณแก้ไว้ในหน้านี้จะหายไป หากต้องการเก็บไว้ ให้คัดลอกข้อความไว้ก่อน)',
    reload: 'โหลดฉบับล่าสุด',
    reloading: 'กำลังโหลด…',
    startedHint: 'มาตรการนี้เริ่มดำเนินการแล้ว การเปลี่ยนขั้นตอนหรือผู้รับผิดชอบจะมีผลกับการรายงานที่เหลือของปี',
    required: '(จำเป็น)',
  },
  en: {
    newTitle: 'Add a measure',
    editTitle: 'Edit measure {no}',
    about: 'The measure',
    no: 'Number',
    noHint: 'Leave blank to follow the last measure.',
    title: 'Title of the measure',
    titleHint: 'The measure, project or activity as it will be published.',
    issue: 'Issue to improve',
    issueHint: 'What last year’s ITA result showed needs work (optional).',
    indicator: 'ITA indicator',
    indicatorNone: 'Not set',
    indicatorOption: 'Indicator {no}: {name}',
    outcome: 'Expected outcome',
    outcomeHint: 'The effect aimed for (optional).',
    save: 'Save the measure',
    saving: 'Saving…',
    cancel: 'Cancel and go back to the list',
    fix: 'Not saved yet: correct the {count} places marked below.',
    conflictTitle: 'Someone else changed this measure after you opened it',
    conflictText: 'Load the latest version, then make your change again (your changes on this page will be lost: copy any text you want to keep first).',
    reload: 'Load the latest version',
    reloading: 'Loading…',
    startedHint: 'This measure is under way: changing its steps or owners affects the rest of the year’s reports.',
    required: '(required)',
  },
});

/** The editor of one measure: add (POST) or change (PATCH with its version, so no change is lost). */
export function MeasureForm(props: {
  org: string;
  fiscalYearBe: number;
  measure: Measure | null;
  divisions: Division[];
  catalog: Catalog | undefined;
  onSaved(measure: Measure, created: boolean): void;
  onCancel(): void;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const [base, setBase] = useState<Measure | null>(props.measure);
  const [draft, setDraft] = useState<MeasureDraft>(() => (props.measure ? draftOf(props.measure) : emptyDraft()));
  const [checked, setChecked] = useState(false);
  const [focusFirstProblem, setFocusFirstProblem] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const alerts = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof bodyOf>) =>
      base
        ? api<Measure>('PATCH', `${orgPath(props.org)}/measures/${base.id}`, { ...body, version: base.version })
        : api<Measure>('POST', `${orgPath(props.org)}/measures`, { ...body, fiscalYearBe: props.fiscalYearBe }),
    onSuccess: (measure) => props.onSaved(measure, base === null),
    onError: () => setFocusFirstProblem((count) => count + 1),
  });
  const reload = useMutation({
    mutationFn: () => api<Measure>('GET', `${orgPath(props.org)}/measures/${base?.id ?? ''}`),
    onSuccess: (latest) => {
      setBase(latest);
      setDraft(draftOf(latest));
      setChecked(false);
      save.reset();
    },
  });

  const problems = checked ? checkDraft(draft, props.fiscalYearBe) : {};
  const problemCount = Object.keys(problems).length;
  const conflict = save.error instanceof ApiError && save.error.status === 409 && save.error.errors.some((item) => item.field === 'version');
  const errorOf = useFieldErrors(problems, conflict ? null : save.error, props.fiscalYearBe);

  // After a refused save, take the keyboard (and the eye) to the first field that needs attention,
  // or to the message at the top when the refusal is about no one field.
  useEffect(() => {
    if (focusFirstProblem === 0) return;
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field) field.focus();
    else (alerts.current?.querySelector<HTMLElement>('button') ?? alerts.current)?.focus();
  }, [focusFirstProblem]);

  const change = (changes: Partial<MeasureDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkDraft(draft, props.fiscalYearBe)).length > 0) {
      setFocusFirstProblem((count) => count + 1);
      return;
    }
    save.mutate(bodyOf(draft));
  };

  const names = indicatorNames(props.catalog?.indicators ?? [], language);
  const title = base ? fill(t.editTitle, { no: base.no }) : t.newTitle;

  return (
    <section className="panel admin-editor" aria-labelledby="measure-form-title">
      <h2 id="measure-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="page-subtitle">{fiscalYearLabel(props.fiscalYearBe, language)}</p>
      {base && base.status !== 'draft' && <p className="notice notice-info">{t.startedHint}</p>}

      <form ref={form} noValidate onSubmit={submit} className="measure-form">
        <div ref={alerts} tabIndex={-1} className="editor-alerts">
          {problemCount > 0 && (
            <p className="notice notice-error" role="alert">
              {fill(t.fix, { count: problemCount })}
            </p>
          )}
          {conflict && (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">{t.conflictTitle}</p>
              <p>{t.conflictText}</p>
              <button type="button" className="button" disabled={reload.isPending} onClick={() => reload.mutate()}>
                {reload.isPending ? t.reloading : t.reload}
              </button>
              {reload.error && <ErrorNotice error={reload.error} />}
            </div>
          )}
          {save.error && !conflict && <ErrorNotice error={save.error} />}
        </div>

        <fieldset className="editor-fieldset">
          <legend>{t.about}</legend>
          <div className="editor-no">
            <Field label={t.no} hint={t.noHint} error={errorOf('no')}>
              <input type="number" inputMode="numeric" min={1} max={LIMITS.no} value={draft.no} onChange={(event) => change({ no: event.target.value })} />
            </Field>
          </div>
          <Field label={`${t.title} ${t.required}`} hint={t.titleHint} error={errorOf('title')}>
            <textarea rows={2} required maxLength={LIMITS.title} value={draft.title} onChange={(event) => change({ title: event.target.value })} />
          </Field>
          <Field label={t.issue} hint={t.issueHint} error={errorOf('issueToImprove')}>
            <textarea rows={3} maxLength={LIMITS.longText} value={draft.issueToImprove} onChange={(event) => change({ issueToImprove: event.target.value })} />
          </Field>
          <Field label={t.indicator} error={errorOf('indicatorNo')}>
            <select value={draft.indicatorNo} onChange={(event) => change({ indicatorNo: event.target.value })}>
              <option value="">{t.indicatorNone}</option>
              {[...names.entries()].map(([no, name]) => (
                <option key={no} value={String(no)}>
                  {fill(t.indicatorOption, { no, name })}
                </option>
              ))}
            </select>
          </Field>
          <ItemCodesField
            value={draft.itemCodes}
            items={props.catalog?.items ?? []}
            fiscalYearBe={props.fiscalYearBe}
            error={errorOf('itemCodes')}
            onChange={(itemCodes) => change({ itemCodes })}
          />
        </fieldset>

        <MeasureOwnersField
          divisions={props.divisions}
          ownerDivisionIds={draft.ownerDivisionIds}
          allDivisions={draft.allDivisions}
          error={errorOf('ownerDivisionIds') ?? errorOf('allDivisions')}
          onChange={change}
        />

        <MeasureStepsEditor steps={draft.steps} divisions={props.divisions} fiscalYearBe={props.fiscalYearBe} errorOf={errorOf} onChange={(steps) => change({ steps })} />

        <MeasurePeriodField
          periodMode={draft.periodMode}
          periodStart={draft.periodStart}
          periodEnd={draft.periodEnd}
          periodText={draft.periodText}
          fiscalYearBe={props.fiscalYearBe}
          errorOf={errorOf}
          onChange={change}
        />

        <MonitoringRuleField
          monitoringKind={draft.monitoringKind}
          monitoringMonths={draft.monitoringMonths}
          monitoringDays={draft.monitoringDays}
          error={errorOf('monitoringRule')}
          onChange={change}
        />

        <Field label={t.outcome} hint={t.outcomeHint} error={errorOf('expectedOutcome')}>
          <textarea rows={3} maxLength={LIMITS.longText} value={draft.expectedOutcome} onChange={(event) => change({ expectedOutcome: event.target.value })} />
        </Field>

        <div className="editor-actions">
          <SubmitButton busy={save.isPending} label={t.save} busyLabel={t.saving} />
          <button type="button" className="button" onClick={props.onCancel}>
            {t.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
