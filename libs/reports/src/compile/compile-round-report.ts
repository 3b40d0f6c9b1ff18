import { formatNumber, formatThaiDate, type DigitStyle } from '@prongsai/domain';
import { itaIndicators } from '@prongsai/reference-data';
import type { RoundReportDocument, RoundReportRow, RoundReportSection } from '../round-report.types';
import {
  executiveTitle,
  indicatorHeading,
  localizeDigits,
  MEASURES_NAME,
  numberedSteps,
  organizationFullName,
  organizationLine,
  ownersPhrase,
  periodPhrase,
  ROUND_REPORT_COLUMNS,
  roundLabel,
} from './report-wording';
import type { RoundReportInput, RoundReportMeasureInput } from './round-report-input';

/** The heading of the measures that name no indicator, when others do. */
export const NO_INDICATOR_HEADING = 'มาตรการที่ไม่ระบุตัวชี้วัด';

/**
 * Compiles a round report (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน)
 * from plain data, in the words of the published reports: the title with the fiscal year and the
 * round, the organisation line, the opening citing the executive's approval, the seven columns, and
 * one row per measure with numbered steps, the period, the owners and the round's results. Every
 * digit is written in the organisation's style. Measures that name ITA indicators are grouped under
 * "ตัวชี้วัดที่ n …" headings (by indicator number); otherwise there is one section without a heading.
 * Measures without a report for the round are listed in `meta.missing`.
 *
 * Pure: the same input (with `compiledAt`) gives the same document.
 *
 * @throws RangeError when the round, a date or the fiscal year is not valid.
 */
export function compileRoundReport(input: RoundReportInput): RoundReportDocument {
  const style = input.organization.numeralStyle;
  const year = formatNumber(input.fiscalYearBe, style);
  const round = roundLabel(input.round, style);
  return {
    title: `รายงานผลการดำเนินการตาม${MEASURES_NAME}ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${year} (${round})`,
    organizationLine: organizationLine(input.organization),
    opening: opening(input, style),
    columns: [...ROUND_REPORT_COLUMNS],
    sections: sections(input, style),
    meta: {
      organizationCode: input.organization.code,
      fiscalYearBe: input.fiscalYearBe,
      round: input.round,
      digits: style,
      missing: input.measures.filter((measure) => !hasReport(measure)).map((measure) => ({ no: measure.no, title: measure.title.trim() })),
      compiledAt: input.compiledAt ?? new Date().toISOString(),
    },
  };
}

/**
 * "ตามที่นายก… ได้เห็นชอบมาตรการ… ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เมื่อวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘ นั้น
 * สำนักปลัดได้รวบรวมผลการดำเนินการ… รอบ ๖ เดือน ดังนี้", as seed 001 writes it.
 */
function opening(input: RoundReportInput, style: DigitStyle): string {
  const organization = organizationFullName(input.organization);
  const year = formatNumber(input.fiscalYearBe, style);
  const measures = `${MEASURES_NAME}ภายใน${organization} ประจำปีงบประมาณ พ.ศ. ${year}`;
  const approvedOn = input.planApprovedOn ? ` เมื่อวันที่ ${formatThaiDate(input.planApprovedOn, { digits: style })}` : '';
  const coordinator = input.coordinatorDivision?.trim();
  const gathered = coordinator
    ? `${localizeDigits(coordinator, style)}ได้รวบรวมผลการดำเนินการตาม${measures} ${roundLabel(input.round, style)} ดังนี้`
    : `จึงขอรายงานผลการดำเนินการตามมาตรการดังกล่าว ${roundLabel(input.round, style)} ดังนี้`;
  return `ตามที่${executiveTitle(input.organization)} ได้เห็นชอบ${measures}${approvedOn} นั้น ${gathered}`;
}

function sections(input: RoundReportInput, style: DigitStyle): RoundReportSection[] {
  const rows = input.measures.map((measure) => ({ measure, row: row(measure, input, style) }));
  if (input.measures.every((measure) => measure.indicator === null)) {
    return [{ heading: null, rows: rows.map(({ row: r }) => r) }];
  }
  const names = indicatorNames(input);
  const indicators = [...new Set(input.measures.flatMap((measure) => (measure.indicator === null ? [] : [measure.indicator])))].sort((a, b) => a - b);
  const grouped: RoundReportSection[] = indicators.map((indicator) => ({
    heading: indicatorHeading(indicator, names.get(indicator), style),
    rows: rows.filter(({ measure }) => measure.indicator === indicator).map(({ row: r }) => r),
  }));
  const without = rows.filter(({ measure }) => measure.indicator === null).map(({ row: r }) => r);
  return without.length === 0 ? grouped : [...grouped, { heading: NO_INDICATOR_HEADING, rows: without }];
}

function row(measure: RoundReportMeasureInput, input: RoundReportInput, style: DigitStyle): RoundReportRow {
  const text = (value: string) => localizeDigits(value.trim(), style);
  const report = hasReport(measure) ? measure.report : null;
  return {
    no: formatNumber(measure.no, style),
    title: text(measure.title),
    steps: numberedSteps(measure.steps, style),
    period: measure.period ? periodPhrase(measure.period, style) : text(measure.periodText ?? ''),
    owners: ownersPhrase(measure.owners, measure.allDivisions ?? false, style),
    summary: text(report?.summary ?? ''),
    outcome: text(report?.outcome ?? ''),
  };
}

/** A report counts when it says something: one with neither a summary nor an outcome is missing. */
function hasReport(measure: RoundReportMeasureInput): measure is RoundReportMeasureInput & { report: NonNullable<RoundReportMeasureInput['report']> } {
  return measure.report !== null && (measure.report.summary.trim() !== '' || measure.report.outcome.trim() !== '');
}

/** The organisation's names of the indicators for the year, over the published ones. */
function indicatorNames(input: RoundReportInput): Map<number, string> {
  const names = new Map(itaIndicators().map((indicator) => [indicator.no, indicator.name]));
  for (const [no, name] of Object.entries(input.indicatorNames ?? {})) {
    if (name.trim() !== '') names.set(Number(no), name.trim());
  }
  return names;
}
