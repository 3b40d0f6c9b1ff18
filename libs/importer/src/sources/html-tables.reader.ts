import { DocumentBlock } from './document-block.types';

interface HtmlCell {
  text: string;
  colspan: number;
  rowspan: number;
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)\/?>|([^<]+)/g;
const LINE_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div']);

function spanOf(attributes: string, name: string): number {
  const found = new RegExp(`${name}\\s*=\\s*"?(\\d+)`, 'i').exec(attributes);
  const value = found === null ? 1 : Number(found[1]);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** Lays out a table's rows on a grid, so that merged cells leave empty cells where they reach. */
function gridRows(rows: HtmlCell[][]): string[][] {
  const carry: number[] = [];
  return rows.map((cells) => {
    const out: string[] = [];
    let col = 0;
    const skipCarried = (): void => {
      while ((carry[col] ?? 0) > 0) {
        carry[col] -= 1;
        out[col] = '';
        col += 1;
      }
    };
    for (const cell of cells) {
      skipCarried();
      for (let k = 0; k < cell.colspan; k += 1) {
        out[col + k] = k === 0 ? cell.text : '';
        carry[col + k] = cell.rowspan - 1;
      }
      col += cell.colspan;
    }
    skipCarried();
    for (let c = 0; c < out.length; c += 1) out[c] ??= '';
    return out;
  });
}

/**
 * Reads HTML as produced by mammoth from a Word document: paragraphs and headings are lines,
 * each table gives its rows (paragraphs inside a cell become line breaks; cells merged across rows
 * or columns leave empty cells, as continuation rows do) followed by a break.
 */
export function readHtmlBlocks(html: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let depth = 0;
  let line = '';
  let rows: HtmlCell[][] = [];
  let cell: HtmlCell | null = null;
  const flushLine = (): void => {
    if (line.trim() !== '') blocks.push({ kind: 'line', text: line });
    line = '';
  };
  for (const token of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes, text] = token;
    if (text !== undefined) {
      if (depth === 0) line += text;
      else if (cell !== null) cell.text += text;
      continue;
    }
    const name = rawName.toLowerCase();
    const opening = closing === '';
    if (name === 'table') {
      if (opening) {
        if (depth === 0) {
          flushLine();
          rows = [];
        }
        depth += 1;
      } else if (depth > 0) {
        depth -= 1;
        if (depth === 0) {
          for (const cells of gridRows(rows)) blocks.push({ kind: 'row', cells });
          blocks.push({ kind: 'break' });
        }
      }
    } else if (depth === 0) {
      if (name === 'br') line += '\n';
      else if (LINE_TAGS.has(name)) flushLine();
    } else if (depth === 1 && name === 'tr' && opening) {
      rows.push([]);
    } else if (depth === 1 && (name === 'td' || name === 'th')) {
      if (opening) {
        cell = { text: '', colspan: spanOf(attributes, 'colspan'), rowspan: spanOf(attributes, 'rowspan') };
        if (rows.length === 0) rows.push([]);
        rows[rows.length - 1].push(cell);
      } else {
        cell = null;
      }
    } else if (cell !== null) {
      if (name === 'br' || (!opening && (LINE_TAGS.has(name) || name === 'tr'))) cell.text += '\n';
      else if (!opening && (name === 'td' || name === 'th')) cell.text += ' ';
    }
  }
  flushLine();
  return blocks;
}
