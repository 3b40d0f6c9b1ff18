import { DocumentBlock } from './document-block.types';

const MARKDOWN_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Splits a Markdown table row "| a | b |" into its cells, keeping escaped pipes ("\|"). */
function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|'));
}

/** Removes Markdown heading marks, emphasis and hard-break spaces from a line of prose. */
function plainLine(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .trim();
}

/**
 * Reads text copied out of a Word or PDF report: tab-separated lines and Markdown pipe rows are
 * table rows, blank lines are breaks, anything else is a line of prose.
 */
export function readTextBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const line of text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)) {
    if (line.trim() === '') {
      blocks.push({ kind: 'break' });
    } else if (MARKDOWN_RULE.test(line) && line.includes('-')) {
      continue;
    } else if (line.trim().startsWith('|')) {
      blocks.push({ kind: 'row', cells: pipeCells(line) });
    } else if (line.includes('\t')) {
      blocks.push({ kind: 'row', cells: line.split('\t') });
    } else {
      const plain = plainLine(line);
      blocks.push(plain === '' ? { kind: 'break' } : { kind: 'line', text: plain });
    }
  }
  return blocks;
}
