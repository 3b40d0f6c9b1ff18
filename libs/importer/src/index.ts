// Import of existing plans and reports (CSV, XLSX, DOCX, text copied out of Word or PDF) into a
// preview, and export of a preview back to CSV and XLSX. Pure: it receives and returns bytes.
export { parsePlanDocument } from './parse-plan-document';
export { ImportError, ImportErrorCode } from './import-error';
export type {
  ImportedMeasure,
  ImportedOrganization,
  ImportedPeriod,
  ImportPreview,
  ImportWarning,
  ImportWarningColumn,
  ParsePlanOptions,
  PlanDocumentInput,
} from './import-preview.types';
export { exportPlanCsv } from './export/plan-csv.exporter';
export { exportPlanXlsx } from './export/plan-xlsx.exporter';
