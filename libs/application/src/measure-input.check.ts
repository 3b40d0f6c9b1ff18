import { fiscalYearRange, isIsoDate, MEASURE_STATUSES, parsePeriodPhrase, type EvidenceLink, type MeasureStatus, type MonitoringRule } from '@prongsai/domain';
import { DivisionEntity, ItaCatalogEntryEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { ITEM_CODE, normalizeItemCode } from './ita-catalog.service';
import { MEASURE_LIMITS, type MeasureInput } from './measure-input';

/** A measure's input after every rule passed: trimmed, dates read, owners ordered. */
export interface CheckedMeasure {
  no: number | null;
  title: string;
  issueToImprove: string | null;
  indicatorNo: number | null;
  itemCodes: string[];
  allDivisions: boolean;
  owners: { divisionId: string; role: 'lead' | 'supporting' }[];
  steps: { text: string; ownerDivisionId: string | null; dueDate: string | null }[];
  periodStart: string | null;
  periodEnd: string | null;
  periodText: string | null;
  monitoringRule: MonitoringRule | null;
  expectedOutcome: string | null;
  summary: string | null;
  outcome: string | null;
  evidence: EvidenceLink[];
  status: MeasureStatus;
}

const invalid = ApplicationError.invalid;

/** Checks a measure against the rules of its organisation and fiscal year; a 400 names the first bad field. */
export class MeasureInputChecker {
  constructor(private readonly manager: EntityManager) {}

  async check(organizationId: string, fiscalYearBe: number, input: MeasureInput): Promise<CheckedMeasure> {
    const range = fiscalYearRange(fiscalYearBe);
    const divisions = new Set((await this.manager.findBy(DivisionEntity, { organizationId })).map((division) => division.id));
    const period = periodOf(input, fiscalYearBe, range);
    return {
      no: numberOf(input.no),
      title: requiredText(input.title, 'title', MEASURE_LIMITS.title),
      issueToImprove: optionalText(input.issueToImprove, 'issueToImprove', MEASURE_LIMITS.longText),
      indicatorNo: indicatorOf(input.indicatorNo),
      itemCodes: await this.itemCodesOf(organizationId, fiscalYearBe, input.itemCodes ?? []),
      allDivisions: input.allDivisions === true,
      owners: ownersOf(input, divisions),
      steps: stepsOf(input, divisions, fiscalYearBe, range),
      ...period,
      monitoringRule: monitoringRuleOf(input.monitoringRule ?? null),
      expectedOutcome: optionalText(input.expectedOutcome, 'expectedOutcome', MEASURE_LIMITS.longText),
      summary: optionalText(input.summary, 'summary', MEASURE_LIMITS.longText),
      outcome: optionalText(input.outcome, 'outcome', MEASURE_LIMITS.longText),
      evidence: evidenceOf(input.evidence ?? []),
      status: statusOf(input.status ?? 'draft'),
    };
  }

  /** Codes of the year's catalog when it has items (spelt as the catalog spells them); else any O/e/i code. */
  private async itemCodesOf(organizationId: string, fiscalYearBe: number, codes: unknown): Promise<string[]> {
    if (!Array.isArray(codes)) throw invalid('itemCodes', 'itemCodes ต้องเป็นรายการ', 'itemCodes must be a list');
    if (codes.length > MEASURE_LIMITS.itemCodes) {
      throw invalid('itemCodes', `มีข้อ ITA ได้ไม่เกิน ${MEASURE_LIMITS.itemCodes} ข้อ`, `at most ${MEASURE_LIMITS.itemCodes} item codes`);
    }
    const catalog = await this.manager.findBy(ItaCatalogEntryEntity, { organizationId, fiscalYearBe, kind: 'item' });
    const known = new Map(catalog.map((entry) => [entry.code.toLowerCase(), entry.code]));
    const result: string[] = [];
    codes.forEach((code: unknown, index) => {
      const field = `itemCodes.${index}`;
      if (typeof code !== 'string' || !ITEM_CODE.test(code.trim())) {
        throw invalid(field, `"${String(code)}" ไม่ใช่รหัสข้อ ITA (เช่น O42)`, `"${String(code)}" is not an ITA item code such as O42`);
      }
      let normalized = normalizeItemCode(code);
      if (known.size > 0) {
        const match = known.get(normalized.toLowerCase());
        if (match === undefined) {
          throw invalid(field, `ไม่มีข้อ ${normalized} ในบัญชี ITA ปี ${fiscalYearBe}`, `the ITA catalog of ${fiscalYearBe} has no item ${normalized}`);
        }
        normalized = match;
      }
      if (!result.includes(normalized)) result.push(normalized);
    });
    return result;
  }
}

function requiredText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, `ต้องระบุ ${field}`, `${field} is required`);
  return limited(value.trim(), field, max);
}

function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalid(field, `${field} ต้องเป็นข้อความ`, `${field} must be text`);
  return value.trim() === '' ? null : limited(value.trim(), field, max);
}

function limited(text: string, field: string, max: number): string {
  if (text.length > max) throw invalid(field, `${field} ยาวเกิน ${max} ตัวอักษร`, `${field} is longer than ${max} characters`);
  return text;
}

function numberOf(no: unknown): number | null {
  if (no === undefined || no === null) return null;
  if (typeof no !== 'number' || !Number.isInteger(no) || no < 1 || no > MEASURE_LIMITS.no) {
    throw invalid('no', `ลำดับที่ต้องเป็นจำนวนเต็ม 1–${MEASURE_LIMITS.no}`, `no must be a whole number 1–${MEASURE_LIMITS.no}`);
  }
  return no;
}

function indicatorOf(indicatorNo: unknown): number | null {
  if (indicatorNo === undefined || indicatorNo === null) return null;
  if (typeof indicatorNo !== 'number' || !Number.isInteger(indicatorNo) || indicatorNo < 1 || indicatorNo > 10) {
    throw invalid('indicatorNo', 'ตัวชี้วัดต้องเป็นเลข ๑–๑๐', 'the indicator must be 1–10');
  }
  return indicatorNo;
}

function assertDivision(divisions: Set<string>, id: unknown, field: string): string {
  if (typeof id !== 'string' || !divisions.has(id)) throw invalid(field, 'ไม่พบกองนี้ในองค์กร', 'no such division in this organisation');
  return id;
}

function ownersOf(input: MeasureInput, divisions: Set<string>): CheckedMeasure['owners'] {
  const ids = input.ownerDivisionIds ?? [];
  if (!Array.isArray(ids)) throw invalid('ownerDivisionIds', 'ownerDivisionIds ต้องเป็นรายการ', 'ownerDivisionIds must be a list');
  if (ids.length === 0 && input.allDivisions !== true) {
    throw invalid('ownerDivisionIds', 'ต้องระบุหน่วยงานผู้รับผิดชอบอย่างน้อยหนึ่งกอง หรือทุกกอง', 'name at least one owning division, or all divisions');
  }
  if (new Set(ids).size !== ids.length) throw invalid('ownerDivisionIds', 'ระบุกองซ้ำกัน', 'a division is named twice');
  return ids.map((id, index) => ({ divisionId: assertDivision(divisions, id, `ownerDivisionIds.${index}`), role: index === 0 ? 'lead' : 'supporting' }));
}

function dateInYear(value: unknown, field: string, fiscalYearBe: number, range: { start: string; end: string }): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw invalid(field, `"${String(value)}" ไม่ใช่วันที่จริงในรูปแบบ YYYY-MM-DD`, `"${String(value)}" is not a real date written YYYY-MM-DD`);
  }
  if (value < range.start || value > range.end) {
    throw invalid(
      field,
      `วันที่ ${value} อยู่นอกปีงบประมาณ ${fiscalYearBe} (${range.start} ถึง ${range.end})`,
      `${value} is outside fiscal year ${fiscalYearBe} (${range.start} to ${range.end})`,
    );
  }
  return value;
}

function stepsOf(input: MeasureInput, divisions: Set<string>, fiscalYearBe: number, range: { start: string; end: string }): CheckedMeasure['steps'] {
  if (!Array.isArray(input.steps)) throw invalid('steps', 'steps ต้องเป็นรายการ', 'steps must be a list');
  if (input.steps.length > MEASURE_LIMITS.steps) {
    throw invalid('steps', `มีขั้นตอนได้ไม่เกิน ${MEASURE_LIMITS.steps} ขั้นตอน`, `at most ${MEASURE_LIMITS.steps} steps`);
  }
  return input.steps.map((step, index) => ({
    text: requiredText(step?.text, `steps.${index}.text`, MEASURE_LIMITS.stepText),
    ownerDivisionId: step.ownerDivisionId ? assertDivision(divisions, step.ownerDivisionId, `steps.${index}.ownerDivisionId`) : null,
    dueDate: step.dueDate ? dateInYear(step.dueDate, `steps.${index}.dueDate`, fiscalYearBe, range) : null,
  }));
}

/** The period's dates as given, else read from the text; text that cannot be read is kept without dates. */
function periodOf(input: MeasureInput, fiscalYearBe: number, range: { start: string; end: string }): Pick<CheckedMeasure, 'periodStart' | 'periodEnd' | 'periodText'> {
  const periodText = optionalText(input.periodText, 'periodText', MEASURE_LIMITS.periodText);
  const hasStart = input.periodStart !== undefined && input.periodStart !== null;
  const hasEnd = input.periodEnd !== undefined && input.periodEnd !== null;
  if (hasStart || hasEnd) {
    if (!hasStart || !hasEnd) {
      const missing = hasStart ? 'periodEnd' : 'periodStart';
      throw invalid(missing, 'ต้องระบุทั้งวันเริ่มและวันสิ้นสุด', 'give both the first and the last day of the period');
    }
    const periodStart = dateInYear(input.periodStart, 'periodStart', fiscalYearBe, range);
    const periodEnd = dateInYear(input.periodEnd, 'periodEnd', fiscalYearBe, range);
    if (periodEnd < periodStart) throw invalid('periodEnd', 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', 'the period ends before it starts');
    return { periodStart, periodEnd, periodText };
  }
  if (periodText === null) return { periodStart: null, periodEnd: null, periodText };
  const parsed = parsePeriodPhrase(periodText, fiscalYearBe);
  if (!parsed.ok) return { periodStart: null, periodEnd: null, periodText };
  if (parsed.start < range.start || parsed.end > range.end) {
    throw invalid(
      'periodText',
      `"${periodText}" คือ ${parsed.start} ถึง ${parsed.end} ซึ่งอยู่นอกปีงบประมาณ ${fiscalYearBe}`,
      `"${periodText}" means ${parsed.start} to ${parsed.end}, outside fiscal year ${fiscalYearBe}`,
    );
  }
  return { periodStart: parsed.start, periodEnd: parsed.end, periodText };
}

function monitoringRuleOf(rule: unknown): MonitoringRule | null {
  if (rule === null) return null;
  const bad = () => invalid('monitoringRule', 'การรายงานผลไม่ถูกต้อง', 'monitoringRule must be monthly, quarterly, semiannual with months 1–12, or days_after_task with days 1–365');
  if (typeof rule !== 'object') throw bad();
  const candidate = rule as { kind?: unknown; months?: unknown; days?: unknown };
  switch (candidate.kind) {
    case 'monthly':
    case 'quarterly':
      return { kind: candidate.kind };
    case 'semiannual': {
      const months = candidate.months;
      if (!Array.isArray(months) || months.length === 0 || months.length > 12 || !months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12)) throw bad();
      return { kind: 'semiannual', months: months as number[] };
    }
    case 'days_after_task': {
      const days = candidate.days;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 365) throw bad();
      return { kind: 'days_after_task', days };
    }
    default:
      throw bad();
  }
}

function evidenceOf(evidence: unknown): EvidenceLink[] {
  if (!Array.isArray(evidence)) throw invalid('evidence', 'evidence ต้องเป็นรายการ', 'evidence must be a list');
  if (evidence.length > MEASURE_LIMITS.evidence) {
    throw invalid('evidence', `มีหลักฐานได้ไม่เกิน ${MEASURE_LIMITS.evidence} รายการ`, `at most ${MEASURE_LIMITS.evidence} evidence links`);
  }
  return evidence.map((link: { title?: unknown; url?: unknown } | null, index) => {
    const url = requiredText(link?.url, `evidence.${index}.url`, MEASURE_LIMITS.evidenceUrl);
    if (!/^https?:\/\/\S+$/i.test(url)) throw invalid(`evidence.${index}.url`, 'ต้องเป็นที่อยู่เว็บ http(s)', 'must be an http(s) address');
    return { title: requiredText(link?.title, `evidence.${index}.title`, MEASURE_LIMITS.evidenceTitle), url };
  });
}

function statusOf(status: unknown): MeasureStatus {
  if (!(MEASURE_STATUSES as readonly unknown[]).includes(status)) {
    throw invalid('status', 'สถานะไม่ถูกต้อง', `the status must be one of ${MEASURE_STATUSES.join(', ')}`);
  }
  return status as MeasureStatus;
}
