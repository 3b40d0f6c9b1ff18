/** Options of {@link wrapText}. */
export interface WrapOptions {
  /** Columns per line, prefixes included (Thai vowel and tone marks take none). */
  readonly width: number;
  /** Printed before the first line (e.g. "• "). */
  readonly firstPrefix?: string;
  /** Printed before every following line (e.g. "  "). */
  readonly restPrefix?: string;
  /**
   * Texts never broken inside, wherever they occur: names, titles, dates, links. A text longer
   * than a line stays whole on a line of its own.
   */
  readonly keepTogether?: readonly string[];
}

const THAI_WORDS = new Intl.Segmenter('th', { granularity: 'word' });
/** Words the segmenter's dictionary splits in two ("ดำเนิน|การ", "เผย|แพร่") that a line must not. */
const COMPOUNDS = [
  'ดำเนินการ', 'เผยแพร่', 'รับผิดชอบ', 'ประสานงาน', 'ตรวจสอบ', 'หลักฐาน', 'วันทำการ', 'บริหาร', 'เจ้าหน้าที่', 'หน่วยงาน',
  'แจ้งเตือน', 'รายละเอียด', 'ลงนาม', 'กำหนดส่ง', 'ครบกำหนด', 'เลยกำหนด', 'ส่วนตัว', 'ตอบกลับ', 'เบราว์เซอร์', 'รายการ',
];
/** Prefixes that stay with the word they make a noun of: การ|รายงาน, ความ|เห็น, ผู้|บริหาร. */
const PREFIXES = new Set(['การ', 'ความ', 'ผู้']);
const THAI = /[\u0E01-\u0E5B]/;
const MARK = /\p{M}/u;

/** Columns a text takes in a fixed-width font: combining marks (Thai vowels above and below, tone marks) take none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) if (!MARK.test(char)) width += 1;
  return width;
}

/** The text followed by spaces up to the given display width. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Wraps plain text for the text part of a mail. Thai has no spaces between words, so lines break
 * at spaces and between Thai words (Intl.Segmenter 'th'), never inside a word, a link or one of
 * `keepTogether`, nor inside a compound the dictionary splits or after การ/ความ/ผู้. Existing line
 * breaks are kept; each line is wrapped on its own.
 */
export function wrapText(text: string, options: WrapOptions): string {
  const firstPrefix = options.firstPrefix ?? '';
  const restPrefix = options.restPrefix ?? '';
  const restWidth = Math.max(1, options.width - displayWidth(restPrefix));
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const firstWidth = out.length === 0 ? Math.max(1, options.width - displayWidth(firstPrefix)) : restWidth;
    for (const wrapped of wrapLine(line, firstWidth, restWidth, options.keepTogether ?? [])) {
      out.push((out.length === 0 ? firstPrefix : restPrefix) + wrapped);
    }
  }
  return out.join('\n');
}

interface Piece {
  /** The spaces before the piece, dropped when a line breaks there. */
  gap: string;
  text: string;
}

function wrapLine(line: string, firstWidth: number, width: number, keepTogether: readonly string[]): string[] {
  const pieces = splitIntoPieces(line, keepTogether);
  const lines: string[] = [];
  let current = pieces[0].gap + pieces[0].text;
  for (const piece of pieces.slice(1)) {
    const limit = lines.length === 0 ? firstWidth : width;
    // A piece too wide for any line stays where it is: moving it down would only leave a gap.
    if (displayWidth(current + piece.gap + piece.text) <= limit || displayWidth(piece.text) > width) {
      current += piece.gap + piece.text;
    } else {
      lines.push(current);
      current = piece.text;
    }
  }
  lines.push(current);
  return lines;
}

/** The line cut where it may break: at runs of spaces and between Thai words, outside kept texts. */
function splitIntoPieces(line: string, keepTogether: readonly string[]): Piece[] {
  // kept[i]: no break between line[i - 1] and line[i].
  const kept = new Uint8Array(line.length + 1);
  for (const text of [...COMPOUNDS, ...keepTogether]) {
    if (text.length < 2) continue;
    for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) kept.fill(1, at + 1, at + text.length);
  }
  const cuts: { start: number; end: number }[] = [];
  for (const match of line.matchAll(/ +/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > 0 && end < line.length && !kept[start] && !kept[end]) cuts.push({ start, end });
  }
  if (THAI.test(line)) {
    let previous = '';
    for (const { index, segment } of THAI_WORDS.segment(line)) {
      if (index > 0 && !kept[index] && !PREFIXES.has(previous) && THAI.test(line[index - 1]) && THAI.test(line[index]) && !MARK.test(line[index])) {
        cuts.push({ start: index, end: index });
      }
      previous = segment;
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let from = 0;
  let gap = '';
  for (const cut of cuts) {
    pieces.push({ gap, text: line.slice(from, cut.start) });
    gap = line.slice(cut.start, cut.end);
    from = cut.end;
  }
  pieces.push({ gap, text: line.slice(from) });
  return pieces;
}
