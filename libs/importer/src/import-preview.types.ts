/** The file to read: its name (the extension picks the format) and its bytes. */
export interface PlanDocumentInput {
  readonly fileName: string;
  readonly content: Uint8Array;
}

/** What the organisation already knows, used to read the document. */
export interface ParsePlanOptions {
  /**
   * The organisation's division names. Owners are given in these names; without them owners are
   * matched against the standard catalog of usual division names.
   */
  readonly divisions?: readonly string[];
  /** The fiscal year (พ.ศ.) the plan belongs to; wins over the year the document names. */
  readonly fiscalYear?: number;
}

/** The column of the preview a warning is about; "header" is the document's heading. */
export type ImportWarningColumn = 'title' | 'steps' | 'owners' | 'period' | 'indicator' | 'summary' | 'outcome' | 'header';

/** One thing the user should check before saving the import. */
export interface ImportWarning {
  /** The measure's number in the preview (1-based, output order); 0 for the document as a whole. */
  readonly row: number;
  readonly column: ImportWarningColumn;
  /** Thai, then " / ", then English. */
  readonly message: string;
}

/** An inclusive span of days, ISO dates of the Common Era. */
export interface ImportedPeriod {
  readonly start: string;
  readonly end: string;
}

/** One measure (มาตรการ / โครงการ / กิจกรรม) read from the document. */
export interface ImportedMeasure {
  /** 1-based, in document order. */
  readonly no: number;
  readonly title: string;
  /** ITA indicator 1–10 (ตัวชี้วัดที่ …), when the document says which. */
  readonly indicator: number | null;
  /** OIT items the measure answers ("O42"). */
  readonly items: string[];
  readonly steps: string[];
  /** Division names (the organisation's when given, else the standard catalog's). */
  readonly owners: string[];
  /** True when the document says every division ("ทุกกอง", "ทุกหน่วยงาน" …). */
  readonly allDivisions: boolean;
  readonly period: ImportedPeriod | null;
  /** What was done (สรุปผลการดำเนินการ), in reports. */
  readonly summary: string | null;
  /** The effect (ผลลัพธ์หรือความสำเร็จ), in reports. */
  readonly outcome: string | null;
}

/** The organisation the document names in its heading. */
export interface ImportedOrganization {
  readonly name: string | null;
  readonly district: string | null;
  readonly province: string | null;
}

/** What an import would create: shown to the user, nothing is saved. */
export interface ImportPreview {
  readonly organization: ImportedOrganization;
  /** พ.ศ., e.g. 2568. */
  readonly fiscalYear: number | null;
  /** รอบ ๖ เดือน / รอบ ๑๒ เดือน; null when the document names no round (a plan). */
  readonly round: 6 | 12 | null;
  readonly measures: ImportedMeasure[];
  readonly warnings: ImportWarning[];
}
