export interface FilterOption {
  value: string;
  label: string;
}

/** One filter above a list: a labelled choice. `all`, when given, is the first option: the empty value, which filters nothing. */
export function FilterSelect({ label, value, options, all, onChange }: { label: string; value: string; options: readonly FilterOption[]; all?: string; onChange(value: string): void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter that finds by typed text. */
export function FilterSearch({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  return (
    <label>
      {label}
      <input type="search" value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
