import { ImportWarning, ImportWarningColumn } from '../import-preview.types';

/** Makes a warning whose message is the Thai text, " / ", then the English text. */
export function importWarning(row: number, column: ImportWarningColumn, thai: string, english: string): ImportWarning {
  return { row, column, message: `${thai} / ${english}` };
}

/** Quotes a text from the document inside a message, shortened when it is long. */
export function quoted(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${shown}"`;
}
