export type { RoundKey, RoundReportDocument, RoundReportRow, RoundReportSection } from './round-report.types';
export { compileRoundReport, NO_INDICATOR_HEADING } from './compile/compile-round-report';
export type { RoundReportInput, RoundReportMeasureInput, RoundReportMeasureReport, RoundReportOrganization } from './compile/round-report-input';
export { ALL_DIVISIONS_TEXT, localizeDigits, ROUND_REPORT_COLUMNS, roundLabel } from './compile/report-wording';
export { CSV_SECTION_COLUMN, roundReportCsv, roundReportJson } from './open-data/round-report-open-data';
export {
  ROUND_REPORT_COLUMN_SHARES,
  ROUND_REPORT_SHEET,
  THAI_COMBINING_MARK,
  breakLines,
  escapeHtml,
  renderRoundReportDocx,
  renderRoundReportHtml,
  renderRoundReportPdf,
  renderRoundReportXlsx,
  type BreakLinesOptions,
  type MeasureText,
} from './render';
