import type { ReactNode } from 'react';
import { TableRegion } from '../../../components/table-region';

/**
 * A list of the administration area as a table: it scrolls inside its box when wider than the
 * screen and stacks into cards on a phone. The last column holds each row's action; its header is
 * only heard, not seen.
 */
export function AdminTable({ labelledBy, columns, actions, children }: { labelledBy: string; columns: readonly string[]; actions: string; children: ReactNode }) {
  return (
    <TableRegion className="admin-table-wrap" labelledBy={labelledBy}>
      <table className="admin-table admin-table-stack">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableRegion>
  );
}

/** A row's action cell. The button's hidden words name the row, so that a screen reader's list of buttons tells them apart. */
export function RowAction({ label, row, danger, onClick }: { label: string; row: string; danger?: boolean; onClick(): void }) {
  return (
    <td className="admin-cell-actions">
      <button type="button" className={danger ? 'button button-danger' : 'button'} onClick={onClick}>
        {label}
        <span className="visually-hidden"> {row}</span>
      </button>
    </td>
  );
}
