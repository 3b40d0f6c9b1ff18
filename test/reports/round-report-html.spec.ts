import { renderRoundReportHtml, type RoundReportDocument } from '@prongsai/reports';
import { sampleRoundReport } from '../../libs/reports/src/fixtures/sample-round-report';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('renderRoundReportHtml', () => {
  const sample = sampleRoundReport(40);
  const hostile: RoundReportDocument = {
    ...sample,
    title: 'รายงาน <script>alert("x")</script> & ผล',
    sections: [
      {
        heading: 'ตัวชี้วัด <b>ที่ 1</b>',
        rows: [{ ...sample.sections[0].rows[0], title: 'มาตรการ "ป้องกัน" <img src=x onerror=alert(1)>', steps: ["1. ขั้นตอน 'แรก' <br>"] }],
      },
      ...sample.sections.slice(1),
    ],
  };
  const html = renderRoundReportHtml(hostile);

  it('escapes every piece of text', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>ที่');
    expect(html).not.toContain('<br>');
    expect(html).toContain(escape(hostile.title));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ผล');
    expect(html).toContain(escape('มาตรการ "ป้องกัน" <img src=x onerror=alert(1)>'));
    expect(html).toContain(escape("1. ขั้นตอน 'แรก' <br>"));
  });

  it('is a Thai page for print: A4 landscape, the header repeated, Thai fonts, styles inline', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="th">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4 landscape/);
    expect(html).toMatch(/thead\s*\{\s*display:\s*table-header-group/);
    expect(html).toMatch(/font-family:\s*Sarabun,\s*"TH Sarabun New",\s*Tahoma/);
    // Self-contained: nothing fetched, nothing run.
    expect(renderRoundReportHtml(sample)).not.toMatch(/<link|<script|<img|src=|url\(/);
  });

  it('shows every title, step and heading, the header row once in thead', () => {
    const rows = sample.sections.flatMap((section) => section.rows);
    const plain = renderRoundReportHtml(sample);
    expect(rows.filter((row) => !plain.includes(`<p>${escape(row.title)}</p>`))).toEqual([]);
    expect(rows.flatMap((row) => row.steps).filter((step) => !plain.includes(`<p>${escape(step)}</p>`))).toEqual([]);
    for (const section of sample.sections) if (section.heading !== null) expect(plain).toContain(`>${escape(section.heading)}</td>`);
    const head = /<thead>(.*?)<\/thead>/s.exec(plain)![1];
    expect([...head.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((match) => match[1])).toEqual(sample.columns.map(escape));
    const bodyRows = (/<tbody>(.*?)<\/tbody>/s.exec(plain)![1].match(/<tr[ >]/g) ?? []).length;
    expect(bodyRows).toBe(rows.length + sample.sections.filter((section) => section.heading !== null).length);
  });
});
