/** Text squeezed for comparing division names, remembering where each kept character came from. */
export interface CompactText {
  /** The squeezed text: no spaces, dots or ฯ; each run of line breaks kept as one "\n". */
  readonly text: string;
  /** For each character of {@link CompactText.text}, its index in the original text. */
  readonly origin: readonly number[];
}

const DROPPED = /[\s.ฯ\u200b-\u200d\ufeff"'“”‘’*]/;
const LINE_BREAK = /[\r\n]/;
const NIKHAHIT = '\u0e4d';
const SARA_AA = '\u0e32';
const SARA_AM = '\u0e33';

/**
 * Squeezes a text naming divisions so that spellings differing only in spaces, dots, ฯ or the two
 * ways of typing ำ compare equal: "สำนักงาน ปลัด" and "สํานักงานปลัด" both give "สำนักงานปลัด".
 * Line breaks are kept (as "\n"): they separate names like a slash does.
 */
export function compactDivisionText(text: string): CompactText {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === NIKHAHIT && text[i + 1] === SARA_AA) {
      out += SARA_AM;
      origin.push(i);
      i += 1;
    } else if (LINE_BREAK.test(ch)) {
      if (!out.endsWith('\n')) {
        out += '\n';
        origin.push(i);
      }
    } else if (!DROPPED.test(ch)) {
      out += ch.toLowerCase();
      origin.push(i);
    }
  }
  return { text: out, origin };
}

/** {@link compactDivisionText} without the character positions: the key two names compare by. */
export function compactDivisionName(text: string): string {
  return compactDivisionText(text).text;
}
