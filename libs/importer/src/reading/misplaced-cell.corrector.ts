import { ColumnKind } from './column-header.mapper';
import { cellText } from './cell-text.normalizer';

/** How a cell's content was recognised as belonging to another column. */
export type CellCorrection =
  | { readonly kind: 'swapped'; readonly owners: string; readonly period: string }
  | { readonly kind: 'moved'; readonly from: ColumnKind; readonly to: ColumnKind; readonly text: string }
  | { readonly kind: 'time-not-summary'; readonly column: 'summary' | 'outcome'; readonly text: string };

/** Recognisers of cell content, bound to the organisation and fiscal year. */
export interface CellRecognisers {
  /** The text is one period phrase ("ก.ย.๖๕", "ไตรมาส ๔"). */
  readonly isPeriod: (text: string) => boolean;
  /** The text names divisions and nothing else ("สำนักปลัด", "ทุกกอง"). */
  readonly isDivisions: (text: string) => boolean;
}

/** A summary or outcome this short that is a period phrase says when, not what was done. */
const MAX_TIME_ONLY_LENGTH = 40;

/**
 * Puts right cells that sit in the wrong column, recognised by their content: a period in the
 * owner column and a division in the period column are swapped (or moved when the other cell is
 * empty); a summary or outcome that is only a time ("ไตรมาส ๔", seed 001's รายงานผล column) is
 * moved to an empty period, or else left out. Every change is returned, to be warned about.
 */
export function correctMisplacedCells(
  cells: Partial<Record<ColumnKind, string>>,
  recognise: CellRecognisers,
): { cells: Partial<Record<ColumnKind, string>>; corrections: CellCorrection[] } {
  const fixed = { ...cells };
  const corrections: CellCorrection[] = [];
  const owners = cellText(fixed.owners ?? '');
  const period = cellText(fixed.period ?? '');
  const ownersIsPeriod = owners !== '' && !recognise.isDivisions(owners) && recognise.isPeriod(owners);
  const periodIsDivision = period !== '' && !recognise.isPeriod(period) && recognise.isDivisions(period);
  if (ownersIsPeriod && periodIsDivision) {
    [fixed.owners, fixed.period] = [fixed.period, fixed.owners];
    corrections.push({ kind: 'swapped', owners, period });
  } else if (ownersIsPeriod && period === '' && 'period' in fixed) {
    [fixed.owners, fixed.period] = ['', fixed.owners];
    corrections.push({ kind: 'moved', from: 'owners', to: 'period', text: owners });
  } else if (periodIsDivision && owners === '' && 'owners' in fixed) {
    [fixed.owners, fixed.period] = [fixed.period, ''];
    corrections.push({ kind: 'moved', from: 'period', to: 'owners', text: period });
  }
  for (const column of ['summary', 'outcome'] as const) {
    const text = cellText(fixed[column] ?? '');
    if (text === '' || text.length > MAX_TIME_ONLY_LENGTH || !recognise.isPeriod(text)) continue;
    if (cellText(fixed.period ?? '') === '' && 'period' in fixed) {
      fixed.period = fixed[column];
      corrections.push({ kind: 'moved', from: column, to: 'period', text });
    } else {
      corrections.push({ kind: 'time-not-summary', column, text });
    }
    fixed[column] = '';
  }
  return { cells: fixed, corrections };
}
