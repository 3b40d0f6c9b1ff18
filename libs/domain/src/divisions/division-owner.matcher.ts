import { compactDivisionName, compactDivisionText, CompactText } from './division-text.normalizer';
import { ALL_DIVISIONS_PHRASES, STANDARD_DIVISIONS } from './standard-divisions.catalog';

/** What an owner text (ผู้รับผิดชอบ) names, read leniently. */
export interface DivisionOwnerMatch {
  /** The divisions named, as the organisation calls them, in the order written, without repeats. */
  readonly owners: string[];
  /** True when the text says every division ("ทุกกอง", "ทุกหน่วยงาน", "ทุกส่วนราชการ" …). */
  readonly allDivisions: boolean;
  /** Parts of the text that name no division (a committee, the executives …), as written. */
  readonly unmatched: string[];
  /**
   * Usual division names that the organisation does not have (only when its divisions were given),
   * in the catalog's spelling.
   */
  readonly outsideOrganization: string[];
  /**
   * Words that only narrow a division down and were left out: the officer or section inside it
   * ("กองคลัง - เจ้าหน้าที่ผู้รับผิดชอบงานพัสดุ") or the organisation's name after it.
   */
  readonly qualifiers: string[];
}

/** Reads owner texts against one organisation's divisions (or the standard catalog). */
export type DivisionMatcher = (text: string) => DivisionOwnerMatch;

type Target = { readonly kind: 'division'; readonly name: string } | { readonly kind: 'all' } | { readonly kind: 'outside'; readonly name: string };

interface Alias {
  readonly key: string;
  readonly target: Target;
}

type Token =
  | { readonly kind: 'target'; readonly target: Target }
  | { readonly kind: 'separator'; readonly char: string }
  | { readonly kind: 'unknown'; readonly start: number; readonly end: number };

const SEPARATORS = new Set(['/', '\\', ',', '、', ';', '|', '-', '–', '—', '(', ')', '[', ']', '+', '&', '•', ':', '/', '\n']);
/** Separators after which unknown words may still describe the division before them. */
const QUALIFYING_SEPARATORS = new Set(['-', '–', '—', '(', ':', '\n']);
const JOINERS = /และ|กับ|หรือ/;
const JOINERS_AT_START = /^(?:และ|กับ|หรือ)/;
/** How words that narrow a division down (an officer, a section, the organisation) begin. */
const QUALIFIER_STARTS = [
  'เจ้าหน้าที่',
  'ผู้รับผิดชอบ',
  'นักวิชาการ',
  'นักจัดการ',
  'นักพัฒนา',
  'นักทรัพยากร',
  'นิติกร',
  'งาน',
  'ฝ่าย',
  'หัวหน้า',
  'ผู้อำนวยการ',
  'ผอ',
  'องค์การบริหารส่วน',
  'อบต',
  'อบจ',
  'เทศบาล',
  'ทต',
  'ทม',
  'ทน',
  'ใน',
  'ของ',
];

function catalogAliases(): Alias[] {
  return STANDARD_DIVISIONS.flatMap((division) =>
    [division.name, ...division.aliases].map((alias) => ({
      key: compactDivisionName(alias),
      target: { kind: 'division', name: division.name } as const,
    })),
  );
}

function allPhraseAliases(): Alias[] {
  return ALL_DIVISIONS_PHRASES.map((phrase) => ({ key: compactDivisionName(phrase), target: { kind: 'all' } as const }));
}

/** Drops empty and repeated spellings (the first one wins) and puts the longest first. */
function byLongestKey(aliases: Alias[]): Alias[] {
  const byKey = new Map<string, Alias>();
  for (const alias of aliases) {
    if (alias.key.length > 0 && !byKey.has(alias.key)) byKey.set(alias.key, alias);
  }
  return [...byKey.values()].sort((a, b) => b.key.length - a.key.length);
}

/** The aliases for one organisation: its own names first, catalog spellings pointing at them. */
function organizationAliases(divisions: readonly string[]): Alias[] {
  const catalogMatch = createMatcherFrom(byLongestKey([...catalogAliases(), ...allPhraseAliases()]));
  const own: Alias[] = [];
  const standardToOwn = new Map<string, string>();
  for (const raw of divisions) {
    const name = raw.trim();
    if (name.length === 0) continue;
    own.push({ key: compactDivisionName(name), target: { kind: 'division', name } });
    const standard = catalogMatch(name);
    if (standard.owners.length === 1 && standard.unmatched.length === 0 && !standard.allDivisions) {
      const [standardName] = standard.owners;
      if (!standardToOwn.has(standardName)) standardToOwn.set(standardName, name);
    }
  }
  const mapped = catalogAliases().map((alias): Alias => {
    if (alias.target.kind !== 'division') return alias;
    const ownName = standardToOwn.get(alias.target.name);
    return ownName === undefined
      ? { key: alias.key, target: { kind: 'outside', name: alias.target.name } }
      : { key: alias.key, target: { kind: 'division', name: ownName } };
  });
  return byLongestKey([...own, ...allPhraseAliases(), ...mapped]);
}

/** Whether a name may end here: at a separator, the end, or where another name or word begins. */
function isBoundary(aliases: readonly Alias[], text: string, at: number, to: number): boolean {
  if (at >= to || SEPARATORS.has(text[at])) return true;
  const rest = text.slice(at, to);
  return JOINERS_AT_START.test(rest) || isQualifier(rest) || aliases.some((alias) => rest.startsWith(alias.key));
}

/**
 * The name starting at a position: the longest one that ends at a boundary ("ทุกกอง/สำนักปลัด" is
 * ทุกกอง then สำนักปลัด, not ทุกกอง/สำนัก then "ปลัด"), else the longest at all.
 */
function aliasAt(aliases: readonly Alias[], text: string, at: number, to: number): Alias | undefined {
  const candidates = aliases.filter((alias) => at + alias.key.length <= to && text.startsWith(alias.key, at));
  return candidates.find((alias) => isBoundary(aliases, text, at + alias.key.length, to)) ?? candidates[0];
}

function tokenize(aliases: readonly Alias[], text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (SEPARATORS.has(ch)) {
      tokens.push({ kind: 'separator', char: ch });
      i += 1;
      continue;
    }
    const alias = aliasAt(aliases, text, i, to);
    if (alias !== undefined) {
      tokens.push({ kind: 'target', target: alias.target });
      i += alias.key.length;
      continue;
    }
    let end = i;
    while (end < to && !SEPARATORS.has(text[end])) end += 1;
    tokens.push(...splitUnknown(aliases, text, i, end));
    i = end;
  }
  return tokens;
}

/** Splits words naming no division at "และ" / "กับ" / "หรือ" when that reveals division names. */
function splitUnknown(aliases: readonly Alias[], text: string, start: number, end: number): Token[] {
  const chunk = text.slice(start, end);
  const joiner = JOINERS.exec(chunk);
  if (joiner === null) return [{ kind: 'unknown', start, end }];
  const pieces: Token[] = [];
  let pieceStart = start;
  const pattern = new RegExp(JOINERS.source, 'g');
  for (const found of chunk.matchAll(pattern)) {
    const at = start + (found.index ?? 0);
    pieces.push(...tokenize(aliases, text, pieceStart, at), { kind: 'separator', char: '/' });
    pieceStart = at + found[0].length;
  }
  pieces.push(...tokenize(aliases, text, pieceStart, end));
  return pieces.some((token) => token.kind === 'target') ? pieces : [{ kind: 'unknown', start, end }];
}

function originalText(source: string, compact: CompactText, start: number, end: number): string {
  const from = compact.origin[start];
  const to = compact.origin[end - 1] + 1;
  return source
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—•*:]+|[\s\-–—•*:(]+$/g, '')
    .trim();
}

function isQualifier(word: string): boolean {
  return QUALIFIER_STARTS.some((start) => word.startsWith(start));
}

function createMatcherFrom(aliases: readonly Alias[]): DivisionMatcher {
  return (text: string): DivisionOwnerMatch => {
    const compact = compactDivisionText(text);
    const tokens = tokenize(aliases, compact.text, 0, compact.text.length);
    const owners: string[] = [];
    const unmatched: string[] = [];
    const outside: string[] = [];
    const qualifiers: string[] = [];
    let allDivisions = false;
    let afterTarget = false;
    for (const token of tokens) {
      if (token.kind === 'separator') {
        if (!QUALIFYING_SEPARATORS.has(token.char)) afterTarget = false;
        continue;
      }
      if (token.kind === 'target') {
        afterTarget = true;
        const { target } = token;
        if (target.kind === 'all') allDivisions = true;
        else if (target.kind === 'division' && !owners.includes(target.name)) owners.push(target.name);
        else if (target.kind === 'outside' && !outside.includes(target.name)) outside.push(target.name);
        continue;
      }
      const word = compact.text.slice(token.start, token.end);
      const written = originalText(text, compact, token.start, token.end);
      if (written.length === 0) continue;
      if (afterTarget && isQualifier(word)) qualifiers.push(written);
      else unmatched.push(written);
    }
    return { owners, allDivisions, unmatched, outsideOrganization: outside, qualifiers };
  };
}

/**
 * Makes a reader of owner texts for one organisation. With `divisions` (the organisation's own
 * division names) it answers in those names, taking the usual other spellings too ("สำนักงานปลัด"
 * for an organisation whose division is "สำนักปลัด"); without them it uses {@link STANDARD_DIVISIONS}.
 *
 * Names may be separated by "/", ",", line breaks, "และ" or nothing at all; spaces, dots and ฯ are
 * ignored; "ทุกกอง" and the other {@link ALL_DIVISIONS_PHRASES} mean every division.
 */
export function createDivisionMatcher(divisions?: readonly string[]): DivisionMatcher {
  const aliases =
    divisions === undefined ? byLongestKey([...catalogAliases(), ...allPhraseAliases()]) : organizationAliases(divisions);
  return createMatcherFrom(aliases);
}

/**
 * Reads one owner text (ผู้รับผิดชอบ) leniently; see {@link createDivisionMatcher}.
 *
 * @example matchDivisionOwners('สำนักปลัด /กองคลัง/กองช่าง').owners → ['สำนักปลัด', 'กองคลัง', 'กองช่าง']
 * @example matchDivisionOwners('ทุก หน่วยงาน').allDivisions === true
 */
export function matchDivisionOwners(text: string, divisions?: readonly string[]): DivisionOwnerMatch {
  return createDivisionMatcher(divisions)(text);
}
