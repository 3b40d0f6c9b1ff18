import type { RoundReportDocument } from '../round-report.types';
import { CENTRED_COLUMNS, ROUND_REPORT_COLUMN_SHARES, rowCellParagraphs } from './round-report-table';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

const STYLE = `
@page { size: A4 landscape; margin: 1.5cm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Sarabun, "TH Sarabun New", Tahoma, sans-serif; font-size: 14pt; line-height: 1.35; color: #000; background: #fff; }
main { max-width: 26.7cm; margin: 0 auto; padding: 1rem 0; }
h1 { font-size: 16pt; font-weight: 700; text-align: center; margin: 0; }
.organization { font-size: 16pt; font-weight: 700; text-align: center; margin: 0 0 0.5em; }
.opening { text-indent: 2.5cm; margin: 0 0 0.75em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; line-break: strict; }
th { background: #e6e6e6; font-weight: 700; text-align: center; vertical-align: middle; }
td.centred { text-align: center; }
td p { margin: 0; }
td p + p { margin-top: 2pt; }
tr.heading td { background: #f4f4f4; font-weight: 700; }
tr.heading { break-after: avoid; page-break-after: avoid; }
@media print { main { max-width: none; padding: 0; } }
`;

/**
 * Renders a round report as one self-contained HTML page for reading and printing: inline CSS,
 * A4 landscape pages, the table header repeated on every printed page, Sarabun or TH Sarabun New
 * where installed. Every piece of text is HTML-escaped.
 */
export function renderRoundReportHtml(doc: RoundReportDocument): string {
  const colgroup = ROUND_REPORT_COLUMN_SHARES.map((share) => `<col style="width:${(share * 100).toFixed(2)}%">`).join('');
  const head = doc.columns.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('');
  const body: string[] = [];
  for (const section of doc.sections) {
    if (section.heading !== null && section.heading !== '') {
      body.push(`<tr class="heading"><td colspan="${doc.columns.length}">${escapeHtml(section.heading)}</td></tr>`);
    }
    for (const row of section.rows) {
      const cells = rowCellParagraphs(row).map((paragraphs, index) => {
        const content = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
        return CENTRED_COLUMNS.has(index) ? `<td class="centred">${content}</td>` : `<td>${content}</td>`;
      });
      body.push(`<tr>${cells.join('')}</tr>`);
    }
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="th">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="organization">${escapeHtml(doc.organizationLine)}</p>`,
    doc.opening === '' ? '' : `<p class="opening">${escapeHtml(doc.opening)}</p>`,
    `<table><colgroup>${colgroup}</colgroup>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
