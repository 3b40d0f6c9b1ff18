import { DivisionMatcher, toArabicDigits, toThaiDigits } from '@prongsai/domain';
import { ImportedMeasure, ImportWarning } from '../import-preview.types';
import { cellText } from './cell-text.normalizer';
import { importWarning, quoted } from './import-warning.factory';
import { findIndicator, findOitItems, isIndicator, readIndicatorCell, withoutIndicatorNote } from './indicator.reader';
import { MeasureDraft } from './measure-draft.collector';
import { CellCorrection } from './misplaced-cell.corrector';
import { readOwnerCells } from './owner-cells.reader';
import { readPeriodCells } from './period-cells.reader';
import { splitSteps } from './steps.splitter';

/** What finishing a measure needs to know about the organisation and the year. */
export interface FinalizeContext {
  readonly fiscalYear: number | null;
  readonly matchOwners: DivisionMatcher;
}

const COLUMN_TH: Record<string, string> = { owners: 'ผู้รับผิดชอบ', period: 'ระยะเวลา', summary: 'สรุปผล', outcome: 'ผลลัพธ์' };
const COLUMN_EN: Record<string, string> = { owners: 'owner', period: 'period', summary: 'summary', outcome: 'outcome' };

function titleOf(row: number, draft: MeasureDraft, warnings: ImportWarning[]): string {
  const written = draft.titleLines.join(' ');
  const title = withoutIndicatorNote(written);
  if (title === '') warnings.push(importWarning(row, 'title', 'แถวนี้ไม่มีชื่อมาตรการ', 'this row has no measure title'));
  const no = /^([0-9๐-๙]+)[.)]?$/.exec(draft.noText.replace(/\s+/g, ''));
  if (no !== null && Number(toArabicDigits(no[1])) !== row) {
    warnings.push(
      importWarning(
        row,
        'title',
        `เอกสารให้ลำดับที่ ${no[1]} แต่เป็นมาตรการที่ ${toThaiDigits(row)} ตามลำดับในเอกสาร`,
        `the document numbers this measure ${toArabicDigits(no[1])} but it is measure ${row} in document order`,
      ),
    );
  }
  if (draft.repeatedTitles > 0) {
    warnings.push(
      importWarning(
        row,
        'title',
        `มีแถวที่ชื่อมาตรการซ้ำกับแถวก่อนหน้า จึงรวมเป็นมาตรการเดียวกัน`,
        `a row repeated the title of the row above: taken as the same measure`,
      ),
    );
  }
  return title;
}

function indicatorOf(row: number, draft: MeasureDraft, warnings: ImportWarning[]): number | null {
  const cell = draft.indicatorCells.map(cellText).join(' ');
  const fromCell = cell === '' ? null : readIndicatorCell(cell);
  if (cell !== '' && fromCell === null) {
    warnings.push(importWarning(row, 'indicator', `อ่านตัวชี้วัด ${quoted(cell)} ไม่ได้`, `cannot read the indicator ${quoted(cell)}`));
  }
  const candidates = [fromCell, findIndicator(draft.titleLines.join(' ')), findIndicator(draft.issue), draft.heading.indicator].filter(
    (value): value is number => value !== null,
  );
  if (candidates.length === 0) {
    warnings.push(importWarning(row, 'indicator', 'ไม่ได้ระบุตัวชี้วัด', 'no indicator given'));
    return null;
  }
  const [chosen] = candidates;
  const others = [...new Set(candidates)].filter((value) => value !== chosen);
  if (others.length > 0) {
    warnings.push(
      importWarning(
        row,
        'indicator',
        `เอกสารระบุตัวชี้วัดหลายข้อ (${[chosen, ...others].map((v) => toThaiDigits(v)).join(', ')}) ใช้ตัวชี้วัดที่ ${toThaiDigits(chosen)}`,
        `the document names several indicators (${[chosen, ...others].join(', ')}): using ${chosen}`,
      ),
    );
  }
  if (!isIndicator(chosen)) {
    warnings.push(
      importWarning(row, 'indicator', `ไม่มีตัวชี้วัดที่ ${toThaiDigits(chosen)} (ตัวชี้วัดมี ๑–๑๐)`, `there is no indicator ${chosen} (indicators are 1–10)`),
    );
    return null;
  }
  return chosen;
}

function itemsOf(draft: MeasureDraft): string[] {
  const sources = [...draft.itemsCells.map(cellText), draft.titleLines.join(' '), draft.issue];
  const items = [...draft.heading.items];
  for (const item of sources.flatMap(findOitItems)) if (!items.includes(item)) items.push(item);
  return items;
}

function stepsOf(row: number, draft: MeasureDraft, warnings: ImportWarning[]): string[] {
  const steps: string[] = [];
  for (const lines of draft.stepCells) {
    const split = splitSteps(lines);
    const expected = steps.length + 1;
    if (split.firstNumber !== null && split.firstNumber !== expected) {
      warnings.push(
        importWarning(
          row,
          'steps',
          `ขั้นตอนเริ่มที่ข้อ ${toThaiDigits(split.firstNumber)} แต่ขั้นตอนก่อนหน้ามี ${toThaiDigits(expected - 1)} ข้อ`,
          `the steps start at number ${split.firstNumber} but ${expected - 1} step(s) came before`,
        ),
      );
    }
    steps.push(...split.steps);
  }
  if (steps.length === 0) warnings.push(importWarning(row, 'steps', 'ไม่ได้ระบุขั้นตอนการดำเนินการ', 'no steps given'));
  return steps;
}

function correctionWarnings(row: number, corrections: readonly CellCorrection[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const timesOnly = new Map<'summary' | 'outcome', string[]>();
  for (const correction of corrections) {
    if (correction.kind === 'swapped') {
      warnings.push(
        importWarning(
          row,
          'owners',
          `ช่องผู้รับผิดชอบมีระยะเวลา ${quoted(correction.owners)} และช่องระยะเวลามีหน่วยงาน ${quoted(correction.period)} จึงสลับกัน`,
          `the owner cell held a time ${quoted(correction.owners)} and the period cell a division ${quoted(correction.period)}: swapped`,
        ),
      );
    } else if (correction.kind === 'moved') {
      warnings.push(
        importWarning(
          row,
          correction.to === 'owners' ? 'owners' : 'period',
          `ช่อง${COLUMN_TH[correction.from]}มี ${quoted(correction.text)} ซึ่งเป็น${COLUMN_TH[correction.to]} จึงย้ายไปช่อง${COLUMN_TH[correction.to]}`,
          `the ${COLUMN_EN[correction.from]} cell held ${quoted(correction.text)}, which is a ${COLUMN_EN[correction.to]}: moved there`,
        ),
      );
    } else {
      const texts = timesOnly.get(correction.column) ?? [];
      if (!texts.includes(correction.text)) texts.push(correction.text);
      timesOnly.set(correction.column, texts);
    }
  }
  for (const [column, texts] of timesOnly) {
    warnings.push(
      importWarning(
        row,
        column,
        `ช่อง${COLUMN_TH[column]}มีเพียงกำหนดเวลา (${texts.join(', ')}) ไม่ใช่ผลการดำเนินการ จึงไม่ได้นำเข้า`,
        `the ${COLUMN_EN[column]} column only holds times (${texts.join(', ')}), not what was done: left out`,
      ),
    );
  }
  return warnings;
}

function reportText(row: number, column: 'summary' | 'outcome', draft: MeasureDraft, warnings: ImportWarning[]): string | null {
  if (!draft.columns.has(column)) return null;
  const lines = column === 'summary' ? draft.summaryLines : draft.outcomeLines;
  if (lines.length > 0) return lines.join('\n');
  const explained = draft.corrections.some((c) => (c.kind === 'time-not-summary' && c.column === column) || (c.kind === 'moved' && c.from === column));
  if (!explained) {
    warnings.push(
      column === 'summary'
        ? importWarning(row, 'summary', 'ไม่มีสรุปผลการดำเนินการ', 'no summary of what was done')
        : importWarning(row, 'outcome', 'ไม่มีผลลัพธ์หรือความสำเร็จ', 'no outcome given'),
    );
  }
  return null;
}

/** Turns the gathered rows of a measure into the measure, with every problem as a warning. */
export function finalizeMeasure(row: number, draft: MeasureDraft, context: FinalizeContext): { measure: ImportedMeasure; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [...correctionWarnings(row, draft.corrections)];
  const title = titleOf(row, draft, warnings);
  const indicator = indicatorOf(row, draft, warnings);
  const items = itemsOf(draft);
  const steps = stepsOf(row, draft, warnings);
  const owners = readOwnerCells(row, draft.ownerCells, context.matchOwners);
  warnings.push(...owners.warnings);
  const period = readPeriodCells(row, draft.periodCells, context.fiscalYear);
  warnings.push(...period.warnings);
  const summary = reportText(row, 'summary', draft, warnings);
  const outcome = reportText(row, 'outcome', draft, warnings);
  return {
    measure: {
      no: row,
      title,
      indicator,
      items,
      steps,
      owners: owners.owners,
      allDivisions: owners.allDivisions,
      period: period.period,
      summary,
      outcome,
    },
    warnings,
  };
}
