export type { RoundKey, RoundReportDocument, RoundReportRow, RoundReportSection } from './round-report.types';
