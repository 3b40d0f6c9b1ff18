import { DivisionMatcher } from '@prongsai/domain';
import { ImportWarning } from '../import-preview.types';
import { cellLines, compactText } from './cell-text.normalizer';
import { importWarning, quoted } from './import-warning.factory';

/** The owners of one measure, read from its owner cells. */
export interface MeasureOwners {
  readonly owners: string[];
  readonly allDivisions: boolean;
  readonly warnings: ImportWarning[];
}

/**
 * Reads a measure's owner cells (one per row) into divisions. Words that name no division (a
 * committee, "ผู้บริหาร") and divisions the organisation does not have are warned about; a measure
 * without any owner text is too.
 */
export function readOwnerCells(row: number, cells: readonly string[], matchOwners: DivisionMatcher): MeasureOwners {
  const owners: string[] = [];
  const warnings: ImportWarning[] = [];
  let allDivisions = false;
  const seen = new Set<string>();
  for (const raw of cells) {
    // Names on separate lines stay apart: the matcher reads a line break as a separator.
    const text = cellLines(raw).join('\n');
    const key = compactText(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const match = matchOwners(text);
    allDivisions ||= match.allDivisions;
    for (const owner of match.owners) if (!owners.includes(owner)) owners.push(owner);
    for (const word of match.unmatched) {
      warnings.push(
        importWarning(row, 'owners', `${quoted(word)} ไม่ใช่ชื่อหน่วยงาน จึงไม่ได้นำมาเป็นผู้รับผิดชอบ`, `${quoted(word)} is not a division: not taken as an owner`),
      );
    }
    for (const name of match.outsideOrganization) {
      warnings.push(
        importWarning(row, 'owners', `องค์กรไม่มีหน่วยงาน ${quoted(name)} จึงไม่ได้นำมาเป็นผู้รับผิดชอบ`, `the organisation has no division ${quoted(name)}: not taken as an owner`),
      );
    }
  }
  if (seen.size === 0) warnings.push(importWarning(row, 'owners', 'ไม่ได้ระบุผู้รับผิดชอบ', 'no owner given'));
  return { owners, allDivisions, warnings };
}

