import JSZip from 'jszip';
import mammoth from 'mammoth';
import { renderRoundReportDocx } from '@prongsai/reports';
import { sampleRoundReport } from '../../libs/reports/src/fixtures/sample-round-report';

/** A4 landscape less 1.5 cm margins on each side, in twips. */
const TABLE_WIDTH = 16838 - 2 * Math.round((1.5 * 1440) / 2.54);

describe('renderRoundReportDocx: a 40-measure report', () => {
  const doc = sampleRoundReport(40);
  const rows = doc.sections.flatMap((section) => section.rows);
  let bytes: Buffer;
  let xml: string;
  let text: string;

  beforeAll(async () => {
    bytes = await renderRoundReportDocx(doc);
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')!.async('string');
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
  });

  it('is a Word document Word can open: a ZIP with the document part', async () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  });

  it('lays the page out A4 landscape', () => {
    const pageSize = /<w:pgSz [^>]*\/>/.exec(xml)![0];
    expect(pageSize).toContain('w:orient="landscape"');
    expect(pageSize).toContain('w:w="16838"');
    expect(pageSize).toContain('w:h="11906"');
  });

  it('marks the table header row as repeating on every page, and only that row', () => {
    const tableRows = xml.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/gs) ?? [];
    expect(tableRows.length).toBe(1 + rows.length + doc.sections.filter((section) => section.heading !== null).length);
    expect(tableRows[0]).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    for (const heading of doc.columns) expect(tableRows[0]).toContain(`>${heading}<`);
    expect(tableRows.slice(1).filter((row) => row.includes('w:tblHeader'))).toEqual([]);
  });

  it('gives the seven columns widths that fill the page between the margins', () => {
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(7);
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(TABLE_WIDTH);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('writes in TH Sarabun New 16 pt and merges each indicator heading across the table', () => {
    expect(xml).toContain('w:ascii="TH Sarabun New"');
    expect(xml).toContain('w:cs="TH Sarabun New"');
    expect(xml).toContain('<w:szCs w:val="32"/>');
    expect((xml.match(/<w:gridSpan w:val="7"\/>/g) ?? []).length).toBe(doc.sections.filter((section) => section.heading !== null).length);
  });

  it('holds every title, every step as a paragraph of its own, every summary, the title block', () => {
    const paragraphs = text.split('\n').map((line) => line.trim());
    expect(rows.filter((row) => !paragraphs.includes(row.title))).toEqual([]);
    expect(rows.flatMap((row) => row.steps).filter((step) => !paragraphs.includes(step))).toEqual([]);
    expect(rows.filter((row) => row.summary !== '' && !paragraphs.includes(row.summary))).toEqual([]);
    for (const section of doc.sections) if (section.heading !== null) expect(paragraphs).toContain(section.heading);
    expect(paragraphs).toEqual(expect.arrayContaining([doc.title, doc.organizationLine, doc.opening]));
  });
});
