import { useId } from 'react';
import { useLanguage } from '../../../i18n/language';
import type { Cadence } from '../../../api/types';
import { CADENCE, CADENCE_HINT } from '../shared/admin-labels';

/** Quarterly or 6- and 12-month rounds, each with what it means. */
export function CadenceChoice({ legend, value, error, onChange }: { legend: string; value: Cadence; error?: string; onChange(cadence: Cadence): void }) {
  const { language } = useLanguage();
  const id = useId();
  return (
    <fieldset className={error ? 'admin-fieldset field-invalid' : 'admin-fieldset'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {(['quarterly', 'semiannual'] as const).map((cadence) => (
        <label key={cadence} className="checkbox admin-choice">
          <input type="radio" name={id} value={cadence} checked={value === cadence} onChange={() => onChange(cadence)} aria-describedby={`${id}-${cadence}`} />
          <span>
            {CADENCE[language][cadence]}
            <span className="field-hint admin-choice-hint" id={`${id}-${cadence}`}>
              {CADENCE_HINT[language][cadence]}
            </span>
          </span>
        </label>
      ))}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
