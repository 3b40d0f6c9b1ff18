import { readDocumentHeader } from './document-header.reader';

describe('reading the heading of a plan or report', () => {
  it('reads organisation, district and province written on one line without spaces between them', () => {
    const header = readDocumentHeader(['รายงานผล', 'เทศบาลตำบลบ้านใหม่อำเภอเมืองจังหวัดเชียงใหม่', 'ประจำปีงบประมาณ พ.ศ.2567 รอบ 12 เดือน']);
    expect(header).toEqual({
      organization: { name: 'เทศบาลตำบลบ้านใหม่', district: 'เมือง', province: 'เชียงใหม่' },
      fiscalYear: 2567,
      round: 12,
      warnings: [],
    });
  });

  it('writes out "อบต." when the full name is not in the heading, and never takes องค์การบริหารส่วนจังหวัด for a province', () => {
    const header = readDocumentHeader(['มาตรการภายในอบต.บางไทรป่า อ.บางเลน จ.นครปฐม', 'ประจำปีงบประมาณ ๒๕๖๕']);
    expect(header.organization).toEqual({ name: 'องค์การบริหารส่วนตำบลบางไทรป่า', district: 'บางเลน', province: 'นครปฐม' });
    expect(readDocumentHeader(['องค์การบริหารส่วนจังหวัดลำปาง']).organization.province).toBeNull();
  });

  it('warns instead of guessing when the year is missing', () => {
    const header = readDocumentHeader(['องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง']);
    expect(header.fiscalYear).toBeNull();
    expect(header.warnings.map((w) => w.message)).toEqual([
      'ไม่พบปีงบประมาณ (ประจำปีงบประมาณ พ.ศ. …) ในหัวเอกสาร จึงอ่านระยะเวลาไม่ได้ / no fiscal year (ประจำปีงบประมาณ พ.ศ. …) found in the heading, so periods cannot be read',
    ]);
  });
});
