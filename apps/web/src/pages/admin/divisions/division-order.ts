import type { Division } from '../../../api/types';

/** Divisions in the order the API lists them: by their order number, then by name. */
export function inOrder(divisions: readonly Division[]): Division[] {
  return [...divisions].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'th'));
}

/**
 * The order numbers to save after moving one division up (-1) or down (+1): everyone is numbered
 * 1, 2, 3… so equal numbers (all 0 when nobody set them) stop hiding the order; only changes are returned.
 */
export function moveDivision(divisions: readonly Division[], id: string, step: -1 | 1): { id: string; sortOrder: number }[] {
  const ordered = inOrder(divisions);
  const from = ordered.findIndex((division) => division.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ordered.length) return [];
  [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
  return ordered.flatMap((division, index) => (division.sortOrder === index + 1 ? [] : [{ id: division.id, sortOrder: index + 1 }]));
}

/** The order number a new division gets: after the last one. */
export function nextSortOrder(divisions: readonly Division[]): number {
  return divisions.reduce((highest, division) => Math.max(highest, division.sortOrder), 0) + 1;
}
