import type { DigitStyle, OrganizationType } from '@prongsai/domain';
import type { RoundKey } from '../round-report.types';

/** The organisation a round report is about, as it is set up in Prongsai. */
export interface RoundReportOrganization {
  /** Short code ("samai"), carried into `meta.organizationCode`. */
  code: string;
  /** "องค์การบริหารส่วนตำบลสมัย"; a bare "สมัย" gets the prefix of its type. */
  name: string;
  type: OrganizationType;
  /** อำเภอ, without the word อำเภอ ("สบปราบ"); empty or null when unknown. */
  district: string | null;
  /** จังหวัด, without the word จังหวัด ("ลำปาง"); empty or null when unknown. */
  province: string | null;
  /** Thai (๑๒๓) or Arabic (123) digits, used everywhere in the report. */
  numeralStyle: DigitStyle;
}

/** What a measure reported for the round: its accepted or published report. */
export interface RoundReportMeasureReport {
  /** สรุปผลการดำเนินการ: what was done and its results. */
  summary: string;
  /** ผลลัพธ์หรือความสำเร็จ */
  outcome: string;
}

/** One measure of the fiscal year, in the plan's order. */
export interface RoundReportMeasureInput {
  /** ลำดับที่ within the fiscal year. */
  no: number;
  title: string;
  /** ITA indicator 1–10 the measure answers, or null. */
  indicator: number | null;
  /** The steps' texts in order, without their numbers (a number already written is dropped). */
  steps: string[];
  /** ISO dates (Common Era) of the period, or null when the plan gave none that could be read. */
  period: { start: string; end: string } | null;
  /** The period as the plan wrote it; shown only when there are no dates. */
  periodText?: string | null;
  /** Owning divisions' names, the lead first. */
  owners: string[];
  /** Every division owns it ("ทุกกอง/สำนัก"). */
  allDivisions?: boolean;
  /** The report for the round, or null when there is none: the measure is listed in `meta.missing`. */
  report: RoundReportMeasureReport | null;
}

/** Plain data a round report is compiled from: no database, no clock unless `compiledAt` is left out. */
export interface RoundReportInput {
  organization: RoundReportOrganization;
  /** ปีงบประมาณ พ.ศ., e.g. 2568. */
  fiscalYearBe: number;
  round: RoundKey;
  /** ISO date the executive approved the year's measures (เห็นชอบมาตรการ), or null when unknown. */
  planApprovedOn: string | null;
  /** The division that gathered the results, named in the opening ("สำนักปลัด"). */
  coordinatorDivision?: string | null;
  measures: RoundReportMeasureInput[];
  /**
   * Names of the ITA indicators by number, from the organisation's own catalog of the year; the
   * published names of `@prongsai/reference-data` fill in the rest.
   */
  indicatorNames?: Readonly<Record<number, string>>;
  /** ISO instant written as `meta.compiledAt`; the current time when left out. */
  compiledAt?: string;
}
