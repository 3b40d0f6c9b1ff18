/**
 * The official table's wording and column shares, and nothing that renders: pure, so the web app
 * previews a report's row exactly as the round report will print it.
 */
export { localizeDigits, numberedSteps, ownersPhrase, periodPhrase, ROUND_REPORT_COLUMNS } from './compile/report-wording';
export { ROUND_REPORT_COLUMN_SHARES } from './render/round-report-table';
export type { RoundReportRow } from './round-report.types';
