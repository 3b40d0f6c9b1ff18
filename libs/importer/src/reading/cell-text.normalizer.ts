/**
 * Cell and line text as it comes out of Word, PDF, Markdown and spreadsheets, made readable:
 * HTML line breaks and paragraphs become line breaks, tags and Markdown emphasis go, entities are
 * decoded, "ํา" becomes "ำ", and runs of spaces become one.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Fixes what varies in how Thai is typed or extracted: "ํา" for "ำ", zero-width and no-break spaces. */
export function fixThaiTyping(text: string): string {
  return text
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ');
}

/** The lines of a cell: one per paragraph or line break, each with its spaces collapsed. */
export function cellLines(raw: string): string[] {
  const text = decodeEntities(
    fixThaiTyping(raw)
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(?:p|div|li|h[1-6]|tr)(?:\s[^>]*)?>/gi, '\n')
      .replace(/<\/?[a-z][^>]*>/gi, ' '),
  )
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** A cell as one line: its lines joined by a space. */
export function cellText(raw: string): string {
  return cellLines(raw).join(' ');
}

/**
 * A text without any spaces, lower-case: what header names and titles are compared by, so that
 * "ลำดับ ที่" (a PDF line wrap) and "ลำดับที่" are the same.
 */
export function compactText(raw: string): string {
  return cellText(raw).replace(/\s+/g, '').toLowerCase();
}
