import type { SelectHTMLAttributes } from 'react';
import type { Division } from '../../../api/types';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'>;

/**
 * A choice of one of the organisation's divisions. `empty` names the empty choice (what having none
 * means there). Other props, such as those a Field gives its control, go to the select.
 */
export function DivisionSelect({ divisions, value, empty, onChange, ...select }: SelectProps & { divisions: readonly Division[]; value: string; empty: string; onChange(divisionId: string): void }) {
  return (
    <select {...select} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{empty}</option>
      {divisions.map((division) => (
        <option key={division.id} value={division.id}>
          {division.name}
        </option>
      ))}
    </select>
  );
}
