import { ImportError, ImportErrorCode } from '../import-error';

/**
 * Reads bytes as text: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark
 * (Excel's "Unicode text"), or else Windows-874 / TIS-620, which Thai Windows uses for CSV.
 *
 * @throws ImportError UNREADABLE_FILE when the bytes are binary (a PDF, an old .doc, an image).
 */
export function decodeText(content: Uint8Array, fileName: string): string {
  if (content[0] === 0xff && content[1] === 0xfe) return new TextDecoder('utf-16le').decode(content.subarray(2));
  if (content[0] === 0xfe && content[1] === 0xff) return new TextDecoder('utf-16be').decode(content.subarray(2));
  if (looksBinary(content)) {
    throw new ImportError(
      ImportErrorCode.UNREADABLE_FILE,
      `ไฟล์ "${fileName}" ไม่ใช่ข้อความ (อาจเป็น PDF หรือไฟล์ Word แบบเก่า) ให้บันทึกเป็น DOCX, XLSX หรือ CSV หรือคัดลอกข้อความมาวาง`,
      `"${fileName}" is not text (perhaps a PDF or an old Word file): save it as DOCX, XLSX or CSV, or paste its text`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return new TextDecoder('windows-874').decode(content);
  }
}

/** NUL bytes, or a PDF / ZIP / OLE signature, mean the file is not text. */
function looksBinary(content: Uint8Array): boolean {
  const head = String.fromCharCode(...content.subarray(0, 4));
  if (head === '%PDF' || head.startsWith('PK') || (content[0] === 0xd0 && content[1] === 0xcf)) return true;
  const sample = content.subarray(0, 4096);
  return sample.includes(0);
}
