/**
 * A round report (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) as every
 * format renders it: the words are final (Thai or Arabic digits already applied, dates written the
 * Thai way), so the DOCX, PDF, XLSX and HTML renderers only lay them out.
 */

/** A report round: a quarter, or the 6- or 12-month round. */
export type RoundKey = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'R6' | 'R12';

/** One row of the official table: one measure. */
export interface RoundReportRow {
  /** ลำดับที่, e.g. "๑" */
  no: string;
  /** มาตรการ/กิจกรรม */
  title: string;
  /** ขั้นตอน/วิธีการปฏิบัติ, each already numbered ("๑. …"). */
  steps: string[];
  /** ระยะเวลาดำเนินการ, e.g. "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘" */
  period: string;
  /** ผู้รับผิดชอบ, e.g. "กองคลัง, สำนักปลัด" */
  owners: string;
  /** สรุปผลการดำเนินการ (empty when the measure has no accepted report for the round). */
  summary: string;
  /** ผลลัพธ์หรือความสำเร็จ */
  outcome: string;
}

/** Rows under an indicator heading (ตัวชี้วัดที่ ๑ …), or under none. */
export interface RoundReportSection {
  heading: string | null;
  rows: RoundReportRow[];
}

export interface RoundReportDocument {
  /** "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๖ เดือน)" */
  title: string;
  /** "องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง" */
  organizationLine: string;
  /** The opening paragraph citing the executive's approval of the measures and its date. */
  opening: string;
  /** The seven column headings, in order. */
  columns: [string, string, string, string, string, string, string];
  sections: RoundReportSection[];
  /** Facts the open-data formats carry besides the text. */
  meta: {
    organizationCode: string;
    fiscalYearBe: number;
    round: RoundKey;
    digits: 'thai' | 'arabic';
    /** Measures without an accepted report for the round, by number: flagged to the coordinator. */
    missing: { no: number; title: string }[];
    /** ISO instant the report was compiled. */
    compiledAt: string;
  };
}
