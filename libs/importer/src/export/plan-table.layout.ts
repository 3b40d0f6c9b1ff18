import { formatThaiDate, toThaiDigits } from '@prongsai/domain';
import { ImportedMeasure, ImportPreview } from '../import-preview.types';

/** One column of an exported plan: its Thai header (which the importer reads back) and its cells. */
export interface ExportColumn {
  readonly header: string;
  /** Width in characters, for spreadsheets. */
  readonly width: number;
  readonly cell: (measure: ImportedMeasure) => string;
}

/** How an exported plan is laid out: heading lines above a table. */
export interface PlanSheet {
  readonly headingLines: string[];
  readonly columns: readonly ExportColumn[];
  readonly rows: string[][];
}

/** Written for "every division", as the seeds write it. */
export const ALL_DIVISIONS_TEXT = 'ทุกกอง';

function periodText(measure: ImportedMeasure): string {
  if (measure.period === null) return '';
  const start = formatThaiDate(measure.period.start, { style: 'short' });
  const end = formatThaiDate(measure.period.end, { style: 'short' });
  return start === end ? start : `${start} – ${end}`;
}

const COLUMNS: readonly ExportColumn[] = [
  { header: 'ลำดับที่', width: 8, cell: (m) => toThaiDigits(m.no) },
  { header: 'มาตรการ/โครงการ/กิจกรรม', width: 40, cell: (m) => m.title },
  { header: 'ตัวชี้วัด', width: 10, cell: (m) => (m.indicator === null ? '' : toThaiDigits(m.indicator)) },
  { header: 'ข้อมูล OIT', width: 12, cell: (m) => m.items.join(', ') },
  { header: 'ขั้นตอน/วิธีการปฏิบัติ', width: 60, cell: (m) => m.steps.map((step, i) => `${toThaiDigits(i + 1)}. ${step}`).join('\n') },
  { header: 'ผู้รับผิดชอบ', width: 24, cell: (m) => [...(m.allDivisions ? [ALL_DIVISIONS_TEXT] : []), ...m.owners].join(' / ') },
  { header: 'ระยะเวลาดำเนินการ', width: 26, cell: periodText },
];
const SUMMARY: ExportColumn = { header: 'สรุปผลการดำเนินการ', width: 50, cell: (m) => m.summary ?? '' };
const OUTCOME: ExportColumn = { header: 'ผลลัพธ์หรือความสำเร็จ', width: 40, cell: (m) => m.outcome ?? '' };

function headingLines(preview: ImportPreview): string[] {
  const isReport = preview.measures.some((m) => m.summary !== null || m.outcome !== null);
  const lines = [isReport ? 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส' : 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส'];
  const { name, district, province } = preview.organization;
  const organization = [name, district === null ? null : `อำเภอ${district}`, province === null ? null : `จังหวัด${province}`].filter(
    (part): part is string => part !== null,
  );
  if (organization.length > 0) lines.push(organization.join(' '));
  const year = preview.fiscalYear === null ? [] : [`ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(preview.fiscalYear)}`];
  const round = preview.round === null ? [] : [`รอบ ${toThaiDigits(preview.round)} เดือน`];
  if (year.length + round.length > 0) lines.push([...year, ...round].join(' '));
  return lines;
}

/**
 * Lays a preview out as the seeds do: heading lines (organisation, fiscal year, round), then a
 * table with Thai headers, one row per measure, steps numbered ๑. ๒. on their own lines. The
 * summary and outcome columns are there when some measure has them.
 */
export function planSheet(preview: ImportPreview): PlanSheet {
  const columns = [
    ...COLUMNS,
    ...(preview.measures.some((m) => m.summary !== null) ? [SUMMARY] : []),
    ...(preview.measures.some((m) => m.outcome !== null) ? [OUTCOME] : []),
  ];
  return {
    headingLines: headingLines(preview),
    columns,
    rows: preview.measures.map((measure) => columns.map((column) => column.cell(measure))),
  };
}
