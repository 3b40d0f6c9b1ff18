import { formatNumber, type DigitStyle } from '@prongsai/domain';
import type { Measure } from '../../api/types';
// The round report's own wording, so the preview says exactly what the compiled report will say.
import { localizeDigits, numberedSteps, ownersPhrase, periodPhrase, type RoundReportRow } from '@prongsai/reports/official-table';
import { summaryText, type ReportForm } from './report-content';

export function digitStyleOf(numeralStyle: string | null | undefined): DigitStyle {
  return numeralStyle === 'arabic' ? 'arabic' : 'thai';
}

/** The measure's row with the report being written: the summary is what was done, then its results. */
export function officialRow(measure: Measure, form: Pick<ReportForm, 'done' | 'results' | 'outcome'>, style: DigitStyle): RoundReportRow {
  const text = (value: string | null | undefined) => localizeDigits((value ?? '').trim(), style);
  const owners = [...measure.owners].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1)).map((owner) => owner.divisionName);
  return {
    no: formatNumber(measure.no, style),
    title: text(measure.title),
    steps: numberedSteps(
      [...measure.steps].sort((a, b) => a.position - b.position).map((step) => step.text),
      style,
    ),
    period: measure.period.start && measure.period.end ? periodPhrase({ start: measure.period.start, end: measure.period.end }, style) : text(measure.period.text),
    owners: ownersPhrase(owners, measure.allDivisions, style),
    summary: text(summaryText(form)),
    outcome: text(form.outcome),
  };
}
