import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { toThaiDigits } from '@prongsai/domain';
import { ROUND_REPORT_COLUMN_SHARES, renderRoundReportPdf, type RoundReportDocument } from '@prongsai/reports';
import { sampleRoundReport } from '../../libs/reports/src/fixtures/sample-round-report';
import { pdfFonts, pdfInfo, pdfPageTexts, pdfToPngs, pdfWords, type PdfPage } from './poppler';

/** The renderer keeps 1.5 cm clear on every side; poppler's boxes are allowed half a point of rounding. */
const MARGIN = (1.5 * 72) / 2.54;
const TOLERANCE = 0.5;
/** A line or a word that starts with one of these has had its vowel or tone mark torn off its consonant. */
const STARTS_WITH_MARK = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const squash = (text: string) => text.replace(/\s+/g, '');
const firstWords = (text: string, count: number) =>
  [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)]
    .slice(0, count)
    .map((segment) => segment.segment)
    .join('');
const allRows = (doc: RoundReportDocument) => doc.sections.flatMap((section) => section.rows);
/** How many times each character occurs, white space left out. */
const characterCounts = (text: string) => {
  const counts: Record<string, number> = {};
  for (const character of squash(text)) counts[character] = (counts[character] ?? 0) + 1;
  return counts;
};

/** Renders the report to a PDF file in a fresh folder and reads it back with poppler. */
async function renderAndRead(doc: RoundReportDocument) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-report-pdf-'));
  const file = path.join(folder, 'report.pdf');
  const bytes = await renderRoundReportPdf(doc);
  fs.writeFileSync(file, bytes);
  return { folder, file, bytes, pages: pdfWords(file), raw: pdfPageTexts(file, '-raw'), layout: pdfPageTexts(file, '-layout') };
}

/** Every word's box lies within the page less the margins. */
function expectInsideMargins(pages: PdfPage[]): void {
  const outside = pages.flatMap((page, index) =>
    page.words
      .filter(
        (word) =>
          word.xMin < MARGIN - TOLERANCE ||
          word.xMax > page.width - MARGIN + TOLERANCE ||
          word.yMin < MARGIN - TOLERANCE ||
          word.yMax > page.height - MARGIN + TOLERANCE,
      )
      .map((word) => `page ${index + 1}: "${word.text}" at ${word.xMin.toFixed(1)},${word.yMin.toFixed(1)}–${word.xMax.toFixed(1)},${word.yMax.toFixed(1)}`),
  );
  expect(outside).toEqual([]);
}

/** No line and no word of the extracted text begins with a Thai vowel or tone mark. */
function expectNoTornThai(texts: string[]): void {
  const torn = texts.flatMap((text) =>
    text
      .split(/\s+/)
      .filter((token) => STARTS_WITH_MARK.test(token))
      .map((token) => `"${token}" in …${text.slice(Math.max(0, text.indexOf(token) - 30), text.indexOf(token) + 30)}…`),
  );
  expect(torn).toEqual([]);
}

describe('renderRoundReportPdf: a 40-measure report', () => {
  const doc = sampleRoundReport(40);
  let read: Awaited<ReturnType<typeof renderAndRead>>;

  beforeAll(async () => {
    read = await renderAndRead(doc);
  });

  afterAll(() => fs.rmSync(read.folder, { recursive: true, force: true }));

  it('is an A4 landscape PDF of several pages, every page rendering to a PNG', () => {
    const info = pdfInfo(read.file);
    const pages = Number(info.Pages);
    expect(read.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(info['Page size']).toMatch(/^841\.89 x 595\.2\d pts/);
    expect(pages).toBeGreaterThan(1);
    // About two measures a page at 14 pt, each measure with its steps and summary.
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(40);
    expect(read.pages).toHaveLength(pages);

    const pngs = pdfToPngs(read.file, read.folder, 50);
    expect(pngs).toHaveLength(pages);
    for (const png of pngs) expect(fs.readFileSync(png).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('embeds Sarabun, regular and bold', () => {
    const fonts = pdfFonts(read.file);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Sarabun-Bold', 'Sarabun-Regular']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it('puts the header row at the top of every page and "หน้า n/N" at its foot', () => {
    const header = squash(doc.columns.join(''));
    const total = read.raw.length;
    const pages = read.raw.map((text, index) => {
      const page = squash(text);
      return { page: index + 1, header: index === 0 ? page.includes(header) : page.startsWith(header), footer: page.endsWith(squash(toThaiDigits(`หน้า ${index + 1}/${total}`))) };
    });
    expect(pages.filter((page) => !page.header || !page.footer)).toEqual([]);
  });

  it('shows every measure: its title whole in the title column, in order, and the first words of everything else', () => {
    // The title column read down the pages (pdftotext -bbox), the repeated heading taken out: every title whole, in order.
    const left = MARGIN + ROUND_REPORT_COLUMN_SHARES[0] * (read.pages[0].width - 2 * MARGIN);
    const right = left + ROUND_REPORT_COLUMN_SHARES[1] * (read.pages[0].width - 2 * MARGIN);
    const titleColumn = read.pages
      .map((page) =>
        page.words
          .filter((word) => word.xMin >= left && word.xMin < right)
          .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
          .map((word) => word.text)
          .join(''),
      )
      .join('')
      .split(squash(doc.columns[1]))
      .join('');
    let from = 0;
    const notInOrder: string[] = [];
    for (const row of allRows(doc)) {
      const at = titleColumn.indexOf(squash(row.title), from);
      if (at < 0) notInOrder.push(row.title);
      else from = at + 1;
    }
    expect(notInOrder).toEqual([]);

    // Each title's first words on the page as laid out (pdftotext -layout), and everything else's in the text.
    const layout = read.layout.join('\n');
    expect(allRows(doc).filter((row) => !layout.includes(firstWords(row.title, 1)))).toEqual([]);
    const raw = squash(read.raw.join(''));
    const texts = [
      ...allRows(doc).flatMap((row) => [...row.steps, row.summary, row.outcome, row.owners, row.period].map((text) => firstWords(text, 4))),
      ...doc.sections.flatMap((section) => (section.heading === null ? [] : [section.heading])),
      firstWords(doc.title, 6),
      doc.organizationLine,
    ];
    expect(texts.filter((text) => !raw.includes(squash(text)))).toEqual([]);
  });

  it('keeps every word inside the page margins', () => {
    expect(read.pages.every((page) => page.words.length > 0)).toBe(true);
    expectInsideMargins(read.pages);
  });

  it('extracts as whole Thai: no word starts with a vowel or tone mark, ำ and า come out as written', () => {
    expectNoTornThai(read.layout);
    expectNoTornThai(read.raw);
    expectNoTornThai(read.pages.flatMap((page) => page.words.map((word) => word.text)));
    const raw = read.raw.join('');
    expect(raw).toContain('ดำเนินการ');
    expect(raw).not.toMatch(/ำา/);

    // Every character of the report comes out once, no more, no less: the texts, the header on
    // every page, the page numbers.
    const pages = read.raw.length;
    const written = [
      doc.title,
      doc.organizationLine,
      doc.opening,
      ...doc.sections.flatMap((section) => [section.heading ?? '', ...section.rows.flatMap((row) => [row.no, row.title, ...row.steps, row.period, row.owners, row.summary, row.outcome])]),
      ...Array.from({ length: pages }, (_, index) => doc.columns.join('') + toThaiDigits(`หน้า ${index + 1}/${pages}`)),
    ].join('');
    expect(characterCounts(raw)).toEqual(characterCounts(written));
  });

  it('gives the same bytes for the same report', async () => {
    expect((await renderRoundReportPdf(doc)).equals(read.bytes)).toBe(true);
  });
});

describe('renderRoundReportPdf: a measure taller than a page', () => {
  const base = sampleRoundReport(3, 'arabic');
  const steps = Array.from(
    { length: 45 },
    (_, i) => `${i + 1}. ขั้นตอนที่ ${i + 1} ตรวจสอบเอกสารหลักฐานประกอบการเบิกจ่ายงบประมาณและรายงานผลต่อผู้บริหารภายในระยะเวลาที่กำหนด`,
  );
  const doc: RoundReportDocument = {
    ...base,
    sections: [{ heading: base.sections[0].heading, rows: [{ ...base.sections[0].rows[0], steps }, base.sections[0].rows[1]] }],
  };
  let read: Awaited<ReturnType<typeof renderAndRead>>;

  beforeAll(async () => {
    read = await renderAndRead(doc);
  });

  afterAll(() => fs.rmSync(read.folder, { recursive: true, force: true }));

  it('splits the row across pages, nothing lost, the header on every page, Arabic page numbers', () => {
    expect(read.raw.length).toBeGreaterThan(2);
    // The page break falls between lines of a cell: the steps column read down the pages, the
    // cells beside it and the repeated header and the page numbers between, holds every step whole.
    const header = squash(doc.columns.join(''));
    const stepsColumn = read.raw
      .map((text, index) => squash(text).replace(header, '').replace(`หน้า${index + 1}/${read.raw.length}`, ''))
      .join('');
    expect(steps.filter((step) => !stepsColumn.includes(squash(step)))).toEqual([]);
    const pages = read.raw.map((text, index) => ({
      page: index + 1,
      header: index === 0 ? squash(text).includes(header) : squash(text).startsWith(header),
      footer: squash(text).endsWith(`หน้า${index + 1}/${read.raw.length}`),
    }));
    expect(pages.filter((page) => !page.header || !page.footer)).toEqual([]);
    expectInsideMargins(read.pages);
    expectNoTornThai(read.layout);
  });
});
