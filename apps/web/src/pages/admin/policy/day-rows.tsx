import { useId } from 'react';
import { defineMessages, fill, useText } from '../../../i18n/language';
import { Panel } from '../shared/panel';

const text = defineMessages({
  th: { remove: 'ลบ' },
  en: { remove: 'Remove' },
});

/**
 * A panel with a short list of day counts, one row each (a reminder, an escalation step), with add
 * and remove. Each row's label says what it is; its error sits under it. The legend is for screen
 * readers: the panel's heading shows the same words.
 */
export function DayRows(props: {
  headingId: string;
  legend: string;
  intro?: string;
  rows: string[];
  /** At most `max` rows, each from `min` to `highest` days. */
  limits: { max: number; min: number; highest: number };
  unit: string;
  rowLabel(index: number): string;
  rowHint?(index: number): string | undefined;
  rowError(index: number): string | undefined;
  addLabel: string;
  fullNote: string;
  listError?: string;
  onChange(rows: string[]): void;
}) {
  const t = useText(text);
  const id = useId();
  const set = (index: number, value: string) => props.onChange(props.rows.map((row, at) => (at === index ? value : row)));
  const { max, min, highest } = props.limits;
  return (
    <Panel id={props.headingId} heading={props.legend}>
      <fieldset className="admin-fieldset admin-day-rows">
        <legend className="visually-hidden">{props.legend}</legend>
        {props.intro && <p className="field-hint">{props.intro}</p>}
        <ol className="admin-day-list">
          {props.rows.map((row, index) => {
            const error = props.rowError(index);
            const hint = props.rowHint?.(index);
            const described = [hint ? `${id}-${index}-hint` : '', error ? `${id}-${index}-error` : ''].filter(Boolean).join(' ') || undefined;
            return (
              <li key={index} className={error ? 'admin-day-row field-invalid' : 'admin-day-row'}>
                <label htmlFor={`${id}-${index}`}>{props.rowLabel(index)}</label>
                {hint && (
                  <p className="field-hint" id={`${id}-${index}-hint`}>
                    {hint}
                  </p>
                )}
                <div className="admin-day-input">
                  <input
                    id={`${id}-${index}`}
                    type="number"
                    inputMode="numeric"
                    min={min}
                    max={highest}
                    step={1}
                    value={row}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={described}
                    onChange={(event) => set(index, event.target.value)}
                  />
                  <span className="admin-unit">{props.unit}</span>
                  <button type="button" className="button button-quiet admin-remove" onClick={() => props.onChange(props.rows.filter((_, at) => at !== index))}>
                    {t.remove}
                    <span className="visually-hidden"> {props.rowLabel(index)}</span>
                  </button>
                </div>
                {error && (
                  <p className="field-error" id={`${id}-${index}-error`}>
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        {props.listError && <p className="field-error">{props.listError}</p>}
        {props.rows.length < max ? (
          <button type="button" className="button" onClick={() => props.onChange([...props.rows, ''])}>
            + {props.addLabel}
          </button>
        ) : (
          <p className="field-hint">{fill(props.fullNote, { max })}</p>
        )}
      </fieldset>
    </Panel>
  );
}
