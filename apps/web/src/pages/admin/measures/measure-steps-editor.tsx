import { useEffect, useRef, useState } from 'react';
import type { Division } from '../../../api/types';
import { Field } from '../../../components/field';
import { formatDate } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { DivisionSelect } from '../shared/division-select';
import { emptyStep, LIMITS, moveStep, yearBounds, type StepDraft } from './measure-draft';

const text = defineMessages({
  th: {
    legend: 'ขั้นตอนการดำเนินงาน',
    hint: 'เรียงตามลำดับที่ต้องทำ แต่ละขั้นตอนระบุกองที่รับผิดชอบและกำหนดเสร็จได้ (ไม่บังคับ)',
    step: 'ขั้นตอนที่ {no}',
    owner: 'กองที่รับผิดชอบขั้นตอนนี้',
    ownerOfMeasure: 'ตามผู้รับผิดชอบของมาตรการ',
    due: 'กำหนดเสร็จ',
    dueHint: 'ภายในปีงบประมาณ {year}',
    dueShown: 'คือวันที่ {date}',
    up: 'เลื่อนขึ้น',
    down: 'เลื่อนลง',
    remove: 'ลบ',
    which: '(ขั้นตอนที่ {no})',
    add: 'เพิ่มขั้นตอน',
    none: 'ยังไม่มีขั้นตอน กด "เพิ่มขั้นตอน" เพื่อเริ่ม',
    moved: 'ย้ายไปเป็นขั้นตอนที่ {no} แล้ว',
    removed: 'ลบขั้นตอนแล้ว เหลือ {count} ขั้นตอน',
    added: 'เพิ่มขั้นตอนที่ {no} แล้ว',
    full: 'มีขั้นตอนครบ {max} ขั้นตอนแล้ว',
  },
  en: {
    legend: 'Steps',
    hint: 'In the order they are done; each step may name its own division and due date (optional).',
    step: 'Step {no}',
    owner: 'Division responsible for this step',
    ownerOfMeasure: 'Same as the measure’s owners',
    due: 'Due date',
    dueHint: 'Within fiscal year {year}',
    dueShown: 'that is {date}',
    up: 'Move up',
    down: 'Move down',
    remove: 'Remove',
    which: '(step {no})',
    add: 'Add a step',
    none: 'No steps yet: press "Add a step" to start.',
    moved: 'Moved to step {no}.',
    removed: 'Step removed; {count} left.',
    added: 'Step {no} added.',
    full: 'There are already {max} steps, the most a measure can have.',
  },
});

type Focus = { kind: 'step'; key: string; target: 'text' | 'up' | 'down' } | { kind: 'add' };

/** The numbered steps of a measure: text, owner division and due date; add, remove, reorder. */
export function MeasureStepsEditor(props: {
  steps: StepDraft[];
  divisions: Division[];
  fiscalYearBe: number;
  errorOf(field: string): string | undefined;
  onChange(steps: StepDraft[]): void;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const { steps, onChange } = props;
  const bounds = yearBounds(props.fiscalYearBe);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<Focus | null>(null);
  const container = useRef<HTMLFieldSetElement>(null);

  // Moving or removing a step re-renders the list: put the keyboard back where the person was.
  useEffect(() => {
    if (!focus || !container.current) return;
    const selector = focus.kind === 'add' ? '[data-step-add]' : `[data-step="${focus.key}"][data-focus="${focus.target}"]`;
    const element = container.current.querySelector<HTMLElement>(selector);
    element?.focus();
    setFocus(null);
  }, [focus]);

  const update = (index: number, changes: Partial<StepDraft>) => onChange(steps.map((step, at) => (at === index ? { ...step, ...changes } : step)));
  const move = (index: number, offset: -1 | 1) => {
    const key = steps[index].key;
    onChange(moveStep(steps, index, offset));
    setAnnouncement(fill(t.moved, { no: index + offset + 1 }));
    // At the top or bottom the button it was pressed with is disabled: keep focus on the other one.
    const landed = index + offset;
    const target = offset === -1 ? (landed === 0 ? 'down' : 'up') : landed === steps.length - 1 ? 'up' : 'down';
    setFocus({ kind: 'step', key, target });
  };
  const remove = (index: number) => {
    onChange(steps.filter((_, at) => at !== index));
    setAnnouncement(fill(t.removed, { count: steps.length - 1 }));
    setFocus({ kind: 'add' });
  };
  const add = () => {
    const step = emptyStep();
    onChange([...steps, step]);
    setAnnouncement(fill(t.added, { no: steps.length + 1 }));
    setFocus({ kind: 'step', key: step.key, target: 'text' });
  };
  const listError = props.errorOf('steps');

  return (
    <fieldset className="editor-fieldset" ref={container}>
      <legend>{t.legend}</legend>
      <p className="field-hint">{t.hint}</p>
      {steps.length === 0 && <p className="editor-none">{t.none}</p>}
      <ol className="editor-steps">
        {steps.map((step, index) => {
          const no = index + 1;
          const which = fill(t.which, { no });
          return (
            <li key={step.key} className="step-card">
              <Field label={fill(t.step, { no })} error={props.errorOf(`steps.${index}.text`)}>
                <textarea
                  rows={2}
                  value={step.text}
                  maxLength={LIMITS.stepText}
                  data-step={step.key}
                  data-focus="text"
                  onChange={(event) => update(index, { text: event.target.value })}
                />
              </Field>
              <div className="step-details">
                <Field label={t.owner} error={props.errorOf(`steps.${index}.ownerDivisionId`)}>
                  <DivisionSelect
                    divisions={props.divisions}
                    value={step.ownerDivisionId}
                    empty={t.ownerOfMeasure}
                    onChange={(ownerDivisionId) => update(index, { ownerDivisionId })}
                  />
                </Field>
                <Field
                  label={t.due}
                  hint={step.dueDate ? fill(t.dueShown, { date: formatDate(step.dueDate, language, 'long') }) : fill(t.dueHint, { year: props.fiscalYearBe })}
                  error={props.errorOf(`steps.${index}.dueDate`)}
                >
                  <input type="date" value={step.dueDate} min={bounds.start} max={bounds.end} onChange={(event) => update(index, { dueDate: event.target.value })} />
                </Field>
              </div>
              <div className="step-actions">
                <button type="button" className="button" data-step={step.key} data-focus="up" disabled={index === 0} onClick={() => move(index, -1)}>
                  <span aria-hidden="true">↑</span> {t.up}
                  <span className="visually-hidden"> {which}</span>
                </button>
                <button
                  type="button"
                  className="button"
                  data-step={step.key}
                  data-focus="down"
                  disabled={index === steps.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span> {t.down}
                  <span className="visually-hidden"> {which}</span>
                </button>
                <button type="button" className="button button-danger" onClick={() => remove(index)}>
                  {t.remove}
                  <span className="visually-hidden"> {which}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {listError && <p className="field-error">{listError}</p>}
      {steps.length >= LIMITS.steps ? (
        <p className="field-hint">{fill(t.full, { max: LIMITS.steps })}</p>
      ) : (
        <button type="button" className="button" data-step-add onClick={add}>
          <span aria-hidden="true">+</span> {t.add}
        </button>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
