import type { Division, Lifecycle, LifecycleReportSnapshot, Measure, ReportContent } from '../../api/types';

/** Where a period's report stands, as the completion chart stacks it. */
export type ReportStage = 'signed_off' | 'awaiting_sign_off' | 'awaiting_review' | 'returned' | 'not_reported';
export const REPORT_STAGES: ReportStage[] = ['signed_off', 'awaiting_sign_off', 'awaiting_review', 'returned', 'not_reported'];

/** The cadence periods in reading order; a step's own due date (step-n) is not a period of the chart. */
const PERIOD_ORDER = ['Q1', 'Q2', 'Q3', 'Q4', 'R6', 'R12'];

/** Measures being carried out: drafts, plans still waiting for approval and cancelled measures do not count. */
const ACTIVE: Lifecycle['status'][] = ['assignment', 'in_progress', 'completed'];

const SENT_IN: LifecycleReportSnapshot['status'][] = ['submitted', 'accepted', 'returned', 'returned_by_executive', 'signed_off'];
// Returned by the coordinator or by the executive: either way the owners write it again.
const STILL_OWED: LifecycleReportSnapshot['status'][] = ['open', 'draft', 'returned', 'returned_by_executive'];

export interface PeriodFigures {
  periodKey: string;
  total: number;
  counts: Record<ReportStage, number>;
}

export interface OnTimeFigures {
  /** Sent in by the due date. */
  onTime: number;
  /** Sent in after the due date. */
  late: number;
  /** Past the due date and not sent in yet: not on time either. */
  overdue: number;
  /** onTime out of all three, 0–100, or null when no report was due or sent yet. */
  rate: number | null;
}

export interface OverdueReport {
  measureId: string;
  measureNo: number;
  measureTitle: string;
  periodKey: string;
  dueDate: string;
  daysLate: number;
  status: LifecycleReportSnapshot['status'];
  allDivisions: boolean;
  divisionNames: string[];
}

export interface ProgressFigures {
  measures: number;
  /** Average of the measures' latest reported completion (a measure not reported yet counts 0), or null without measures. */
  averageCompletion: number | null;
  /** Reports whose period has opened. */
  reportsOpened: number;
  signedOff: number;
  overdue: number;
}

export interface DivisionFigures extends ProgressFigures {
  divisionId: string;
  name: string;
}

export interface IndicatorFigures extends ProgressFigures {
  indicatorNo: number | null;
}

export interface DashboardFigures {
  overall: ProgressFigures;
  periods: PeriodFigures[];
  onTime: OnTimeFigures;
  overdue: OverdueReport[];
  overdueByDivision: { divisionId: string; name: string; count: number }[];
  byDivision: DivisionFigures[];
  byIndicator: IndicatorFigures[];
}

export interface DashboardInput {
  lifecycles: Lifecycle[];
  measures: Measure[];
  divisions: Division[];
  /** Today in Bangkok, an ISO date (todayInBangkok()). */
  today: string;
}

/** A published record stands while its correction is drafted: it still counts as signed off. */
export function stageOf(report: LifecycleReportSnapshot): ReportStage {
  switch (report.status) {
    case 'signed_off':
      return 'signed_off';
    case 'accepted':
      return 'awaiting_sign_off';
    case 'submitted':
      return 'awaiting_review';
    case 'returned':
    case 'returned_by_executive':
      return 'returned';
    default:
      return (report.publishedVersions?.length ?? 0) > 0 ? 'signed_off' : 'not_reported';
  }
}

function wasSentIn(report: LifecycleReportSnapshot): boolean {
  return SENT_IN.includes(report.status) || Boolean(report.submittedAt) || (report.publishedVersions?.length ?? 0) > 0;
}

/** What a report last said once sent in (a draft not sent yet says nothing). */
function reportedContent(report: LifecycleReportSnapshot): ReportContent | null {
  if (SENT_IN.includes(report.status) && report.content) return report.content;
  const published = report.publishedVersions ?? [];
  return published.length > 0 ? published[published.length - 1].content : null;
}

export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / 86_400_000);
}

export function isOverdue(report: LifecycleReportSnapshot, today: string): boolean {
  return STILL_OWED.includes(report.status) && report.dueDate < today;
}

/** The completion of the report sent in last (0 when nothing was reported yet). */
export function latestCompletion(lifecycle: Lifecycle): number {
  const reported = lifecycle.reports
    .map((report) => ({ report, content: reportedContent(report) }))
    .filter((entry): entry is { report: LifecycleReportSnapshot; content: ReportContent } => entry.content !== null)
    .sort((a, b) => (a.report.submittedAt ?? '').localeCompare(b.report.submittedAt ?? '') || a.report.dueDate.localeCompare(b.report.dueDate));
  return reported.length > 0 ? reported[reported.length - 1].content.completion : 0;
}

interface ActiveMeasure {
  measure: Measure;
  lifecycle: Lifecycle;
  divisionIds: string[];
}

function progressOf(entries: ActiveMeasure[], today: string): ProgressFigures {
  const reports = entries.flatMap((entry) => entry.lifecycle.reports);
  return {
    measures: entries.length,
    averageCompletion: entries.length === 0 ? null : Math.round(entries.reduce((sum, entry) => sum + latestCompletion(entry.lifecycle), 0) / entries.length),
    reportsOpened: reports.filter((report) => report.status !== 'not_open').length,
    signedOff: reports.filter((report) => stageOf(report) === 'signed_off').length,
    overdue: reports.filter((report) => isOverdue(report, today)).length,
  };
}

function emptyCounts(): Record<ReportStage, number> {
  return { signed_off: 0, awaiting_sign_off: 0, awaiting_review: 0, returned: 0, not_reported: 0 };
}

/** Every figure of the dashboard, from the year's lifecycles and measures as of `today`. */
export function dashboardFigures({ lifecycles, measures, divisions, today }: DashboardInput): DashboardFigures {
  const measureById = new Map(measures.map((measure) => [measure.id, measure]));
  const divisionName = new Map<string, string>();
  for (const measure of measures) for (const owner of measure.owners) divisionName.set(owner.divisionId, owner.divisionName);
  for (const division of divisions) divisionName.set(division.id, division.name);
  const divisionOrder = [...divisions.map((division) => division.id), ...[...divisionName.keys()].filter((id) => !divisions.some((division) => division.id === id))];

  const active: ActiveMeasure[] = lifecycles.flatMap((lifecycle) => {
    const measure = measureById.get(lifecycle.measureId);
    if (!measure || !ACTIVE.includes(lifecycle.status)) return [];
    // An all-divisions measure is every division's work.
    const divisionIds = measure.allDivisions ? divisions.map((division) => division.id) : [...new Set(measure.owners.map((owner) => owner.divisionId))];
    return [{ measure, lifecycle, divisionIds }];
  });
  active.sort((a, b) => a.measure.no - b.measure.no);

  const periodKeys = PERIOD_ORDER.filter((key) => active.some((entry) => entry.lifecycle.reports.some((report) => report.periodKey === key)));
  const periods = periodKeys.map((periodKey) => {
    const counts = emptyCounts();
    let total = 0;
    for (const entry of active) {
      const report = entry.lifecycle.reports.find((candidate) => candidate.periodKey === periodKey);
      if (!report) continue;
      counts[stageOf(report)] += 1;
      total += 1;
    }
    return { periodKey, total, counts };
  });

  const onTime: OnTimeFigures = { onTime: 0, late: 0, overdue: 0, rate: null };
  const overdue: OverdueReport[] = [];
  for (const { measure, lifecycle, divisionIds } of active) {
    for (const report of lifecycle.reports) {
      if (wasSentIn(report)) {
        if (report.late) onTime.late += 1;
        else onTime.onTime += 1;
      } else if (isOverdue(report, today)) onTime.overdue += 1;
      if (isOverdue(report, today)) {
        overdue.push({
          measureId: measure.id,
          measureNo: measure.no,
          measureTitle: measure.title,
          periodKey: report.periodKey,
          dueDate: report.dueDate,
          daysLate: daysBetween(report.dueDate, today),
          status: report.status,
          allDivisions: measure.allDivisions,
          divisionNames: divisionIds.map((id) => divisionName.get(id) ?? id),
        });
      }
    }
  }
  const counted = onTime.onTime + onTime.late + onTime.overdue;
  onTime.rate = counted === 0 ? null : Math.round((onTime.onTime / counted) * 100);
  overdue.sort((a, b) => b.daysLate - a.daysLate || a.measureNo - b.measureNo);

  const takingPart = divisionOrder.filter((id) => active.some((entry) => entry.divisionIds.includes(id)));
  const byDivision = takingPart.map((divisionId) => ({
    divisionId,
    name: divisionName.get(divisionId) ?? divisionId,
    ...progressOf(
      active.filter((entry) => entry.divisionIds.includes(divisionId)),
      today,
    ),
  }));
  const overdueByDivision = byDivision.map((division) => ({ divisionId: division.divisionId, name: division.name, count: division.overdue })).sort((a, b) => b.count - a.count);

  const indicators = [...new Set(active.map((entry) => entry.measure.indicatorNo))].sort((a, b) => (a ?? 99) - (b ?? 99));
  const byIndicator = indicators.map((indicatorNo) => ({
    indicatorNo,
    ...progressOf(
      active.filter((entry) => entry.measure.indicatorNo === indicatorNo),
      today,
    ),
  }));

  return { overall: progressOf(active, today), periods, onTime, overdue, overdueByDivision, byDivision, byIndicator };
}
