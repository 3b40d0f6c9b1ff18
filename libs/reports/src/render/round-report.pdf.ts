import PDFDocument from 'pdfkit';
import type { RoundReportDocument } from '../round-report.types';
import { CENTRED_COLUMNS, ROUND_REPORT_COLUMN_SHARES, pageNumberText, rowCellParagraphs } from './round-report-table';
import { correctThaiTextLayer } from './pdf-text-layer';
import { sarabunFonts } from './sarabun-font';
import { breakLines } from './thai-line-breaker';

/*
 * The PDF is laid out here, not by pdfkit: pdfkit breaks lines only at spaces, and Thai writes none
 * between words. Every line is broken with the Thai line breaker, measured with pdfkit's
 * widthOfString (fontkit shaping with the embedded Sarabun TTF, so the widths are those drawn), and
 * handed to pdfkit with `lineBreak: false` at a position computed here. Layout runs first, into a
 * list of drawing operations per page, so each page knows the page count for "หน้า ๑/๕".
 */

const PT_PER_CM = 72 / 2.54;
/** A4 landscape, in points. */
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 1.5 * PT_PER_CM;
const CONTENT = { left: MARGIN, right: PAGE.width - MARGIN, top: MARGIN, bottom: PAGE.height - MARGIN, width: PAGE.width - 2 * MARGIN };
const SIZE = { title: 16, body: 14, footer: 12 };
/** Room inside a cell's borders; the top a little deeper, for tone marks stacked on upper vowels. */
const CELL_PADDING = { x: 4, top: 4, bottom: 3 };
/** Between the steps of one cell, and between the blocks above the table. */
const PARAGRAPH_GAP = 2;
const BLOCK_GAP = 8;
/** The opening paragraph's first-line indent, as Thai official writing has it. */
const FIRST_LINE_INDENT = 2.5 * PT_PER_CM;
/** A row is split across pages only when at least this many of its lines fit where it starts. */
const MIN_LINES_BEFORE_SPLIT = 2;
const HEADER_FILL = '#e6e6e6';
const HEADING_FILL = '#f4f4f4';
const RULE_WIDTH = 0.6;

type FontName = 'regular' | 'bold';

interface TextOp {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  font: FontName;
  size: number;
}

interface BoxOp {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string | null;
}

type DrawOp = TextOp | BoxOp;

/** A line of a cell and how far below the cell's first line it sits. */
interface CellLine {
  text: string;
  offset: number;
}

/** One cell's broken lines, all in one font and size. */
interface CellBlock {
  lines: CellLine[];
  height: number;
  lineHeight: number;
  font: FontName;
  size: number;
  centred: boolean;
}

/**
 * Renders a round report as an A4 landscape PDF with the Sarabun font embedded: the title block, then
 * the seven-column table, its header row repeated on every page, rows taller than the room left split
 * across pages, and "หน้า ๑/๕" at the foot of every page in the report's digits.
 */
export async function renderRoundReportPdf(doc: RoundReportDocument): Promise<Buffer> {
  const fonts = sarabunFonts();
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    autoFirstPage: false,
    lang: 'th-TH',
    displayTitle: true,
    info: { Title: doc.title, Author: doc.organizationLine, Creator: 'Prongsai', CreationDate: new Date(doc.meta.compiledAt) },
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  for (const font of ['regular', 'bold']) correctThaiTextLayer((pdf.font(font) as unknown as { _font: unknown })._font);
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const type = new Typesetter(pdf);
  const pages = layOut(doc, type);
  const footerY = CONTENT.bottom - type.lineHeight('regular', SIZE.footer);
  pages.forEach((ops, index) => {
    const footer = pageNumberText(index + 1, pages.length, doc.meta.digits);
    ops.push({ kind: 'text', text: footer, x: CONTENT.right - type.width(footer, 'regular', SIZE.footer), y: footerY, font: 'regular', size: SIZE.footer });
    pdf.addPage();
    paint(pdf, ops);
  });
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}

/** Measures and breaks text with the fonts registered on the PDF, the widths cached. */
class Typesetter {
  private readonly widths = new Map<string, number>();
  private current = '';

  constructor(private readonly pdf: PDFKit.PDFDocument) {}

  width(text: string, font: FontName, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.use(font, size).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  lineHeight(font: FontName, size: number): number {
    return this.use(font, size).currentLineHeight();
  }

  lines(text: string, width: number, font: FontName, size: number, firstLineIndent = 0): string[] {
    return breakLines(text, width, (piece) => this.width(piece, font, size), { firstLineIndent });
  }

  /** The paragraphs of one cell broken to the cell's inner width. */
  cell(paragraphs: string[], width: number, font: FontName, size: number, centred: boolean): CellBlock {
    const lineHeight = this.lineHeight(font, size);
    const lines: CellLine[] = [];
    let offset = 0;
    paragraphs.forEach((paragraph, index) => {
      if (index > 0 && lines.length > 0) offset += PARAGRAPH_GAP;
      for (const text of this.lines(paragraph, width, font, size)) {
        lines.push({ text, offset });
        offset += lineHeight;
      }
    });
    return { lines, height: offset, lineHeight, font, size, centred };
  }

  private use(font: FontName, size: number): PDFKit.PDFDocument {
    const key = `${font}:${size}`;
    if (this.current !== key) {
      this.pdf.font(font).fontSize(size);
      this.current = key;
    }
    return this.pdf;
  }
}

/** The x and width of each column, the table spanning the width between the margins. */
function columnBoxes(): { x: number; width: number }[] {
  let x = CONTENT.left;
  return ROUND_REPORT_COLUMN_SHARES.map((share, index) => {
    const width = index === ROUND_REPORT_COLUMN_SHARES.length - 1 ? CONTENT.right - x : CONTENT.width * share;
    const box = { x, width };
    x += width;
    return box;
  });
}

/** The whole report as drawing operations, page by page. */
function layOut(doc: RoundReportDocument, type: Typesetter): DrawOp[][] {
  const columns = columnBoxes();
  const innerWidth = (column: number) => columns[column].width - 2 * CELL_PADDING.x;
  const footerHeight = type.lineHeight('regular', SIZE.footer) + 4;
  const bottom = CONTENT.bottom - footerHeight;
  const pages: DrawOp[][] = [];
  let ops: DrawOp[] = [];
  let y = CONTENT.top;
  let tableStarted = false;
  /** Where rows start on a page: below the repeated header. */
  let pageBodyTop = CONTENT.top;

  const header = columns.map((_, index) => type.cell([doc.columns[index]], innerWidth(index), 'bold', SIZE.body, true));
  const headerHeight = Math.max(...header.map((block) => block.height)) + CELL_PADDING.top + CELL_PADDING.bottom;

  const newPage = () => {
    ops = [];
    pages.push(ops);
    y = CONTENT.top;
    if (tableStarted) {
      placeCells(header, y, headerHeight, HEADER_FILL, true);
      y += headerHeight;
    }
    pageBodyTop = y;
  };

  /** Lines across the content width (title block): centred or from the left with a first-line indent. */
  const placeParagraph = (text: string, font: FontName, size: number, align: 'centre' | 'left', indent = 0) => {
    const lineHeight = type.lineHeight(font, size);
    type.lines(text, CONTENT.width, font, size, indent).forEach((line, index) => {
      if (y + lineHeight > bottom) newPage();
      const width = type.width(line, font, size);
      const x = align === 'centre' ? CONTENT.left + (CONTENT.width - width) / 2 : CONTENT.left + (index === 0 ? indent : 0);
      ops.push({ kind: 'text', text: line, x, y, font, size });
      y += lineHeight;
    });
  };

  /** One row (or piece of a row) of cells from y, `height` tall. */
  const placeCells = (cells: CellBlock[], top: number, height: number, fill: string | null, middle: boolean) => {
    cells.forEach((cell, index) => {
      const { x, width } = columns[index];
      ops.push({ kind: 'box', x, y: top, width, height, fill });
      const room = height - CELL_PADDING.top - CELL_PADDING.bottom;
      const lift = middle ? (room - cell.height) / 2 : 0;
      for (const line of cell.lines) {
        const lineX = cell.centred ? x + (width - type.width(line.text, cell.font, cell.size)) / 2 : x + CELL_PADDING.x;
        ops.push({ kind: 'text', text: line.text, x: lineX, y: top + CELL_PADDING.top + lift + line.offset, font: cell.font, size: cell.size });
      }
    });
  };

  newPage();
  placeParagraph(doc.title, 'bold', SIZE.title, 'centre');
  placeParagraph(doc.organizationLine, 'bold', SIZE.title, 'centre');
  y += BLOCK_GAP;
  if (doc.opening !== '') placeParagraph(doc.opening, 'regular', SIZE.body, 'left', FIRST_LINE_INDENT);
  y += BLOCK_GAP;

  tableStarted = true;
  const bodyLineHeight = type.lineHeight('regular', SIZE.body);
  const padding = CELL_PADDING.top + CELL_PADDING.bottom;
  if (y + headerHeight + padding + MIN_LINES_BEFORE_SPLIT * bodyLineHeight > bottom) newPage();
  else {
    placeCells(header, y, headerHeight, HEADER_FILL, true);
    y += headerHeight;
    pageBodyTop = y;
  }

  for (const section of doc.sections) {
    const rows = section.rows.map((row) =>
      rowCellParagraphs(row).map((paragraphs, index) => type.cell(paragraphs, innerWidth(index), 'regular', SIZE.body, CENTRED_COLUMNS.has(index))),
    );
    if (section.heading !== null && section.heading !== '') {
      const heading = type.cell([section.heading], CONTENT.width - 2 * CELL_PADDING.x, 'bold', SIZE.body, false);
      const headingHeight = heading.height + padding;
      // Keep the heading with the start of its first row.
      const firstRow = rows.length === 0 ? 0 : Math.min(rowHeight(rows[0]), padding + MIN_LINES_BEFORE_SPLIT * bodyLineHeight);
      if (y + headingHeight + firstRow > bottom && y > pageBodyTop) newPage();
      ops.push({ kind: 'box', x: CONTENT.left, y, width: CONTENT.width, height: headingHeight, fill: HEADING_FILL });
      for (const line of heading.lines) {
        ops.push({ kind: 'text', text: line.text, x: CONTENT.left + CELL_PADDING.x, y: y + CELL_PADDING.top + line.offset, font: 'bold', size: SIZE.body });
      }
      y += headingHeight;
    }
    for (let cells of rows) {
      for (;;) {
        const height = rowHeight(cells);
        if (y + height <= bottom) {
          placeCells(cells, y, height, null, false);
          y += height;
          break;
        }
        const room = bottom - y - padding;
        if (room < MIN_LINES_BEFORE_SPLIT * bodyLineHeight && y > pageBodyTop) {
          newPage();
          continue;
        }
        const pieces = cells.map((cell) => splitCell(cell, room));
        const headHeight = Math.max(...pieces.map(([head]) => head.height)) + padding;
        placeCells(
          pieces.map(([head]) => head),
          y,
          headHeight,
          null,
          false,
        );
        cells = pieces.map(([, tail]) => tail);
        newPage();
      }
    }
  }
  return pages;
}

function rowHeight(cells: CellBlock[]): number {
  return Math.max(...cells.map((cell) => cell.height)) + CELL_PADDING.top + CELL_PADDING.bottom;
}

/** The lines of a cell that fit in `room`, and the rest moved up to start a cell of their own. */
function splitCell(cell: CellBlock, room: number): [CellBlock, CellBlock] {
  let fits = cell.lines.findIndex((line) => line.offset + cell.lineHeight > room);
  if (fits === -1) fits = cell.lines.length;
  // Always progress: a page too short for even one line still takes one.
  if (fits === 0 && cell.lines.length > 0 && room >= cell.lineHeight) fits = 1;
  const head = cell.lines.slice(0, fits);
  const rest = cell.lines.slice(fits);
  const shift = rest.length > 0 ? rest[0].offset : 0;
  const headHeight = head.length > 0 ? head[head.length - 1].offset + cell.lineHeight : 0;
  return [
    { ...cell, lines: head, height: headHeight },
    { ...cell, lines: rest.map((line) => ({ text: line.text, offset: line.offset - shift })), height: rest.length > 0 ? cell.height - shift : 0 },
  ];
}

function paint(pdf: PDFKit.PDFDocument, ops: DrawOp[]): void {
  pdf.lineWidth(RULE_WIDTH).strokeColor('black');
  // Fills first, then the rules over them, then the text, so no fill covers a neighbour's border.
  for (const op of ops) {
    if (op.kind === 'box' && op.fill !== null) pdf.rect(op.x, op.y, op.width, op.height).fill(op.fill);
  }
  for (const op of ops) {
    if (op.kind === 'box') pdf.rect(op.x, op.y, op.width, op.height).stroke();
  }
  pdf.fillColor('black');
  let current = '';
  for (const op of ops) {
    if (op.kind !== 'text') continue;
    const key = `${op.font}:${op.size}`;
    if (key !== current) {
      pdf.font(op.font).fontSize(op.size);
      current = key;
    }
    pdf.text(op.text, op.x, op.y, { lineBreak: false });
  }
}
