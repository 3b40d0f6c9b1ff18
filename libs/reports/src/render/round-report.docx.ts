import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { RoundReportDocument } from '../round-report.types';
import { CENTRED_COLUMNS, columnWidths, rowCellParagraphs } from './round-report-table';

/*
 * The font is "TH Sarabun New", the font Thai government offices have and official documents use. A
 * DOCX cannot name a fallback: where the font is missing, Word (or LibreOffice) substitutes one of its
 * own choosing, often with other widths, so the lines break elsewhere than here. Word breaks the
 * Thai lines itself, with its own Thai dictionary.
 */
const FONT = 'TH Sarabun New';
/** Half-points: 16 pt body, 18 pt title, as Thai official documents in TH Sarabun New have them. */
const SIZE = { body: 32, title: 36 };
const TWIPS_PER_CM = 1440 / 2.54;
/** A4 in twips, portrait; docx swaps the sides for landscape. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = Math.round(1.5 * TWIPS_PER_CM);
/** The table fills the landscape page between the margins. */
const TABLE_WIDTH = A4.height - 2 * MARGIN;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const HEADER_FILL = 'E6E6E6';
const HEADING_FILL = 'F4F4F4';

/**
 * Renders a round report as an A4 landscape DOCX: the title block, then one table whose first row is
 * the column headings, repeated at the top of every page (`w:tblHeader`); the steps of a measure are
 * paragraphs of their own in the cell, an indicator heading is a row merged across all seven columns,
 * kept with the row after it. The footer numbers the pages "หน้า ๑/๕" (Word fields, in Thai digits
 * when the report writes Thai digits).
 */
export async function renderRoundReportDocx(doc: RoundReportDocument): Promise<Buffer> {
  const widths = columnWidths(TABLE_WIDTH);
  const run = (text: string, bold = false, size = SIZE.body) => new TextRun({ text, bold: bold || undefined, size, font: FONT });
  const cellParagraphs = (paragraphs: string[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false) =>
    paragraphs.length === 0 ? [new Paragraph({ children: [] })] : paragraphs.map((text) => new Paragraph({ alignment, children: [run(text, bold)] }));

  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: doc.columns.map(
      (heading, index) =>
        new TableCell({
          width: { size: widths[index], type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          verticalAlign: VerticalAlignTable.CENTER,
          children: cellParagraphs([heading], AlignmentType.CENTER, true),
        }),
    ),
  });

  const rows: TableRow[] = [headerRow];
  for (const section of doc.sections) {
    if (section.heading !== null && section.heading !== '') {
      rows.push(
        new TableRow({
          cantSplit: true,
          keepNext: true,
          children: [
            new TableCell({
              columnSpan: widths.length,
              width: { size: TABLE_WIDTH, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADING_FILL },
              children: cellParagraphs([section.heading], AlignmentType.LEFT, true),
            }),
          ],
        }),
      );
    }
    for (const row of section.rows) {
      rows.push(
        new TableRow({
          children: rowCellParagraphs(row).map(
            (paragraphs, index) =>
              new TableCell({
                width: { size: widths[index], type: WidthType.DXA },
                children: cellParagraphs(paragraphs, CENTRED_COLUMNS.has(index) ? AlignmentType.CENTER : AlignmentType.LEFT),
              }),
          ),
        }),
      );
    }
  }

  // Page numbers stay Arabic: Word writes `\* ThaiArabic` as Thai digits, but LibreOffice (used in
  // many offices) writes it as Thai letters (ก ข ค), which reads as nonsense.
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          run('หน้า '),
          new SimpleField('PAGE', '1'),
          run('/'),
          new SimpleField('NUMPAGES', '1'),
        ],
      }),
    ],
  });

  const document = new Document({
    title: doc.title,
    creator: 'Prongsai',
    description: doc.organizationLine,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { bidirectional: 'th-TH' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: Math.round(MARGIN / 2), footer: Math.round(MARGIN / 2) },
          },
        },
        footers: { default: footer },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.title, true, SIZE.title)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.organizationLine, true, SIZE.title)] }),
          new Paragraph({
            alignment: AlignmentType.THAI_DISTRIBUTE,
            indent: { firstLine: Math.round(2.5 * TWIPS_PER_CM) },
            spacing: { before: 160, after: 160 },
            children: [run(doc.opening)],
          }),
          new Table({
            rows,
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            margins: CELL_MARGINS,
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
