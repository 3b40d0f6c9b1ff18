/**
 * `npm run bench:reports -- [--json] [--runs N]`
 *
 * Renders the 40- and 400-measure sample round reports to PDF, DOCX, XLSX and HTML with our
 * renderers, and the same table with each bare library as it comes: pdfkit wrapping the cells
 * itself with `text()` (lines broken only at spaces, so Thai breaks mid-word, rows never split,
 * the header redrawn on each new page), docx with a plain table, exceljs with plain rows, the HTML
 * a plain join. Nothing is compiled: the report model is given. Prints the median wall-clock time
 * of N runs of each (after one warm-up run), the output size, and the ratio ours/bare.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { Workbook } from 'exceljs';
import PDFDocument from 'pdfkit';
import {
  renderRoundReportDocx,
  renderRoundReportHtml,
  renderRoundReportPdf,
  renderRoundReportXlsx,
  type RoundReportDocument,
  type RoundReportRow,
} from '@prongsai/reports';
import { Command, InvalidArgumentError } from 'commander';
import { sampleRoundReport } from '../../libs/reports/src/fixtures/sample-round-report';
import { sarabunFonts } from '../../libs/reports/src/render/sarabun-font';

interface BenchOptions {
  json: boolean;
  runs: number;
}

type Format = 'pdf' | 'docx' | 'xlsx' | 'html';
type Render = (doc: RoundReportDocument) => Promise<Uint8Array | string> | string;

const SIZES = [40, 400];
const OURS: Record<Format, Render> = { pdf: renderRoundReportPdf, docx: renderRoundReportDocx, xlsx: renderRoundReportXlsx, html: renderRoundReportHtml };
const BARE: Record<Format, Render> = { pdf: barePdf, docx: bareDocx, xlsx: bareXlsx, html: bareHtml };

interface Result {
  measures: number;
  format: Format;
  oursMs: number;
  bareMs: number;
  ratio: number;
  oursKb: number;
  bareKb: number;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const results: Result[] = [];
  for (const measures of SIZES) {
    const doc = sampleRoundReport(measures);
    for (const format of Object.keys(OURS) as Format[]) {
      const ours = await timed(() => OURS[format](doc), options.runs);
      const bare = await timed(() => BARE[format](doc), options.runs);
      results.push({
        measures,
        format,
        oursMs: round(ours.ms),
        bareMs: round(bare.ms),
        ratio: round(ours.ms / bare.ms),
        oursKb: round(ours.bytes / 1024),
        bareKb: round(bare.bytes / 1024),
      });
    }
  }
  if (options.json) {
    console.log(JSON.stringify({ runs: options.runs, node: process.version, results }));
    return;
  }
  console.log(`Round report rendering, median of ${options.runs} runs (ms), ours against the bare library on the same table`);
  const header = ['measures', 'format', 'ours ms', 'bare ms', 'ours/bare', 'ours KB', 'bare KB'];
  const lines = results.map((r) => [String(r.measures), r.format, r.oursMs.toFixed(1), r.bareMs.toFixed(1), r.ratio.toFixed(2), r.oursKb.toFixed(0), r.bareKb.toFixed(0)]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
}

/** The median time of `runs` calls after one warm-up call, and the size of what it made. */
async function timed(render: () => ReturnType<Render>, runs: number): Promise<{ ms: number; bytes: number }> {
  const sizeOf = (output: Uint8Array | string) => (typeof output === 'string' ? Buffer.byteLength(output) : output.byteLength);
  const bytes = sizeOf(await render());
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await render();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return { ms: times.length % 2 === 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2, bytes };
}

/** The seven cells of a row as single strings, steps joined by line breaks. */
function cells(row: RoundReportRow): string[] {
  return [row.no, row.title, row.steps.join('\n'), row.period, row.owners, row.summary, row.outcome];
}

const SHARES = [0.06, 0.15, 0.24, 0.11, 0.11, 0.2, 0.13];

/** pdfkit on its own: the same fonts and page, each cell wrapped by `text()`, a row that does not fit moved to a new page. */
async function barePdf(doc: RoundReportDocument): Promise<Uint8Array> {
  const fonts = sarabunFonts();
  const margin = (1.5 * 72) / 2.54;
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => pdf.on('end', resolve));
  const width = pdf.page.width - 2 * margin;
  const bottom = pdf.page.height - margin;
  const columns = SHARES.map((share) => share * width);
  const drawRow = (texts: string[], font: string) => {
    pdf.font(font).fontSize(14);
    const height = Math.max(...texts.map((text, i) => pdf.heightOfString(text, { width: columns[i] - 8 }))) + 8;
    if (pdf.y + height > bottom) {
      pdf.addPage();
      if (font === 'regular') drawRow(doc.columns, 'bold');
      pdf.font(font).fontSize(14);
    }
    const top = pdf.y;
    let x = margin;
    texts.forEach((text, i) => {
      pdf.rect(x, top, columns[i], height).stroke();
      pdf.text(text, x + 4, top + 4, { width: columns[i] - 8 });
      x += columns[i];
    });
    pdf.x = margin;
    pdf.y = top + height;
  };
  pdf.font('bold').fontSize(16).text(doc.title, { align: 'center' }).text(doc.organizationLine, { align: 'center' });
  pdf.font('regular').fontSize(14).text(doc.opening);
  drawRow(doc.columns, 'bold');
  for (const section of doc.sections) {
    if (section.heading !== null) drawRow([section.heading, '', '', '', '', '', ''], 'bold');
    for (const row of section.rows) drawRow(cells(row), 'regular');
  }
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}

/** docx on its own: a plain table, one paragraph a cell. */
async function bareDocx(doc: RoundReportDocument): Promise<Uint8Array> {
  const row = (texts: string[]) => new TableRow({ children: texts.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
  const rows = [row(doc.columns)];
  for (const section of doc.sections) {
    if (section.heading !== null) rows.push(row([section.heading, '', '', '', '', '', '']));
    for (const measure of section.rows) rows.push(row(cells(measure)));
  }
  const document = new Document({
    sections: [{ children: [new Paragraph(doc.title), new Paragraph(doc.organizationLine), new Paragraph(doc.opening), new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })] }],
  });
  return Packer.toBuffer(document);
}

/** exceljs on its own: plain rows. */
async function bareXlsx(doc: RoundReportDocument): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('report');
  sheet.addRow([doc.title]);
  sheet.addRow([doc.organizationLine]);
  sheet.addRow([doc.opening]);
  sheet.addRow(doc.columns);
  for (const section of doc.sections) {
    if (section.heading !== null) sheet.addRow([section.heading]);
    for (const row of section.rows) sheet.addRow(cells(row));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A plain HTML join, escaped. */
function bareHtml(doc: RoundReportDocument): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const row = (texts: string[]) => `<tr>${texts.map((text) => `<td>${escape(text)}</td>`).join('')}</tr>`;
  const body = doc.sections.flatMap((section) => [...(section.heading === null ? [] : [row([section.heading])]), ...section.rows.map((measure) => row(cells(measure)))]);
  return `<html><body><h1>${escape(doc.title)}</h1><table>${row(doc.columns)}${body.join('')}</table></body></html>`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function parseOptions(argv: string[]): BenchOptions {
  const positive = (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--runs must be a whole number above 0, got "${value}"`);
    return n;
  };
  return new Command('bench:reports')
    .option('--json', 'print one JSON line', false)
    .option('--runs <n>', 'timed runs of each renderer (the median is reported)', positive, 5)
    .parse(argv, { from: 'user' })
    .opts<BenchOptions>();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
