import type { EvidenceLink, MeasureStatus, MonitoringRule } from '@prongsai/domain';

/** A step as given: its text, and optionally its own owner and due date (YYYY-MM-DD). */
export interface MeasureStepInput {
  text: string;
  ownerDivisionId?: string | null;
  dueDate?: string | null;
}

/**
 * A measure as the API, the CLI and the plan importer give it. Owners are `ownerDivisionIds`
 * (the first leads, the rest support) or `allDivisions`; the period is `periodStart`/`periodEnd`,
 * or `periodText` read with parsePeriodPhrase when the dates are absent.
 */
export interface MeasureInput {
  /** ลำดับที่ within the fiscal year; the next free number when omitted. */
  no?: number | null;
  title: string;
  issueToImprove?: string | null;
  indicatorNo?: number | null;
  itemCodes?: string[] | null;
  steps: MeasureStepInput[];
  ownerDivisionIds?: string[] | null;
  allDivisions?: boolean | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  periodText?: string | null;
  monitoringRule?: MonitoringRule | null;
  expectedOutcome?: string | null;
  summary?: string | null;
  outcome?: string | null;
  evidence?: EvidenceLink[] | null;
  /** Draft when omitted; imports of past years bring completed measures. */
  status?: MeasureStatus | null;
}

/** Changes to a measure: any field of {@link MeasureInput}; `version` guards against lost updates. */
export type MeasureChanges = Partial<Omit<MeasureInput, 'status'>> & {
  /** The version the change was made on; a 409 when the measure changed since. */
  version?: number;
};

/** Filters of a measure list; all optional. */
export interface MeasureFilter {
  fiscalYearBe?: number;
  /** Measures the division leads, supports, owns a step of, or all-divisions measures. */
  divisionId?: string;
  indicatorNo?: number;
  status?: MeasureStatus;
}

/** The limits every entry point shares. */
export const MEASURE_LIMITS = {
  title: 2000,
  longText: 10000,
  periodText: 500,
  steps: 50,
  stepText: 2000,
  itemCodes: 100,
  evidence: 50,
  evidenceTitle: 500,
  evidenceUrl: 2000,
  no: 9999,
} as const;
