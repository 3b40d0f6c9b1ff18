import { fiscalYearRange, parsePeriodPhrase, toThaiDigits } from '@prongsai/domain';
import { ImportedPeriod, ImportWarning } from '../import-preview.types';
import { cellText, compactText } from './cell-text.normalizer';
import { importWarning, quoted } from './import-warning.factory';

/** The period of one measure, read from its period cells. */
export interface MeasurePeriod {
  readonly period: ImportedPeriod | null;
  readonly warnings: ImportWarning[];
}

/**
 * Reads a measure's period cells (one per row: steps may have their own due dates) with
 * parsePeriodPhrase. Several periods give their whole span, with a warning; a period that cannot be
 * read, lies outside the fiscal year, or is missing is warned about.
 */
export function readPeriodCells(row: number, cells: readonly string[], fiscalYear: number | null): MeasurePeriod {
  const texts: string[] = [];
  for (const raw of cells) {
    const text = cellText(raw);
    if (text !== '' && !texts.some((seen) => compactText(seen) === compactText(text))) texts.push(text);
  }
  if (texts.length === 0) return { period: null, warnings: [importWarning(row, 'period', 'ไม่ได้ระบุระยะเวลาดำเนินการ', 'no period given')] };
  if (fiscalYear === null) {
    return {
      period: null,
      warnings: [
        importWarning(
          row,
          'period',
          `อ่านระยะเวลา ${quoted(texts.join(', '))} ไม่ได้เพราะไม่ทราบปีงบประมาณ`,
          `cannot read the period ${quoted(texts.join(', '))} without the fiscal year`,
        ),
      ],
    };
  }
  const warnings: ImportWarning[] = [];
  let start: string | null = null;
  let end: string | null = null;
  let read = 0;
  for (const text of texts) {
    const result = parsePeriodPhrase(text, fiscalYear);
    if (!result.ok) {
      warnings.push({ row, column: 'period', message: result.reason });
      continue;
    }
    read += 1;
    if (start === null || result.start < start) start = result.start;
    if (end === null || result.end > end) end = result.end;
  }
  if (start === null || end === null) return { period: null, warnings };
  if (read > 1) {
    warnings.push(
      importWarning(
        row,
        'period',
        `ขั้นตอนมีกำหนดเวลาต่างกัน (${texts.join(', ')}) จึงใช้ช่วงรวม ${start} ถึง ${end}`,
        `the steps have different times (${texts.join(', ')}): the measure takes their whole span, ${start} to ${end}`,
      ),
    );
  }
  const year = fiscalYearRange(fiscalYear);
  if (start < year.start || end > year.end) {
    warnings.push(
      importWarning(
        row,
        'period',
        `ระยะเวลา ${quoted(texts.join(', '))} (${start} ถึง ${end}) อยู่นอกปีงบประมาณ ${toThaiDigits(fiscalYear)}`,
        `the period ${quoted(texts.join(', '))} (${start} to ${end}) lies outside fiscal year ${fiscalYear}`,
      ),
    );
  }
  return { period: { start, end }, warnings };
}
