import { ImportError, ImportErrorCode } from '../import-error';
import { PlanDocumentInput } from '../import-preview.types';
import { readCsvBlocks } from './csv-source.reader';
import { DocumentBlock } from './document-block.types';
import { readDocxBlocks } from './docx-source.reader';
import { decodeText } from './text-decoder';
import { readTextBlocks } from './text-source.reader';
import { readXlsxBlocks } from './xlsx-source.reader';

/** The format a file name's extension stands for; anything unknown is read as text. */
export type SourceFormat = 'csv' | 'xlsx' | 'docx' | 'text';

/** The format of a file, by its extension (case-insensitive). */
export function formatOf(fileName: string): SourceFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'docx') return 'docx';
  return 'text';
}

function isBlank(content: Uint8Array): boolean {
  return content.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) || (content.length === 3 && content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf);
}

/**
 * Reads a file into lines, rows and breaks, by the format its extension names.
 *
 * @throws ImportError EMPTY_FILE for a file without content, UNREADABLE_FILE for bytes that are
 *   not the format the extension names.
 */
export async function readDocumentBlocks(input: PlanDocumentInput): Promise<DocumentBlock[]> {
  const { fileName, content } = input;
  if (content.length === 0 || isBlank(content)) {
    throw new ImportError(ImportErrorCode.EMPTY_FILE, `ไฟล์ "${fileName}" ว่างเปล่า`, `"${fileName}" is empty`);
  }
  switch (formatOf(fileName)) {
    case 'csv':
      return readCsvBlocks(decodeText(content, fileName), fileName);
    case 'xlsx':
      return readXlsxBlocks(content, fileName);
    case 'docx':
      return readDocxBlocks(content, fileName);
    case 'text':
      return readTextBlocks(decodeText(content, fileName));
  }
}
