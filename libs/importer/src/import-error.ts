/** Why a file could not be read at all. */
export enum ImportErrorCode {
  /** The file has no content. */
  EMPTY_FILE = 'EMPTY_FILE',
  /** The bytes are not what the extension says (a broken XLSX or DOCX, a PDF, a binary file). */
  UNREADABLE_FILE = 'UNREADABLE_FILE',
  /** The file was read but holds no table of measures. */
  NO_TABLE = 'NO_TABLE',
}

/**
 * A file that cannot be imported. `message` is Thai, then " / ", then English, like import
 * warnings; the two halves are also kept apart for the API's error filter.
 */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly messageTh: string,
    readonly messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(`${messageTh} / ${messageEn}`, options);
    this.name = 'ImportError';
  }
}
