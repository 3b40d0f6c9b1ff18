/**
 * A document reduced to what the importer reads, whatever its format: lines of text between
 * tables, table rows (cells as written, possibly holding <br>, <p> or line breaks), and breaks
 * (a blank line, the end of a table) that end a group of rows.
 */
export type DocumentBlock =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'row'; readonly cells: readonly string[] }
  | { readonly kind: 'break' };
