import mammoth from 'mammoth';
import { ImportError, ImportErrorCode } from '../import-error';
import { DocumentBlock } from './document-block.types';
import { readHtmlBlocks } from './html-tables.reader';

/**
 * Reads a Word (DOCX) document through mammoth's HTML: its paragraphs as lines, its tables as rows.
 *
 * @throws ImportError UNREADABLE_FILE when the bytes are not a DOCX document.
 */
export async function readDocxBlocks(content: Uint8Array, fileName: string): Promise<DocumentBlock[]> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(content.buffer, content.byteOffset, content.byteLength) });
    html = result.value;
  } catch (cause) {
    throw new ImportError(
      ImportErrorCode.UNREADABLE_FILE,
      `ไฟล์ "${fileName}" ไม่ใช่ไฟล์ Word (DOCX) ที่อ่านได้ ถ้าเป็นไฟล์ .doc แบบเก่า ให้บันทึกเป็น .docx ก่อน`,
      `"${fileName}" is not a readable Word (DOCX) document; an old .doc file must be saved as .docx first`,
      { cause },
    );
  }
  return readHtmlBlocks(html);
}
