import { toArabicDigits } from '@prongsai/domain';

/** The steps found in a cell and the number its first numbered step had. */
export interface SplitSteps {
  readonly steps: string[];
  /** The number of the first numbered step ("๔." in a continuation row gives 4); null if unnumbered. */
  readonly firstNumber: number | null;
}

interface Marker {
  readonly at: number;
  readonly end: number;
  readonly number: number;
}

const MARKER = /(^|\s)([0-9๐-๙]{1,2})\s*[.)](?![0-9๐-๙])\s*/g;
const BULLET = /^[-–•*]\s*/;

function markers(text: string): Marker[] {
  return [...text.matchAll(MARKER)].map((found) => {
    const at = (found.index ?? 0) + found[1].length;
    return { at, end: (found.index ?? 0) + found[0].length, number: Number(toArabicDigits(found[2])) };
  });
}

/**
 * The numbered markers that really start steps: the first at the start of the text (any number, so
 * that a continuation row may start at "๔.") or a "๑." after an introduction, then each next number.
 */
function stepChain(text: string, all: readonly Marker[]): Marker[] {
  const first = all.find((marker) => text.slice(0, marker.at).trim() === '' || marker.number === 1);
  if (first === undefined) return [];
  const chain = [first];
  for (const marker of all) {
    if (marker.at > chain[chain.length - 1].at && marker.number === chain[chain.length - 1].number + 1) chain.push(marker);
  }
  return chain;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Steps written as "- …" lines, each bullet with the lines under it. */
function bulletSteps(lines: readonly string[]): string[] | null {
  if (lines.filter((line) => BULLET.test(line)).length < 2) return null;
  const steps: string[] = [];
  for (const line of lines) {
    if (BULLET.test(line) || steps.length === 0) steps.push(line.replace(BULLET, ''));
    else steps[steps.length - 1] += ` ${line}`;
  }
  return steps.map(oneLine).filter((step) => step !== '');
}

/**
 * Splits a steps cell (its lines) into steps: at numbers "๑. … ๒. …" that follow each other, inline
 * or on their own lines; else at "- " bullet lines; else the cell is one step. A text before "๑."
 * is a step of its own; a leading "- " is dropped.
 */
export function splitSteps(lines: readonly string[]): SplitSteps {
  const text = lines.join('\n');
  if (text.trim() === '') return { steps: [], firstNumber: null };
  const chain = stepChain(text, markers(text));
  if (chain.length === 0) {
    const bullets = bulletSteps(lines);
    return { steps: bullets ?? [oneLine(text).replace(BULLET, '')], firstNumber: null };
  }
  const steps: string[] = [];
  const intro = oneLine(text.slice(0, chain[0].at)).replace(BULLET, '');
  if (intro !== '') steps.push(intro);
  chain.forEach((marker, index) => {
    const step = oneLine(text.slice(marker.end, chain[index + 1]?.at ?? text.length));
    if (step !== '') steps.push(step);
  });
  return { steps, firstNumber: chain[0].number };
}
