/**
 * Line breaking for Thai text, which has no spaces between words: lines break only between the words
 * `Intl.Segmenter('th', { granularity: 'word' })` finds (or at spaces), never inside a word and never
 * inside a grapheme cluster, so vowels and tone marks stay on their consonant. Pure: the caller gives
 * the width of a string in the font and size it will draw with.
 */

/** Width of a string in the unit of the available width (points for PDF). */
export type MeasureText = (text: string) => number;

/** Options of {@link breakLines}. */
export interface BreakLinesOptions {
  /** Less room on the first line of every paragraph (a first-line indent), in the unit of the width. */
  readonly firstLineIndent?: number;
}

/**
 * Thai characters that sit on the consonant before them and so can never begin a line or a piece of
 * text: MAI HAN-AKAT, the upper and lower vowels, PHINTHU, MAITAIKHU, the tone marks, THANTHAKHAT,
 * NIKHAHIT and YAMAKKAN (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E).
 */
export const THAI_COMBINING_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

const STARTS_WITH_COMBINING_MARK = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** Thai signs that belong to the word before them: MAI YAMOK (ๆ) and PAIYANNOI (ฯ). */
const STARTS_WITH_TRAILING_SIGN = /^[ๆฯ]/;
/** Spaces a line may break at; the no-break spaces (U+00A0, U+202F) are not among them. */
const BREAKING_SPACE = /^[^\S\u00A0\u202F]+$/;
const OPENING_PUNCTUATION = /^[([{“‘«]+$/;
const STRAIGHT_QUOTE = /^["']$/;

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** A piece of a paragraph no line may break inside, and whether a space comes before it. */
interface Atom {
  text: string;
  spaceBefore: boolean;
}

/**
 * Breaks text into lines no wider than `width`: each `\n` starts a paragraph, and each paragraph is
 * filled greedily with whole words. A word wider than a whole line (a long URL) is the one thing cut,
 * and then only between grapheme clusters. Spaces at a break are dropped; an empty paragraph gives an
 * empty line, an empty text no line at all.
 *
 * @example breakLines('สำนักปลัดได้ดำเนินการ', 60, measure) // ['สำนักปลัด', 'ได้ดำเนินการ'] with a fitting measure
 */
export function breakLines(text: string, width: number, measure: MeasureText, options: BreakLinesOptions = {}): string[] {
  if (text === '') return [];
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    lines.push(...breakParagraph(paragraph, width, measure, options.firstLineIndent ?? 0));
  }
  return lines;
}

/**
 * The pieces of a paragraph no line may break inside: the words `Intl.Segmenter` finds, with the
 * punctuation after a word (".", ",", ")", "/", "ๆ", "ฯ") kept on it and opening brackets and quotes
 * kept on the word after them.
 */
export function unbreakablePieces(paragraph: string): { text: string; spaceBefore: boolean }[] {
  const atoms: Atom[] = [];
  let pendingSpace = false;
  let glueToNext = false;
  for (const { segment, isWordLike } of wordSegmenter.segment(paragraph)) {
    if (BREAKING_SPACE.test(segment)) {
      pendingSpace = atoms.length > 0;
      glueToNext = false;
      continue;
    }
    const opening = OPENING_PUNCTUATION.test(segment) || (STRAIGHT_QUOTE.test(segment) && (pendingSpace || atoms.length === 0));
    const last = atoms[atoms.length - 1];
    const attaches =
      last !== undefined &&
      (glueToNext ||
        (!pendingSpace && ((!isWordLike && !opening) || STARTS_WITH_COMBINING_MARK.test(segment) || STARTS_WITH_TRAILING_SIGN.test(segment))));
    if (attaches) {
      last.text += segment;
    } else {
      atoms.push({ text: segment, spaceBefore: pendingSpace });
    }
    glueToNext = opening;
    pendingSpace = false;
  }
  return atoms;
}

function breakParagraph(paragraph: string, width: number, measure: MeasureText, firstLineIndent: number): string[] {
  const atoms = unbreakablePieces(paragraph);
  if (atoms.length === 0) return [''];
  const spaceWidth = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const room = () => (lines.length === 0 ? width - firstLineIndent : width);
  for (const atom of atoms) {
    const atomWidth = measure(atom.text);
    if (line !== '') {
      const gap = atom.spaceBefore ? spaceWidth : 0;
      if (lineWidth + gap + atomWidth <= room()) {
        line += (atom.spaceBefore ? ' ' : '') + atom.text;
        lineWidth += gap + atomWidth;
        continue;
      }
      lines.push(line);
      line = '';
      lineWidth = 0;
    }
    if (atomWidth <= room()) {
      line = atom.text;
      lineWidth = atomWidth;
      continue;
    }
    // A word wider than a whole line: cut it between grapheme clusters, the last piece left open.
    for (const grapheme of graphemes(atom.text)) {
      const graphemeWidth = measure(grapheme);
      if (line !== '' && lineWidth + graphemeWidth > room()) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += grapheme;
      lineWidth += graphemeWidth;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Grapheme clusters, with any stray combining mark kept on the cluster before it. */
function graphemes(text: string): string[] {
  const clusters: string[] = [];
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (clusters.length > 0 && STARTS_WITH_COMBINING_MARK.test(segment)) clusters[clusters.length - 1] += segment;
    else clusters.push(segment);
  }
  return clusters;
}
