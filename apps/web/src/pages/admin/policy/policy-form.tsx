import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../../api/client';
import type { LifecyclePolicy, Person } from '../../../api/types';
import { SuccessNotice } from '../../../components/feedback';
import { Field } from '../../../components/field';
import { fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { adminKeys } from '../shared/admin-data';
import { usePeople } from '../../../api/organization-data';
import { fieldError } from '../shared/field-error';
import { FormActions, FormError, SubmitButton } from '../shared/form-parts';
import { Panel } from '../shared/panel';
import { DayRows } from './day-rows';
import { draftOf, escalationAudience, POLICY_LIMITS, policyOf, type PolicyDraft, type PolicyField, type PolicyProblem } from './policy-draft';

const text = defineMessages({
  th: {
    remindersLegend: 'แจ้งเตือนผู้รับผิดชอบก่อนถึงกำหนดส่งรายงาน',
    remindersIntro: 'นับเป็นวันทำการ (ไม่นับเสาร์ อาทิตย์ และวันหยุดที่ตั้งไว้) ลบทุกแถวได้ถ้าไม่ต้องการแจ้งเตือนล่วงหน้า',
    reminderRow: 'แจ้งเตือนครั้งที่ {n}',
    workingDaysBefore: 'วันทำการก่อนกำหนดส่ง',
    addReminder: 'เพิ่มการแจ้งเตือน',
    remindersFull: 'ตั้งได้ไม่เกิน {max} ครั้ง',
    escalationLegend: 'การเร่งรัดเมื่อเกินกำหนดส่ง',
    escalationIntro: 'นับเป็นวันปฏิทินหลังวันกำหนดส่ง ถ้าตรงกับวันหยุดจะเลื่อนไปวันทำการถัดไป แต่ละขั้นต้องช้ากว่าขั้นก่อนหน้า ตั้งได้ไม่เกิน ๔ ขั้น',
    escalationRow: 'ขั้นที่ {n}',
    daysAfter: 'วันหลังกำหนดส่ง',
    division: 'แจ้งเจ้าหน้าที่ผู้รับผิดชอบและหัวหน้ากอง',
    chiefAdministrator: 'แจ้งปลัด',
    chiefExecutive: 'แจ้งนายก',
    chiefExecutiveAgain: 'แจ้งนายกอีกครั้ง',
    addEscalation: 'เพิ่มขั้นการเร่งรัด',
    escalationFull: 'ครบ {max} ขั้นแล้ว',
    reviewLegend: 'งานที่รอตรวจหรือรอลงนาม',
    reviewDays: 'แจ้งเตือนเมื่อรายงานรอตรวจหรือรอลงนามนานเกิน (วันทำการ)',
    reviewHint: 'ผู้ประสานงานได้รับแจ้งเมื่อรายงานรอตรวจ ผู้บริหาร (นายก) ได้รับแจ้งเมื่อรายงานรอลงนาม ตั้งได้ 1–30 วันทำการ',
    peopleLegend: 'ผู้รับการเร่งรัดระดับผู้บริหาร',
    chiefAdministratorPerson: 'ปลัด (ขั้นที่ ๒)',
    chiefExecutivePerson: 'นายก (ขั้นที่ ๓ ขึ้นไป และผู้ลงนามรับรองรายงาน)',
    byPosition: 'ตามตำแหน่ง: ผู้บริหารที่ตำแหน่งมีคำว่า "{word}"',
    nowByPosition: 'ถ้าเลือกตามตำแหน่ง ขณะนี้คือ: {names}',
    nobody: 'ยังไม่มีผู้บริหารในระบบ เพิ่มบุคลากรบทบาท "ผู้บริหาร" ที่แท็บบุคลากรและบทบาท',
    save: 'บันทึกการแจ้งเตือนและการเร่งรัด',
    saving: 'กำลังบันทึกและแจ้งมาตรการที่กำลังดำเนินการ…',
    defaults: 'คืนค่าเริ่มต้น',
    defaultsHint: 'ค่าเริ่มต้น: แจ้งเตือน 7 และ 1 วันทำการก่อนกำหนด เร่งรัด 1, 7 และ 14 วันหลังกำหนด งานรอตรวจ 2 วันทำการ',
    saved: 'บันทึกการแจ้งเตือนและการเร่งรัดของ{year} แล้ว',
    signalled: 'แจ้งมาตรการที่กำลังดำเนินการ {count} มาตรการให้ใช้ค่าใหม่ทันที',
    noneRunning: 'ยังไม่มีมาตรการที่กำลังดำเนินการ ค่าใหม่จะใช้กับมาตรการเมื่อเสนอแผน',
    whole: 'ต้องเป็นจำนวนเต็ม',
    range: 'ต้องอยู่ระหว่าง {min} ถึง {max}',
    order: 'ต้องมากกว่าจำนวนวันของขั้นก่อนหน้า',
    fixFirst: 'ยังบันทึกไม่ได้ แก้ไขช่องที่ระบุไว้ด้านบนก่อน',
  },
  en: {
    remindersLegend: 'Remind the owners before a report is due',
    remindersIntro: 'Counted in working days (weekends and the holidays set here skipped). Remove every row for no early reminders.',
    reminderRow: 'Reminder {n}',
    workingDaysBefore: 'working days before the due date',
    addReminder: 'Add a reminder',
    remindersFull: 'At most {max} reminders',
    escalationLegend: 'Escalation when a report is overdue',
    escalationIntro: 'Counted in calendar days after the due date, moved to the next working day when it falls on a day off. Each step must come later than the one before; at most 4 steps.',
    escalationRow: 'Step {n}',
    daysAfter: 'days after the due date',
    division: 'tells the owning officers and the division head',
    chiefAdministrator: 'tells the ปลัด (chief administrator)',
    chiefExecutive: 'tells the นายก (chief executive)',
    chiefExecutiveAgain: 'tells the นายก again',
    addEscalation: 'Add an escalation step',
    escalationFull: 'All {max} steps are set',
    reviewLegend: 'Reports waiting for review or sign-off',
    reviewDays: 'Remind when a report has waited for review or sign-off longer than (working days)',
    reviewHint: 'The coordinators are reminded of reports waiting for review, the นายก of reports waiting for sign-off; 1–30 working days.',
    peopleLegend: 'Executives who receive escalations',
    chiefAdministratorPerson: 'ปลัด (step 2)',
    chiefExecutivePerson: 'นายก (step 3 and later, and who signs reports off)',
    byPosition: 'By position: the executive whose position says “{word}”',
    nowByPosition: 'By position this is now: {names}',
    nobody: 'There is no executive yet: add a person with the role “executive” on the people tab.',
    save: 'Save reminders and escalation',
    saving: 'Saving and telling the running measures…',
    defaults: 'Back to the defaults',
    defaultsHint: 'Defaults: remind 7 and 1 working days before, escalate 1, 7 and 14 days after, review reminder after 2 working days.',
    saved: 'Reminders and escalation of {year} saved.',
    signalled: '{count} running measures were told to use them at once.',
    noneRunning: 'No measure is running yet: measures use them when the plan is submitted.',
    whole: 'Must be a whole number',
    range: 'Must be from {min} to {max}',
    order: 'Must be more days than the step before',
    fixFirst: 'Not saved yet: correct the fields marked above first.',
  },
});

/** LifecyclePolicy's defaults (DEFAULT_LIFECYCLE_POLICY in the contracts, which the browser does not load). */
const DEFAULTS: LifecyclePolicy = { reminderWorkingDaysBefore: [7, 1], escalationDaysAfter: [1, 7, 14], reviewReminderWorkingDays: 2 };

/** The executive the notification rules pick when the policy names nobody: position first, else every executive. */
function byPosition(executives: Person[], word: string): Person[] {
  const matching = executives.filter((person) => person.position.includes(word));
  return matching.length > 0 ? matching : executives;
}

export function PolicyForm({ yearBe, policy }: { yearBe: number; policy: LifecyclePolicy }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const queries = useQueryClient();
  const people = usePeople(organization.code);
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOf(policy));
  const [problems, setProblems] = useState<PolicyProblem[]>([]);

  const save = useMutation({
    mutationFn: (next: LifecyclePolicy) => api<{ policy: LifecyclePolicy; signalled: number }>('PUT', `${orgPath(organization.code)}/fiscal-years/${yearBe}/policy`, next),
    onSuccess: (answer) => {
      queries.setQueryData(adminKeys.policy(organization.code, yearBe), answer.policy);
      setDraft(draftOf(answer.policy));
    },
  });

  const change = (changes: Partial<PolicyDraft>) => {
    save.reset();
    setProblems([]);
    setDraft({ ...draft, ...changes });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = policyOf(draft);
    setProblems(checked.problems);
    if (checked.policy) save.mutate(checked.policy);
  };

  const problemText = (field: PolicyField, index: number | null): string | undefined => {
    const problem = problems.find((item) => item.field === field && item.index === index);
    if (!problem) return undefined;
    const limits = field === 'reminderWorkingDaysBefore' ? POLICY_LIMITS.reminders : field === 'escalationDaysAfter' ? POLICY_LIMITS.escalations : POLICY_LIMITS.review;
    if (problem.kind === 'range') return fill(t.range, { min: limits.min, max: limits.highest });
    return problem.kind === 'order' ? t.order : t.whole;
  };
  const apiError = (field: string) => fieldError(save.error, field, language);
  /** A day list's errors: the form's own check of a row first, else the API's. */
  const dayErrors = (field: 'reminderWorkingDaysBefore' | 'escalationDaysAfter') => ({
    rowError: (index: number) => problemText(field, index) ?? apiError(`${field}.${index}`),
    listError: apiError(field),
  });

  const audience = (index: number) => {
    const who = escalationAudience(index);
    if (who === 'chiefExecutive' && index > 2) return t.chiefExecutiveAgain;
    return t[who];
  };

  const executives = (people.data ?? []).filter((person) => person.role === 'executive' && person.active);
  const chiefSelect = (field: 'chiefAdministratorPersonId' | 'chiefExecutivePersonId', label: string, word: string) => {
    const fallback = byPosition(executives, word);
    return (
      <Field
        label={label}
        hint={executives.length === 0 ? t.nobody : fill(t.nowByPosition, { names: fallback.map((person) => person.displayName).join(', ') })}
        error={apiError(field)}
      >
        <select value={draft[field]} onChange={(event) => change({ [field]: event.target.value })}>
          <option value="">{fill(t.byPosition, { word })}</option>
          {executives.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
              {person.position ? ` · ${person.position}` : ''}
            </option>
          ))}
          {draft[field] && !executives.some((person) => person.id === draft[field]) && <option value={draft[field]}>{draft[field]}</option>}
        </select>
      </Field>
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <DayRows
        headingId="policy-remind-heading"
        legend={t.remindersLegend}
        intro={t.remindersIntro}
        rows={draft.reminders}
        limits={POLICY_LIMITS.reminders}
        unit={t.workingDaysBefore}
        rowLabel={(index) => fill(t.reminderRow, { n: index + 1 })}
        {...dayErrors('reminderWorkingDaysBefore')}
        addLabel={t.addReminder}
        fullNote={t.remindersFull}
        onChange={(reminders) => change({ reminders })}
      />
      <DayRows
        headingId="policy-escalate-heading"
        legend={t.escalationLegend}
        intro={t.escalationIntro}
        rows={draft.escalations}
        limits={POLICY_LIMITS.escalations}
        unit={t.daysAfter}
        rowLabel={(index) => `${fill(t.escalationRow, { n: index + 1 })}: ${audience(index)}`}
        {...dayErrors('escalationDaysAfter')}
        addLabel={t.addEscalation}
        fullNote={t.escalationFull}
        onChange={(escalations) => change({ escalations })}
      />

      <div className="side-by-side">
        <Panel id="policy-review-heading" heading={t.reviewLegend}>
          <Field label={t.reviewDays} hint={t.reviewHint} error={problemText('reviewReminderWorkingDays', null) ?? apiError('reviewReminderWorkingDays')}>
            <input
              type="number"
              inputMode="numeric"
              className="admin-narrow"
              min={POLICY_LIMITS.review.min}
              max={POLICY_LIMITS.review.highest}
              value={draft.reviewDays}
              onChange={(event) => change({ reviewDays: event.target.value })}
            />
          </Field>
        </Panel>
        <Panel id="policy-people-heading" heading={t.peopleLegend}>
          {chiefSelect('chiefAdministratorPersonId', t.chiefAdministratorPerson, 'ปลัด')}
          {chiefSelect('chiefExecutivePersonId', t.chiefExecutivePerson, 'นายก')}
        </Panel>
      </div>

      {problems.length > 0 && (
        <p className="notice notice-error" role="alert">
          {t.fixFirst}
        </p>
      )}
      <FormError error={save.error} fields={['reminderWorkingDaysBefore', 'escalationDaysAfter', 'reviewReminderWorkingDays', 'chiefAdministratorPersonId', 'chiefExecutivePersonId']} />
      {save.isSuccess && (
        <SuccessNotice>
          <p className="notice-title">{fill(t.saved, { year: fiscalYearLabel(yearBe, language) })}</p>
          <p>{save.data.signalled > 0 ? fill(t.signalled, { count: save.data.signalled }) : t.noneRunning}</p>
        </SuccessNotice>
      )}
      <FormActions>
        <SubmitButton busy={save.isPending} label={t.save} busyLabel={t.saving} />
        <button type="button" className="button" onClick={() => change(draftOf({ ...DEFAULTS, chiefAdministratorPersonId: draft.chiefAdministratorPersonId || null, chiefExecutivePersonId: draft.chiefExecutivePersonId || null }))}>
          {t.defaults}
        </button>
      </FormActions>
      <p className="field-hint">{t.defaultsHint}</p>
    </form>
  );
}
