/** Reporting cadence of a fiscal year: four quarters, or the 6- and 12-month rounds. */
export const CADENCES = ['quarterly', 'semiannual'] as const;
export type Cadence = (typeof CADENCES)[number];

/** How a measure reports to the executives (การรายงานผลและการกำกับติดตาม). */
export type MonitoringRule =
  | { kind: 'monthly' }
  | { kind: 'quarterly' }
  | { kind: 'semiannual'; months: number[] }
  | { kind: 'days_after_task'; days: number };

export const MEASURE_STATUSES = ['draft', 'plan_approval', 'in_progress', 'completed', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export interface MeasureStep {
  text: string;
  ownerDivisionId?: string | null;
  /** ISO date, YYYY-MM-DD. */
  dueDate?: string | null;
}

export interface EvidenceLink {
  title: string;
  url: string;
}
