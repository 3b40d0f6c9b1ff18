import { createDivisionMatcher, parsePeriodPhrase } from '@prongsai/domain';
import { ImportError, ImportErrorCode } from './import-error';
import { ImportedMeasure, ImportPreview, ImportWarning, ParsePlanOptions, PlanDocumentInput } from './import-preview.types';
import { readDocumentHeader } from './reading/document-header.reader';
import { collectMeasureDrafts } from './reading/measure-draft.collector';
import { finalizeMeasure } from './reading/measure.finalizer';
import { assembleMeasureTables } from './reading/measure-table.assembler';
import { CellRecognisers } from './reading/misplaced-cell.corrector';
import { readDocumentBlocks } from './sources/document-source.reader';

/** A fiscal year to recognise period phrases by when the document names none (only to recognise). */
const ANY_FISCAL_YEAR = 2568;

function noTableError(fileName: string, otherTables: readonly string[][]): ImportError {
  const seen = otherTables.length === 0 ? '' : ` (${otherTables.map((headers) => headers.join(', ')).join('; ')})`;
  return new ImportError(
    ImportErrorCode.NO_TABLE,
    `ไม่พบตารางมาตรการใน "${fileName}"${seen}: ตารางต้องมีหัวคอลัมน์ เช่น มาตรการ/โครงการ/กิจกรรม, ขั้นตอน, ผู้รับผิดชอบ, ระยะเวลา`,
    `no table of measures in "${fileName}"${seen}: the table needs headers such as มาตรการ/โครงการ/กิจกรรม, ขั้นตอน, ผู้รับผิดชอบ, ระยะเวลา`,
  );
}

/**
 * Reads an existing plan or report (CSV, XLSX, a Word table, or text copied out of a Word or PDF
 * report) into a preview of the measures it would import: the heading (organisation, district,
 * province, fiscal year, round), each measure's title, indicator, OIT items, steps, owners, period,
 * and in reports the summary and outcome. Every problem comes back as a warning for its row and
 * column; nothing is saved.
 *
 * The format is chosen by the file's extension: .csv, .xlsx, .docx; anything else is read as text.
 *
 * @throws ImportError EMPTY_FILE, UNREADABLE_FILE (bytes not of the named format) or NO_TABLE.
 */
export async function parsePlanDocument(input: PlanDocumentInput, options: ParsePlanOptions = {}): Promise<ImportPreview> {
  const blocks = await readDocumentBlocks(input);
  const document = assembleMeasureTables(blocks);
  if (!document.foundMeasureTable) throw noTableError(input.fileName, document.otherTables);

  const header = readDocumentHeader(document.lines, options.fiscalYear);
  const matchOwners = createDivisionMatcher(options.divisions);
  const recognise: CellRecognisers = {
    isPeriod: (text) => parsePeriodPhrase(text, header.fiscalYear ?? ANY_FISCAL_YEAR).ok,
    isDivisions: (text) => {
      const match = matchOwners(text);
      return (match.owners.length > 0 || match.allDivisions || match.outsideOrganization.length > 0) && match.unmatched.length === 0;
    },
  };
  const measures: ImportedMeasure[] = [];
  const measureWarnings: ImportWarning[] = [];
  collectMeasureDrafts(document.rows, recognise).forEach((draft, index) => {
    const { measure, warnings } = finalizeMeasure(index + 1, draft, { fiscalYear: header.fiscalYear, matchOwners });
    measures.push(measure);
    measureWarnings.push(...warnings);
  });
  return {
    organization: header.organization,
    fiscalYear: header.fiscalYear,
    round: header.round,
    measures,
    warnings: [...header.warnings, ...document.warnings, ...measureWarnings],
  };
}
