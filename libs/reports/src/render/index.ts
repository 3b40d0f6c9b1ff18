export { renderRoundReportDocx } from './round-report.docx';
export { escapeHtml, renderRoundReportHtml } from './round-report.html';
export { renderRoundReportPdf } from './round-report.pdf';
export { ROUND_REPORT_SHEET, renderRoundReportXlsx } from './round-report.xlsx';
export { ROUND_REPORT_COLUMN_SHARES, columnWidths, pageNumberText } from './round-report-table';
export { THAI_COMBINING_MARK, breakLines, unbreakablePieces, type BreakLinesOptions, type MeasureText } from './thai-line-breaker';
