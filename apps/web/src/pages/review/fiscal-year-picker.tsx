import { useSearchParams } from 'react-router';
import { useFiscalYears } from '../../api/organization-data';
import { currentFiscalYearBe } from '../../i18n/format';
import { defineMessages, useText } from '../../i18n/language';
import { defaultYear, yearsWithCurrent } from '../../session/fiscal-year-choice';

const text = defineMessages({
  th: { label: 'ปีงบประมาณ', option: 'พ.ศ. {year}' },
  en: { label: 'Fiscal year', option: '{year} BE ({ce})' },
});

/** The organisation's fiscal years, newest first. */
function useKnownYears(org: string): number[] | undefined {
  return useFiscalYears(org).data?.map((year) => year.yearBe).sort((a, b) => b - a);
}

/**
 * The fiscal year a page shows: `?year=` in the address, else the current one when the
 * organisation has set it up, else its newest (a past year imported as an archive, say).
 */
export function useFiscalYear(org: string): [number, (yearBe: number) => void] {
  const [params, setParams] = useSearchParams();
  const known = useKnownYears(org);
  const asked = Number(params.get('year'));
  const yearBe = Number.isInteger(asked) && asked > 2500 ? asked : defaultYear(known ?? [], currentFiscalYearBe());
  const choose = (next: number) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('year', String(next));
        return updated;
      },
      { replace: true },
    );
  return [yearBe, choose];
}

/** Chooses among the organisation's fiscal years (the current one is always offered). */
export function FiscalYearPicker({ org, value, onChange }: { org: string; value: number; onChange(yearBe: number): void }) {
  const t = useText(text);
  const options = yearsWithCurrent([value, ...(useKnownYears(org) ?? [])], currentFiscalYearBe());
  return (
    <label>
      {t.label}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {options.map((year) => (
          <option key={year} value={year}>
            {t.option.replace('{year}', String(year)).replace('{ce}', String(year - 543))}
          </option>
        ))}
      </select>
    </label>
  );
}
