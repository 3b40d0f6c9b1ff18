import { classifyHeaderCell, readHeaderRow } from './column-header.mapper';

describe('recognising the columns of a measures table by their Thai headers', () => {
  it.each([
    ['ลำดับ ที่', 'no'],
    ['มาตรการ โครงการ หรือ กิจกรรม', 'title'],
    ['มาตรการ/<br>แนวทาง', 'title'],
    ['กิจกรรม', 'title'],
    ['ขั้นตอนหรือ วิธีการปฏิบัติ', 'steps'],
    ['วิธีดำเนินการ', 'steps'],
    ['ขั้นตอนการปฏิบัติ', 'steps'],
    ['ช่วงระยะเวลา ในการดำเนินการ', 'period'],
    ['ระยะเวลา<br>ดำเนินการ', 'period'],
    ['กำหนดเสร็จ', 'period'],
    ['ผู้รับผิดชอบ', 'owners'],
    ['หน่วยงานผู้รับผิดชอบ', 'owners'],
    ['สรุปผลการ ดำเนินการ ตาม มาตรการ/กิจกรรม', 'summary'],
    ['ผลการดำเนินการ', 'summary'],
    ['รายงานผล', 'summary'],
    ['ผลลัพธ์หรือ ความสำเร็จ ของ การดำเนินการ', 'outcome'],
    ['ประเด็นที่ต้องปรับปรุงแก้ไข', 'issue'],
    ['ตัวชี้วัด', 'indicator'],
    ['ข้อมูล OIT', 'items'],
    ['ประเภทข้อมูล', null],
  ])('reads "%s" as %s, whatever the PDF line wraps', (header, kind) => {
    expect(classifyHeaderCell(header)).toBe(kind);
  });

  it('takes a long cell as data even when it says มาตรการ', () => {
    expect(classifyHeaderCell('กำหนดขั้นตอนการดำเนินงานตามมาตรการเผยแพร่ข้อมูลต่อสาธารณะ')).toBeNull();
  });

  it('tells a measures header from a data row and from the header of another table', () => {
    expect(readHeaderRow(['กิจกรรม', 'ขั้นตอนการปฏิบัติ', 'ผู้รับผิดชอบ', 'กำหนดเสร็จ', 'รายงานผล']).kind).toBe('measures');
    expect(readHeaderRow(['๑', 'จัดทำแผน', 'ร่างแผน', 'สำนักปลัด', 'ก.ย.๖๕']).kind).toBe('none');
    expect(readHeaderRow(['ที่', 'ประเภทข้อมูล', 'ผู้รับผิดชอบ', '', '', 'ความถี่ในการเผยแพร่ ข้อมูล'])).toEqual({
      kind: 'other',
      headers: ['ที่', 'ประเภทข้อมูล', 'ผู้รับผิดชอบ', 'ความถี่ในการเผยแพร่ ข้อมูล'],
    });
  });

  it('takes the issue column as the title when the table has no measure column', () => {
    const header = readHeaderRow(['ประเด็นที่ต้องพัฒนา', 'ขั้นตอน', 'ผู้รับผิดชอบ']);
    expect(header.kind === 'measures' && [...header.mapping.columns]).toEqual([
      ['steps', 1],
      ['owners', 2],
      ['title', 0],
    ]);
  });
});
