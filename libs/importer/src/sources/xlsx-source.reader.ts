import { Cell, Workbook, Worksheet } from 'exceljs';
import { ImportError, ImportErrorCode } from '../import-error';
import { DocumentBlock } from './document-block.types';

/** The text a cell shows; a cell covered by a merge reads empty, like the continuation rows of Word. */
function cellShownText(cell: Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10);
  return cell.text ?? '';
}

function sheetBlocks(sheet: Worksheet): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellShownText(row.getCell(c)));
    while (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
    blocks.push(cells.length === 0 ? { kind: 'break' } : { kind: 'row', cells });
  }
  blocks.push({ kind: 'break' });
  return blocks;
}

/**
 * Reads every worksheet of an XLSX workbook, in order, into rows; blank rows and the end of a
 * sheet are breaks.
 *
 * @throws ImportError UNREADABLE_FILE when the bytes are not an XLSX workbook.
 */
export async function readXlsxBlocks(content: Uint8Array, fileName: string): Promise<DocumentBlock[]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch (cause) {
    throw new ImportError(
      ImportErrorCode.UNREADABLE_FILE,
      `ไฟล์ "${fileName}" ไม่ใช่ไฟล์ Excel (XLSX) ที่อ่านได้ ถ้าเป็นไฟล์ .xls แบบเก่า ให้บันทึกเป็น .xlsx ก่อน`,
      `"${fileName}" is not a readable Excel (XLSX) workbook; an old .xls file must be saved as .xlsx first`,
      { cause },
    );
  }
  return workbook.worksheets.flatMap(sheetBlocks);
}
