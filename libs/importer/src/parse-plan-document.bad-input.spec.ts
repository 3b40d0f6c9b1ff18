import { ImportError, ImportErrorCode } from './import-error';
import { parsePlanDocument } from './parse-plan-document';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function failure(fileName: string, content: Uint8Array): Promise<ImportError> {
  const error = await parsePlanDocument({ fileName, content }).then(
    () => new Error('expected the import to fail'),
    (e: unknown) => e,
  );
  if (!(error instanceof ImportError)) throw error;
  return error;
}

describe('importing a file that cannot be imported', () => {
  it.each([
    ['an empty file', 'แผน.csv', new Uint8Array()],
    ['a file of blank lines', 'แผน.txt', bytes(' \r\n\n\t')],
    ['a byte order mark alone', 'แผน.txt', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('says %s is empty', async (_what, fileName, content) => {
    const error = await failure(fileName, content);
    expect(error.code).toBe(ImportErrorCode.EMPTY_FILE);
    expect(error.message).toBe(`ไฟล์ "${fileName}" ว่างเปล่า / "${fileName}" is empty`);
  });

  it('says a text file named .xlsx is not a readable workbook', async () => {
    const error = await failure('แผน.xlsx', bytes('ลำดับที่,มาตรการ\n1,จัดทำแผน'));
    expect(error.code).toBe(ImportErrorCode.UNREADABLE_FILE);
    expect(error.messageTh).toContain('ไม่ใช่ไฟล์ Excel (XLSX)');
    expect(error.messageEn).toContain('is not a readable Excel (XLSX) workbook');
  });

  it('says random bytes named .docx are not a readable Word document', async () => {
    const error = await failure('แผน.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(error.code).toBe(ImportErrorCode.UNREADABLE_FILE);
    expect(error.message).toContain('is not a readable Word (DOCX) document');
  });

  it('asks for the text of a PDF instead of reading its bytes as text', async () => {
    const error = await failure('รายงาน.pdf', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'));
    expect(error.code).toBe(ImportErrorCode.UNREADABLE_FILE);
    expect(error.message).toContain('is not text (perhaps a PDF or an old Word file)');
  });

  it('says a text without any table of measures has none', async () => {
    const error = await failure('บันทึก.txt', bytes('บันทึกข้อความ\nเรื่อง ขออนุมัติมาตรการ\nเรียน นายกองค์การบริหารส่วนตำบลสมัย'));
    expect(error.code).toBe(ImportErrorCode.NO_TABLE);
    expect(error.messageTh).toMatch(/^ไม่พบตารางมาตรการใน "บันทึก.txt"/);
    expect(error.messageEn).toMatch(/^no table of measures in "บันทึก.txt"/);
  });

  it('names the tables it found when none of them is a table of measures', async () => {
    const csv = 'ที่,ประเภทข้อมูล,ผู้รับผิดชอบ,ความถี่ในการเผยแพร่ข้อมูล\n1,โครงสร้างหน่วยงาน,นักทรัพยากร,ปีละ 1 ครั้ง\n';
    const error = await failure('ข้อมูล.csv', bytes(csv));
    expect(error.code).toBe(ImportErrorCode.NO_TABLE);
    expect(error.message).toContain('(ที่, ประเภทข้อมูล, ผู้รับผิดชอบ, ความถี่ในการเผยแพร่ข้อมูล)');
  });
});
