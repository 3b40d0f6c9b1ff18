/*
 * The text a PDF reader copies, searches and extracts comes from the font's ToUnicode map, which
 * pdfkit fills glyph by glyph from fontkit's glyph objects, and from where the glyphs sit. Three
 * things spoil it for Thai in Sarabun:
 *
 * - fontkit caches a glyph object by glyph id with the code points of the glyph's first use, so a
 *   glyph first met as the product of a substitution can carry none, or another character's;
 * - Sarabun's `ccmp` splits SARA AM (ำ) into NIKHAHIT + SARA AA, so that a tone mark stacks on the
 *   NIKHAHIT (น้ำ). The SARA AA glyph is the one plain า draws with, and one glyph has one entry;
 * - the font's GPOS moves many marks off the pen position (an upper vowel centred, a small tone mark
 *   lowered onto the vowel under it, a tone mark moved left off a tall consonant such as ป). pdfkit
 *   draws each moved glyph at a text position of its own, and readers (poppler, for one) then take
 *   the mark for a word of its own, or a duplicate, or put it after the next consonant.
 *
 * Left alone, the extracted text reads "ดำาเนินการ", loses every า in a font where the first า met
 * came out of a ำ, and tears a fifth of the words apart ("ขัน้ตอน", "ค่ม ู ือ"). So encoding is
 * replaced here for an embedded TrueType font:
 *
 * - each Thai glyph stands for the character the font's cmap gives it (what fontkit says is used
 *   only for glyphs no character maps to, such as the small tone marks);
 * - for a split SARA AM the NIKHAHIT part stands for nothing and the SARA AA part for ำ, through a
 *   second copy of the glyph in the subset when the first copy already stands for า;
 * - a mark the font moves is drawn, unmoved, as a glyph added to the subset that is the mark moved
 *   by exactly that much (a TrueType composite glyph of one component with an offset): the page
 *   looks the same to the unit, and every mark sits at the pen position, after its consonant, in
 *   the text layer.
 */

/** The glyph of fontkit a glyph run holds. */
interface FontkitGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
}

/** fontkit's TrueType subset (fontkit 2): the glyph ids in subset order, and how each is written. */
interface TrueTypeSubset {
  font: { maxp: { maxComponentDepth: number; maxComponentElements: number } };
  glyphs: number[];
  includeGlyph(glyph: number): number;
  _addGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

/** The parts of pdfkit's EmbeddedFont (pdfkit 0.20) this replaces and uses. */
interface EmbeddedFontInternals {
  font: { characterSet: number[]; glyphForCodePoint(codePoint: number): FontkitGlyph };
  subset: TrueTypeSubset;
  unicode: number[][];
  widths: number[];
  /** Font units to thousandths of the font size. */
  scale: number;
  /** Positions in thousandths of the font size: advances and offsets. */
  layout(text: string, features?: unknown): { glyphs: FontkitGlyph[]; positions: GlyphPosition[] };
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** A glyph drawn moved by (dx, dy) font units, as a composite glyph in the subset. */
interface MovedGlyph {
  glyph: FontkitGlyph;
  dx: number;
  dy: number;
}

const SARA_AM = 0x0e33;
const SARA_AA = 0x0e32;
const NIKHAHIT = 0x0e4d;
/** Subset entries at or above this stand for moved glyphs, not glyphs of the font. */
const MOVED_GLYPH_IDS = 0x10000;

/**
 * Makes the text layer of a pdfkit font right for Thai (see above). Call once per font, before any
 * text is drawn with it.
 *
 * @throws Error when the font is not a TrueType font embedded by pdfkit 0.20 with fontkit 2.
 */
export function correctThaiTextLayer(embedded: unknown): void {
  const font = embedded as EmbeddedFontInternals;
  if (typeof font?.layout !== 'function' || typeof font.subset?._addGlyph !== 'function' || !Array.isArray(font.unicode)) {
    throw new Error('correctThaiTextLayer needs a TrueType font embedded by pdfkit 0.20 (registerFont with a .ttf)');
  }
  const characterOf = new Map<number, number>();
  for (const codePoint of [...font.font.characterSet].filter(isThai).sort((a, b) => a - b)) {
    const glyph = font.font.glyphForCodePoint(codePoint);
    if (glyph.id !== 0 && !characterOf.has(glyph.id)) characterOf.set(glyph.id, codePoint);
  }
  const saraAa = font.font.glyphForCodePoint(SARA_AA).id;
  const moved = writeMovedGlyphs(font.subset);
  const entries = new Map<string, number>();
  const hex = (gid: number) => `0000${gid.toString(16)}`.slice(-4);

  /**
   * The subset entry that draws `glyph`, moved by (dx, dy) font units, and stands for `codePoints`
   * in the text layer: the glyph's own entry, or an entry of its own when that one stands for
   * something else or the glyph is moved.
   */
  const encodeGlyph = (glyph: FontkitGlyph, codePoints: number[], dx: number, dy: number): string => {
    const own = font.subset.includeGlyph(glyph.id);
    if (font.unicode[own] === undefined) {
      font.unicode[own] = codePoints;
      font.widths[own] = glyph.advanceWidth * font.scale;
    }
    if (dx === 0 && dy === 0 && sameCodePoints(font.unicode[own], codePoints)) return hex(own);
    const key = `${glyph.id}:${dx}:${dy}:${codePoints.join(',')}`;
    let gid = entries.get(key);
    if (gid === undefined) {
      gid = dx === 0 && dy === 0 ? font.subset.glyphs.push(glyph.id) - 1 : moved.add({ glyph, dx, dy });
      font.unicode[gid] = codePoints;
      font.widths[gid] = glyph.advanceWidth * font.scale;
      entries.set(key, gid);
    }
    return hex(gid);
  };

  font.encode = (text: string, features?: unknown): [string[], GlyphPosition[]] => {
    const { glyphs, positions } = font.layout(text, features);
    let saraAmLeft = [...text].filter((character) => character.codePointAt(0) === SARA_AM).length;
    const encoded: string[] = [];
    const placed: GlyphPosition[] = [];
    const place = (index: number, codePoints: number[]) => {
      const glyph = glyphs[index];
      const position = positions[index];
      if (position.xAdvance === 0 && glyph.advanceWidth === 0 && (position.xOffset !== 0 || position.yOffset !== 0)) {
        // A mark the font moves: drawn at the pen position as a glyph that is the mark moved.
        encoded.push(encodeGlyph(glyph, codePoints, Math.round(position.xOffset / font.scale), Math.round(position.yOffset / font.scale)));
        placed.push({ ...position, xOffset: 0, yOffset: 0 });
      } else {
        encoded.push(encodeGlyph(glyph, codePoints, 0, 0));
        placed.push(position);
      }
    };
    for (let index = 0; index < glyphs.length; index += 1) {
      const glyph = glyphs[index];
      const own = characterOf.get(glyph.id);
      const codePoints = own === undefined ? glyph.codePoints : [own];
      // A split SARA AM: the NIKHAHIT glyph (alone, or one glyph with the tone mark before it), then SARA AA.
      const nikhahit = own === NIKHAHIT || (own === undefined && glyph.codePoints.includes(SARA_AM));
      if (saraAmLeft > 0 && nikhahit && glyphs[index + 1]?.id === saraAa) {
        saraAmLeft -= 1;
        place(index, codePoints.filter((codePoint) => codePoint !== SARA_AM && codePoint !== NIKHAHIT));
        place(index + 1, [SARA_AM]);
        index += 1;
      } else {
        place(index, codePoints);
      }
    }
    return [encoded, placed];
  };
}

/**
 * Teaches a TrueType subset to write moved glyphs: `add` gives a moved glyph its subset entry, and
 * the subset writes it as a composite glyph of the one glyph with an offset.
 */
function writeMovedGlyphs(subset: TrueTypeSubset): { add(glyph: MovedGlyph): number } {
  const moved: MovedGlyph[] = [];
  const addGlyph = subset._addGlyph.bind(subset);
  subset._addGlyph = (gid: number): number => {
    if (gid < MOVED_GLYPH_IDS) return addGlyph(gid);
    const { glyph, dx, dy } = moved[gid - MOVED_GLYPH_IDS];
    const component = subset.includeGlyph(glyph.id);
    const box = glyph.bbox;
    const data = new DataView(new ArrayBuffer(18));
    data.setInt16(0, -1); // numberOfContours: a composite glyph
    data.setInt16(2, Math.round(box.minX + dx));
    data.setInt16(4, Math.round(box.minY + dy));
    data.setInt16(6, Math.round(box.maxX + dx));
    data.setInt16(8, Math.round(box.maxY + dy));
    data.setUint16(10, 0x0001 | 0x0002); // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, one component
    data.setUint16(12, component);
    data.setInt16(14, dx);
    data.setInt16(16, dy);
    subset.glyf.push(new Uint8Array(data.buffer));
    subset.loca.offsets.push(subset.offset);
    subset.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: Math.round(box.minX + dx) });
    subset.offset += 18;
    return subset.glyf.length - 1;
  };
  return {
    add(glyph: MovedGlyph): number {
      if (moved.length === 0) {
        // One level of composites more than the font has; the subset's maxp is a copy of this one.
        const maxp = subset.font.maxp;
        maxp.maxComponentDepth += 1;
        maxp.maxComponentElements = Math.max(maxp.maxComponentElements, 1);
      }
      moved.push(glyph);
      return subset.glyphs.push(MOVED_GLYPH_IDS + moved.length - 1) - 1;
    },
  };
}

function isThai(codePoint: number | undefined): boolean {
  return codePoint !== undefined && codePoint >= 0x0e00 && codePoint <= 0x0e7f;
}

function sameCodePoints(a: number[] | undefined, b: number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((codePoint, index) => codePoint === b[index]);
}
