import { cellLines, cellText, compactText } from './cell-text.normalizer';
import { ColumnKind } from './column-header.mapper';
import { HeadingContext, MeasureTableRow } from './measure-table.assembler';
import { CellCorrection, CellRecognisers, correctMisplacedCells } from './misplaced-cell.corrector';

/** The rows of one measure gathered together: its first row and the continuation rows under it. */
export interface MeasureDraft {
  /** The number the document gives the measure (ลำดับที่), as written; '' when none. */
  noText: string;
  titleLines: string[];
  /** The issue to improve (ประเด็น…) the measure answers, its own or the one above it. */
  issue: string;
  indicatorCells: string[];
  itemsCells: string[];
  /** Each row's steps cell, as lines. */
  stepCells: string[][];
  ownerCells: string[];
  periodCells: string[];
  summaryLines: string[];
  outcomeLines: string[];
  readonly heading: HeadingContext;
  readonly columns: ReadonlySet<ColumnKind>;
  readonly corrections: CellCorrection[];
  /** Rows that repeated the title of the row before and were taken as its continuation. */
  repeatedTitles: number;
}

function isNumberText(text: string): boolean {
  return /^[0-9๐-๙]+[.)]?$/.test(compactText(text));
}

function newDraft(row: MeasureTableRow, issue: string): MeasureDraft {
  return {
    noText: '',
    titleLines: [],
    issue,
    indicatorCells: [],
    itemsCells: [],
    stepCells: [],
    ownerCells: [],
    periodCells: [],
    summaryLines: [],
    outcomeLines: [],
    heading: row.heading,
    columns: new Set(row.mapping.columns.keys()),
    corrections: [],
    repeatedTitles: 0,
  };
}

function addRow(draft: MeasureDraft, cells: Partial<Record<ColumnKind, string>>): void {
  const push = (list: string[], raw: string | undefined): void => {
    if (raw !== undefined && cellText(raw) !== '') list.push(raw);
  };
  push(draft.indicatorCells, cells.indicator);
  push(draft.itemsCells, cells.items);
  push(draft.ownerCells, cells.owners);
  push(draft.periodCells, cells.period);
  const steps = cellLines(cells.steps ?? '');
  if (steps.length > 0) draft.stepCells.push(steps);
  draft.summaryLines.push(...cellLines(cells.summary ?? ''));
  draft.outcomeLines.push(...cellLines(cells.outcome ?? ''));
}

/**
 * Gathers table rows into measures. A row with a title (or a number) starts a measure; a row
 * without either continues the measure above (the next page of a Word table, or one row per step);
 * a row repeating the title just above is taken as the same measure. Cells in the wrong column are
 * put right first.
 */
export function collectMeasureDrafts(rows: readonly MeasureTableRow[], recognise: CellRecognisers): MeasureDraft[] {
  const drafts: MeasureDraft[] = [];
  let issue = '';
  let signature = '';
  for (const row of rows) {
    if (row.mapping.signature !== signature) {
      signature = row.mapping.signature;
      issue = '';
    }
    const { cells, corrections } = correctMisplacedCells(row.cells, recognise);
    const ownIssue = cellText(cells.issue ?? '');
    if (ownIssue !== '') issue = ownIssue;
    const title = cellLines(cells.title ?? '');
    const no = cellText(cells.no ?? '');
    const previous = drafts[drafts.length - 1];
    const startsMeasure = title.length > 0 || isNumberText(no) || ownIssue !== '';
    const repeatsTitle =
      previous !== undefined && title.length > 0 && no === '' && compactText(title.join(' ')) === compactText(previous.titleLines.join(' '));
    let draft: MeasureDraft;
    if (previous === undefined || (startsMeasure && !repeatsTitle)) {
      draft = newDraft(row, issue);
      draft.noText = no;
      draft.titleLines = title;
      drafts.push(draft);
    } else {
      draft = previous;
      if (repeatsTitle) draft.repeatedTitles += 1;
    }
    draft.corrections.push(...corrections);
    addRow(draft, cells);
  }
  return drafts;
}
