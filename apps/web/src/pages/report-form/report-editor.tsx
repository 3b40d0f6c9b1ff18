import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { Lifecycle, LifecycleReportSnapshot, Measure } from '../../api/types';
import { ErrorNotice } from '../../components/feedback';
import { Field } from '../../components/field';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { allShownBesideFields, fieldProblem } from './api-field';
import { EvidenceEditor } from './evidence-editor';
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft';
import { OfficialRowPreview } from './official-row-preview';
import { contentOf, draftProblems, formFromContent, formSignature, sameForm, submitProblems, type FormProblems, type ReportForm } from './report-content';
import { CONTENT_LABELS } from './report-content-view';
import { useAutosave } from './use-autosave';

const text = defineMessages({
  th: {
    formHeading: 'เขียนรายงาน',
    doneHint: 'กิจกรรมหรือขั้นตอนที่ทำในรอบนี้',
    resultsHint: 'ผลที่เกิดขึ้น เช่น จำนวน ผู้เข้าร่วม เอกสารที่จัดทำ',
    outcomeHint: 'ผลต่อประชาชนหรือหน่วยงาน',
    completionHint: 'ตัวเลข 0 ถึง 100',
    publishedOnHint: 'ถ้ามีการเผยแพร่บนเว็บไซต์ ระบุวันที่ (ไม่บังคับ)',
    required: 'กรุณากรอกช่องนี้',
    completionRange: 'กรุณาใส่ตัวเลขจำนวนเต็ม 0 ถึง 100',
    autoIdle: 'ระบบบันทึกร่างให้อัตโนมัติขณะพิมพ์',
    saving: 'กำลังบันทึกร่าง…',
    saved: 'บันทึกร่างแล้ว {time}',
    saveFailed: 'บันทึกร่างไม่สำเร็จ: {reason} — ข้อความยังอยู่ในแบบฟอร์มและสำรองไว้ในเครื่องนี้',
    blocked: 'ยังไม่ได้บันทึกร่าง: แก้ไขช่องความคืบหน้าให้เป็นตัวเลข 0 ถึง 100',
    retrySave: 'ลองบันทึกร่างอีกครั้ง',
    restoreTitle: 'พบข้อความที่ยังไม่ได้บันทึกในเครื่องนี้',
    restoreBody: 'คุณพิมพ์ไว้เมื่อ {time} แต่ยังไม่ได้บันทึกขึ้นระบบ ต้องการนำกลับมาใช้หรือไม่',
    restore: 'กู้คืนข้อความที่ยังไม่ได้บันทึก',
    discard: 'ทิ้งข้อความนั้น',
    submit: 'ส่งรายงาน',
    submitting: 'กำลังส่งรายงาน…',
    submitHint: 'เมื่อส่งแล้ว ผู้ประสานงานจะตรวจรายงาน และแก้ไขไม่ได้จนกว่าจะถูกส่งกลับ',
    fixFirst: 'ยังส่งไม่ได้: กรุณาแก้ไขช่องที่ระบุด้านล่าง',
    seeFields: 'มีช่องที่ต้องแก้ไข ดูข้อความสีแดงในแบบฟอร์ม',
  },
  en: {
    formHeading: 'Write the report',
    doneHint: 'the activities or steps carried out in this period',
    resultsHint: 'what came of them: numbers, participants, documents made',
    outcomeHint: 'the effect on people or the organisation',
    completionHint: 'a number from 0 to 100',
    publishedOnHint: 'when it was published on the website, if it was (optional)',
    required: 'Please fill this in',
    completionRange: 'Please give a whole number from 0 to 100',
    autoIdle: 'Your draft is saved automatically as you type',
    saving: 'Saving the draft…',
    saved: 'Draft saved {time}',
    saveFailed: 'The draft could not be saved: {reason} — your text is still in the form and kept on this device',
    blocked: 'Draft not saved: the progress must be a number from 0 to 100',
    retrySave: 'Try saving the draft again',
    restoreTitle: 'Unsaved text found on this device',
    restoreBody: 'You typed it at {time} but it never reached the server. Use it?',
    restore: 'Restore the unsaved text',
    discard: 'Discard it',
    submit: 'Submit the report',
    submitting: 'Submitting…',
    submitHint: 'Once sent, the coordinator reviews it; you cannot change it unless it is returned.',
    fixFirst: 'Not sent yet: please correct the fields marked below',
    seeFields: 'some fields need correcting: see the red messages in the form',
  },
});

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Bangkok' });

interface Props {
  orgCode: string;
  measure: Measure;
  report: LifecycleReportSnapshot;
  numeralStyle: string;
  storageKey: string;
  act(action: 'saveReportDraft' | 'submitReport', body: Record<string, unknown>): Promise<Lifecycle>;
  onSubmitted(): void;
}

/** The owners' report form: saved as a draft as they type, kept on the device until saved, then submitted. */
export function ReportEditor({ orgCode, measure, report, numeralStyle, storageKey, act, onSubmitted }: Props) {
  const t = useText(text);
  const labels = useText(CONTENT_LABELS);
  const { language } = useLanguage();
  // The form starts from what the server has when it opens; later answers never overwrite typing.
  const [initial] = useState(() => formFromContent(report.content));
  const [form, setForm] = useState<ReportForm>(initial);
  const [offer, setOffer] = useState<LocalDraft | null>(() => {
    const local = readLocalDraft(storageKey);
    return local && !sameForm(local.form, initial) ? local : null;
  });
  const [problems, setProblems] = useState<FormProblems>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const touched = useRef(false);
  const problemsRef = useRef<HTMLDivElement>(null);

  const [openingOffer] = useState(offer);
  useEffect(() => {
    // On opening, a copy equal to what the server has is of no use.
    if (openingOffer === null) clearLocalDraft(storageKey);
  }, [openingOffer, storageKey]);

  const latestForm = useRef(form);
  latestForm.current = form;
  const signature = formSignature(form);
  const draftBlocked = Object.keys(draftProblems(form)).length > 0;
  const autosave = useAutosave({
    value: form,
    signature,
    initialSignature: formSignature(initial),
    enabled: !submitting,
    blocked: draftBlocked,
    save: async (current: ReportForm) => {
      await act('saveReportDraft', { periodKey: report.periodKey, content: contentOf(current, 'draft') });
    },
    onSaved: (saved) => {
      if (saved === formSignature(latestForm.current)) clearLocalDraft(storageKey);
    },
  });

  const change = (next: ReportForm) => {
    touched.current = true;
    setForm(next);
    writeLocalDraft(storageKey, next, new Date().toISOString());
    if (Object.keys(problems).length > 0) setProblems({});
  };
  const set = (field: keyof Omit<ReportForm, 'evidence'>) => (event: { target: { value: string } }) => change({ ...form, [field]: event.target.value });

  const apiError = submitError instanceof ApiError ? submitError : autosave.state.error instanceof ApiError ? autosave.state.error : null;
  const errorOf = (field: 'done' | 'results' | 'outcome' | 'completion' | 'publishedOn'): string | undefined => {
    const local = problems[field] ?? (field === 'completion' && draftBlocked ? 'completionRange' : undefined);
    if (local) return t[local as 'required' | 'completionRange'];
    return fieldProblem(apiError, `content.${field}`, language);
  };
  const reasonOf = (error: unknown) => (allShownBesideFields(error) ? t.seeFields : error instanceof ApiError ? error.text(language) : String(error));

  const submit = async () => {
    const found = submitProblems(form);
    if (Object.keys(found).length > 0) {
      setProblems(found);
      problemsRef.current?.focus();
      return;
    }
    setSubmitting(true);
    setSubmitError(null);
    await autosave.stop();
    try {
      await act('submitReport', { periodKey: report.periodKey, content: contentOf(form, 'submit') });
      clearLocalDraft(storageKey);
      onSubmitted();
    } catch (error) {
      autosave.resume();
      setSubmitError(error);
      setSubmitting(false);
      problemsRef.current?.focus();
    }
  };

  const { phase, savedAt, error: saveError } = autosave.state;
  const statusText =
    phase === 'pending' || phase === 'saving'
      ? t.saving
      : phase === 'saved' && savedAt
        ? fill(t.saved, { time: TIME.format(savedAt) })
        : phase === 'error'
          ? fill(t.saveFailed, { reason: reasonOf(saveError) })
          : phase === 'blocked'
            ? t.blocked
            : t.autoIdle;

  return (
    <>
      {offer && (
        <div className="notice notice-info restore-offer">
          <p className="notice-title">{t.restoreTitle}</p>
          <p>{fill(t.restoreBody, { time: formatDateTime(offer.at, language) })}</p>
          <div className="restore-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                change(offer.form);
                setOffer(null);
              }}
            >
              {t.restore}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                if (!touched.current) clearLocalDraft(storageKey);
                setOffer(null);
              }}
            >
              {t.discard}
            </button>
          </div>
        </div>
      )}
      <div className="report-columns">
        <form
          className="panel report-form"
          aria-labelledby="report-form-heading"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h2 id="report-form-heading">{t.formHeading}</h2>
          <div ref={problemsRef} tabIndex={-1} className="problems-anchor">
            {(Object.keys(problems).length > 0 || allShownBesideFields(submitError)) && (
              <div className="notice notice-error" role="alert">
                <p className="notice-title">{t.fixFirst}</p>
              </div>
            )}
            {!allShownBesideFields(submitError) && <ErrorNotice error={submitError} />}
          </div>
          <Field label={labels.done} hint={t.doneHint} error={errorOf('done')}>
            <textarea rows={5} value={form.done} maxLength={10000} onChange={set('done')} />
          </Field>
          <Field label={labels.results} hint={t.resultsHint} error={errorOf('results')}>
            <textarea rows={4} value={form.results} maxLength={10000} onChange={set('results')} />
          </Field>
          <Field label={labels.outcome} hint={t.outcomeHint} error={errorOf('outcome')}>
            <textarea rows={3} value={form.outcome} maxLength={10000} onChange={set('outcome')} />
          </Field>
          <div className="report-form-row">
            <Field label={labels.completion} hint={t.completionHint} error={errorOf('completion')}>
              <input type="number" inputMode="numeric" min={0} max={100} step={1} value={form.completion} onChange={set('completion')} />
            </Field>
            <Field label={labels.publishedOn} hint={t.publishedOnHint} error={errorOf('publishedOn')}>
              <input type="date" value={form.publishedOn} onChange={set('publishedOn')} />
            </Field>
          </div>
          <EvidenceEditor
            orgCode={orgCode}
            rows={form.evidence}
            onChange={(evidence) => change({ ...form, evidence })}
            problemOf={(index) => {
              const problem = problems[`evidence.${index}`];
              return problem === 'urlMissing' || problem === 'urlInvalid' ? problem : undefined;
            }}
            apiProblemOf={(index) => fieldProblem(apiError, `content.evidence.${index}`, language)}
          />
          <div className="save-line">
            <p role="status" aria-live="polite" className={phase === 'error' ? 'save-status save-status-error' : 'save-status'}>
              {phase === 'saving' || phase === 'pending' ? <span className="spinner" aria-hidden="true" /> : null} {statusText}
            </p>
            {phase === 'error' && (
              <button type="button" className="button" onClick={() => void autosave.saveNow()}>
                {t.retrySave}
              </button>
            )}
          </div>
          <div className="submit-row">
            <button type="submit" className="button button-primary" disabled={submitting}>
              {submitting ? t.submitting : t.submit}
            </button>
            <p className="field-hint">{t.submitHint}</p>
          </div>
        </form>
        <OfficialRowPreview measure={measure} form={form} numeralStyle={numeralStyle} />
      </div>
    </>
  );
}
