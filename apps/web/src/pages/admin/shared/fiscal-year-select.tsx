import { Field } from '../../../components/field';
import { fiscalYearLabel } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/language';

/** Picks the fiscal year a tab works on. */
export function FiscalYearSelect({ label, years, value, onChange }: { label: string; years: number[]; value: number; onChange(yearBe: number): void }) {
  const { language } = useLanguage();
  return (
    <div className="admin-year-select">
      <Field label={label}>
        <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {years.map((year) => (
            <option key={year} value={year}>
              {fiscalYearLabel(year, language)}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
