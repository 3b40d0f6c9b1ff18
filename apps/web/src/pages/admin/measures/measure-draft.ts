import { fiscalYearRange, isIsoDate, type MonitoringRule } from '@prongsai/domain';
import type { Measure } from '../../../api/types';

/** The limits of the API (MEASURE_LIMITS in libs/application), checked before sending. */
export const LIMITS = { title: 2000, longText: 10000, periodText: 500, steps: 50, stepText: 2000, itemCodes: 100, no: 9999 } as const;

export type PeriodMode = 'dates' | 'text';
export type MonitoringKind = '' | MonitoringRule['kind'];

export interface StepDraft {
  /** Stable key for React while steps move. */
  key: string;
  text: string;
  ownerDivisionId: string;
  dueDate: string;
}

/** A measure as the form holds it: text as typed, turned into the API's shape by {@link bodyOf}. */
export interface MeasureDraft {
  no: string;
  title: string;
  issueToImprove: string;
  indicatorNo: string;
  itemCodes: string;
  steps: StepDraft[];
  /** The lead first, then the supporting divisions. */
  ownerDivisionIds: string[];
  allDivisions: boolean;
  periodMode: PeriodMode;
  periodStart: string;
  periodEnd: string;
  periodText: string;
  monitoringKind: MonitoringKind;
  monitoringMonths: number[];
  monitoringDays: string;
  expectedOutcome: string;
}

/** What POST and PATCH /measures take (fiscalYearBe and version are added by the caller). */
export interface MeasureBody {
  no?: number;
  title: string;
  issueToImprove: string | null;
  indicatorNo: number | null;
  itemCodes: string[];
  steps: { text: string; ownerDivisionId: string | null; dueDate: string | null }[];
  ownerDivisionIds: string[];
  allDivisions: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  periodText: string | null;
  monitoringRule: MonitoringRule | null;
  expectedOutcome: string | null;
}

let nextKey = 0;
function stepKey(): string {
  nextKey += 1;
  return `step-${nextKey}`;
}

export function emptyStep(): StepDraft {
  return { key: stepKey(), text: '', ownerDivisionId: '', dueDate: '' };
}

/** The usual semiannual reporting months: April and October (รอบ ๖ และ ๑๒ เดือน). */
export const DEFAULT_SEMIANNUAL_MONTHS = [4, 10];

export function emptyDraft(): MeasureDraft {
  return {
    no: '',
    title: '',
    issueToImprove: '',
    indicatorNo: '',
    itemCodes: '',
    steps: [emptyStep()],
    ownerDivisionIds: [],
    allDivisions: false,
    periodMode: 'dates',
    periodStart: '',
    periodEnd: '',
    periodText: '',
    monitoringKind: '',
    monitoringMonths: DEFAULT_SEMIANNUAL_MONTHS,
    monitoringDays: '7',
    expectedOutcome: '',
  };
}

function isMonitoringRule(value: unknown): value is MonitoringRule {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

/** The form's values for a measure the API gave. */
export function draftOf(measure: Measure): MeasureDraft {
  const rule = isMonitoringRule(measure.monitoringRule) ? measure.monitoringRule : null;
  return {
    no: String(measure.no),
    title: measure.title,
    issueToImprove: measure.issueToImprove ?? '',
    indicatorNo: measure.indicatorNo === null ? '' : String(measure.indicatorNo),
    itemCodes: measure.itemCodes.join(', '),
    steps: measure.steps.length > 0
      ? measure.steps.map((step) => ({ key: stepKey(), text: step.text, ownerDivisionId: step.ownerDivisionId ?? '', dueDate: step.dueDate ?? '' }))
      : [emptyStep()],
    ownerDivisionIds: measure.owners.map((owner) => owner.divisionId),
    allDivisions: measure.allDivisions,
    // Text as written wins: its dates were read from it, and it is what the organisation published.
    periodMode: measure.period.text ? 'text' : 'dates',
    periodStart: measure.period.start ?? '',
    periodEnd: measure.period.end ?? '',
    periodText: measure.period.text ?? '',
    monitoringKind: rule?.kind ?? '',
    monitoringMonths: rule?.kind === 'semiannual' ? rule.months : DEFAULT_SEMIANNUAL_MONTHS,
    monitoringDays: rule?.kind === 'days_after_task' ? String(rule.days) : '7',
    expectedOutcome: measure.expectedOutcome ?? '',
  };
}

/** "O1, O42 e3" → ["O1", "O42", "e3"]. */
export function parseItemCodes(text: string): string[] {
  return text
    .split(/[\s,;、]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

const ITEM_CODE = /^[OoEeIi]\d{1,4}$/;

function nullIfBlank(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function monitoringRuleOf(draft: Pick<MeasureDraft, 'monitoringKind' | 'monitoringMonths' | 'monitoringDays'>): MonitoringRule | null {
  switch (draft.monitoringKind) {
    case 'monthly':
    case 'quarterly':
      return { kind: draft.monitoringKind };
    case 'semiannual':
      return { kind: 'semiannual', months: [...draft.monitoringMonths].sort((a, b) => a - b) };
    case 'days_after_task':
      return { kind: 'days_after_task', days: Number(draft.monitoringDays) };
    default:
      return null;
  }
}

/** The API's body for the draft. */
export function bodyOf(draft: MeasureDraft): MeasureBody {
  const dates = draft.periodMode === 'dates';
  const no = draft.no.trim();
  return {
    ...(no === '' ? {} : { no: Number(no) }),
    title: draft.title.trim(),
    issueToImprove: nullIfBlank(draft.issueToImprove),
    indicatorNo: draft.indicatorNo === '' ? null : Number(draft.indicatorNo),
    itemCodes: parseItemCodes(draft.itemCodes),
    steps: draft.steps.map((step) => ({
      text: step.text.trim(),
      ownerDivisionId: step.ownerDivisionId || null,
      dueDate: step.dueDate || null,
    })),
    ownerDivisionIds: draft.ownerDivisionIds,
    allDivisions: draft.allDivisions,
    periodStart: dates ? draft.periodStart || null : null,
    periodEnd: dates ? draft.periodEnd || null : null,
    periodText: dates ? null : nullIfBlank(draft.periodText),
    monitoringRule: monitoringRuleOf(draft),
    expectedOutcome: nullIfBlank(draft.expectedOutcome),
  };
}

/** Why a field cannot be sent, as a key of the form's messages. */
export type DraftProblem =
  | 'required'
  | 'tooLong'
  | 'noRange'
  | 'itemCode'
  | 'tooManyItems'
  | 'ownersRequired'
  | 'stepText'
  | 'tooManySteps'
  | 'periodBoth'
  | 'periodOrder'
  | 'outsideYear'
  | 'monthsRequired'
  | 'daysRange';

/**
 * The problems the API would answer, found before sending, by field name as the API names them
 * ("title", "steps.0.text", "periodEnd" …), so one lookup shows either next to the field.
 */
export function checkDraft(draft: MeasureDraft, fiscalYearBe: number): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  const range = fiscalYearRange(fiscalYearBe);
  const inYear = (date: string) => date >= range.start && date <= range.end;
  const checkDate = (field: string, date: string) => {
    if (date !== '' && (!isIsoDate(date) || !inYear(date))) problems[field] = 'outsideYear';
  };

  if (draft.no.trim() !== '') {
    const no = Number(draft.no);
    if (!Number.isInteger(no) || no < 1 || no > LIMITS.no) problems.no = 'noRange';
  }
  if (draft.title.trim() === '') problems.title = 'required';
  else if (draft.title.trim().length > LIMITS.title) problems.title = 'tooLong';
  if (draft.issueToImprove.trim().length > LIMITS.longText) problems.issueToImprove = 'tooLong';
  if (draft.expectedOutcome.trim().length > LIMITS.longText) problems.expectedOutcome = 'tooLong';

  const codes = parseItemCodes(draft.itemCodes);
  if (codes.length > LIMITS.itemCodes) problems.itemCodes = 'tooManyItems';
  else if (codes.some((code) => !ITEM_CODE.test(code))) problems.itemCodes = 'itemCode';

  if (draft.ownerDivisionIds.length === 0 && !draft.allDivisions) problems.ownerDivisionIds = 'ownersRequired';

  const steps = draft.steps;
  if (steps.length > LIMITS.steps) problems.steps = 'tooManySteps';
  steps.forEach((step, index) => {
    if (step.text.trim() === '') problems[`steps.${index}.text`] = 'stepText';
    else if (step.text.trim().length > LIMITS.stepText) problems[`steps.${index}.text`] = 'tooLong';
    checkDate(`steps.${index}.dueDate`, step.dueDate);
  });

  if (draft.periodMode === 'dates') {
    if ((draft.periodStart === '') !== (draft.periodEnd === '')) problems[draft.periodStart === '' ? 'periodStart' : 'periodEnd'] = 'periodBoth';
    checkDate('periodStart', draft.periodStart);
    checkDate('periodEnd', draft.periodEnd);
    if (draft.periodStart !== '' && draft.periodEnd !== '' && draft.periodEnd < draft.periodStart && !problems.periodEnd) problems.periodEnd = 'periodOrder';
  } else if (draft.periodText.trim().length > LIMITS.periodText) problems.periodText = 'tooLong';

  if (draft.monitoringKind === 'semiannual' && draft.monitoringMonths.length === 0) problems.monitoringRule = 'monthsRequired';
  if (draft.monitoringKind === 'days_after_task') {
    const days = Number(draft.monitoringDays);
    if (!Number.isInteger(days) || days < 1 || days > 365) problems.monitoringRule = 'daysRange';
  }
  return problems;
}

/**
 * The steps with the one at `index` moved by `offset` (−1 up, +1 down); unchanged at the ends.
 */
export function moveStep<T>(steps: T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (target < 0 || target >= steps.length) return steps;
  const moved = [...steps];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/** Adds or removes an owner; the first one chosen leads until another is made lead. */
export function toggleOwner(ids: string[], id: string, chosen: boolean): string[] {
  if (chosen) return ids.includes(id) ? ids : [...ids, id];
  return ids.filter((other) => other !== id);
}

/** Makes a chosen division the lead (first); the others keep their order. */
export function makeLead(ids: string[], id: string): string[] {
  return [id, ...ids.filter((other) => other !== id)];
}

/** The first and last day of a fiscal year, for date pickers. */
export function yearBounds(fiscalYearBe: number): { start: string; end: string } {
  return fiscalYearRange(fiscalYearBe);
}
