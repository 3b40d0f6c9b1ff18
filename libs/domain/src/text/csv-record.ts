/**
 * One CSV field as RFC 4180 writes it: quoted, with every quote doubled, when it holds a quote, a
 * comma, a line break, or space at either end (which some readers trim); otherwise as it is.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record: its fields, each written by {@link csvField}, separated by commas. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * A whole CSV text: a byte order mark (so that Excel reads UTF-8 and shows Thai), the records
 * separated and ended by CRLF as RFC 4180 asks.
 */
export function csvText(records: readonly (readonly string[])[]): string {
  return `\ufeff${records.map(csvRecord).join('\r\n')}\r\n`;
}
