import JSZip from 'jszip';
import { ImportError, ImportErrorCode } from '../import-error';
import { parsePlanDocument } from '../parse-plan-document';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A table cell: its paragraphs, and "restart" / "continue" for a cell merged down the rows. */
function cell(paragraphs: string[], merge?: 'restart' | 'continue'): string {
  const vMerge = merge === undefined ? '' : merge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>';
  const body = paragraphs.length === 0 ? '<w:p/>' : paragraphs.map(paragraph).join('');
  return `<w:tc><w:tcPr>${vMerge}</w:tcPr>${body}</w:tc>`;
}

function table(rows: string[][]): string {
  return `<w:tbl>${rows.map((cells) => `<w:tr>${cells.join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** Builds a minimal Word document (no styles, no numbering) around a body. */
async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const HEADER = [cell(['ลำดับที่']), cell(['มาตรการ']), cell(['ขั้นตอนการดำเนินการ']), cell(['หน่วยงานผู้รับผิดชอบ']), cell(['ระยะเวลา'])];

describe('importing a plan written as a Word (DOCX) table', () => {
  const body = [
    paragraph('แผนการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส'),
    paragraph('เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดเชียงใหม่'),
    paragraph('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน'),
    paragraph('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'),
    table([
      HEADER,
      [
        cell(['๑'], 'restart'),
        cell(['เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง (O12)'], 'restart'),
        cell(['๑. รวบรวมข้อมูลการจัดซื้อจัดจ้าง', '๒. เผยแพร่บนเว็บไซต์ & Facebook']),
        cell(['กองคลัง']),
        cell(['ต.ค. ๖๗ – มี.ค. ๖๘']),
      ],
      [cell([], 'continue'), cell([], 'continue'), cell(['๓. รายงานผู้บริหาร']), cell(['กองคลัง']), cell(['ไตรมาส ๒'])],
    ]),
    paragraph('ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต'),
    table([HEADER, [cell(['๒']), cell(['ประกาศเจตจำนงสุจริตของผู้บริหาร']), cell(['จัดทำประกาศและเผยแพร่']), cell(['สำนักงานปลัด']), cell(['ตุลาคม ๒๕๖๗'])]]),
  ].join('');

  it('reads the heading, the measures under their indicator headings, and the rows merged down in Word', async () => {
    const preview = await parsePlanDocument({ fileName: 'แผน.docx', content: await docx(body) });
    expect(preview.organization).toEqual({ name: 'เทศบาลตำบลบ้านใหม่', district: 'เมือง', province: 'เชียงใหม่' });
    expect(preview.fiscalYear).toBe(2568);
    expect(preview.round).toBe(6);
    expect(preview.measures).toEqual([
      {
        no: 1,
        title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง (O12)',
        indicator: 9,
        items: ['O12'],
        steps: ['รวบรวมข้อมูลการจัดซื้อจัดจ้าง', 'เผยแพร่บนเว็บไซต์ & Facebook', 'รายงานผู้บริหาร'],
        owners: ['กองคลัง'],
        allDivisions: false,
        period: { start: '2024-10-01', end: '2025-03-31' },
        summary: null,
        outcome: null,
      },
      {
        no: 2,
        title: 'ประกาศเจตจำนงสุจริตของผู้บริหาร',
        indicator: 10,
        items: [],
        steps: ['จัดทำประกาศและเผยแพร่'],
        owners: ['สำนักปลัด'],
        allDivisions: false,
        period: { start: '2024-10-01', end: '2024-10-31' },
        summary: null,
        outcome: null,
      },
    ]);
    expect(preview.warnings.map((w) => `${w.row}:${w.column}`)).toEqual(['1:period']);
  });

  it('says a document without a measures table has none', async () => {
    const error = await parsePlanDocument({ fileName: 'จดหมาย.docx', content: await docx(paragraph('เรียน นายก')) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(ImportErrorCode.NO_TABLE);
  });
});
