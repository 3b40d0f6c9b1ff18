import { createDivisionMatcher, matchDivisionOwners } from './division-owner.matcher';
import { compactDivisionName } from './division-text.normalizer';
import { STANDARD_DIVISIONS } from './standard-divisions.catalog';

describe('reading owner texts (ผู้รับผิดชอบ) as divisions', () => {
  it.each([
    ['สำนักปลัด', ['สำนักปลัด']],
    ['สำนักงานปลัด', ['สำนักปลัด']],
    ['สํานักงาน ปลัด', ['สำนักปลัด']],
    ['สป.', ['สำนักปลัด']],
    ['สำนักปลัดองค์การบริหารส่วนตำบลสมัย', ['สำนักปลัด']],
    ['ส่วนการคลัง', ['กองคลัง']],
    ['กองการศึกษาฯ', ['กองการศึกษา ศาสนาและวัฒนธรรม']],
    ['กองสาธารณสุขและสิ่งแวดล้อม', ['กองสาธารณสุขและสิ่งแวดล้อม']],
    ['งานตรวจสอบภายใน', ['หน่วยตรวจสอบภายใน']],
    ['นิติการ', ['งานนิติการ']],
  ])('reads "%s" as %j', (text, owners) => {
    expect(matchDivisionOwners(text)).toMatchObject({ owners, allDivisions: false, unmatched: [] });
  });

  it('splits lists written with slashes, commas, line breaks, "และ" or nothing at all', () => {
    for (const text of ['สำนักปลัด /กองคลัง/กองช่าง', 'สำนักปลัด, กองคลัง, กองช่าง', 'สำนักปลัด\nกองคลัง\nกองช่าง', 'สำนักปลัด กองคลัง และกองช่าง', 'สำนักปลัดกองคลังกองช่าง']) {
      expect(matchDivisionOwners(text).owners).toEqual(['สำนักปลัด', 'กองคลัง', 'กองช่าง']);
    }
  });

  it('does not split a division whose own name holds "และ"', () => {
    expect(matchDivisionOwners('กองสาธารณสุขและสิ่งแวดล้อม และกองสวัสดิการสังคม').owners).toEqual(['กองสาธารณสุขและสิ่งแวดล้อม', 'กองสวัสดิการสังคม']);
  });

  it.each(['ทุกกอง', 'ทุกหน่วยงาน', 'ทุก หน่วยงาน', 'ทุกส่วนราชการ', 'ทุกสำนัก/กอง', 'ทุกกลุ่ม งาน'])('reads "%s" as every division', (text) => {
    expect(matchDivisionOwners(text)).toMatchObject({ owners: [], allDivisions: true, unmatched: [] });
  });

  it('keeps divisions named beside "every division"', () => {
    expect(matchDivisionOwners('ทุกกอง / สำนักปลัด')).toMatchObject({ owners: ['สำนักปลัด'], allDivisions: true, unmatched: [] });
  });

  it('reads "กองคลัง - เจ้าหน้าที่ผู้รับผิดชอบงานพัสดุ" as กองคลัง, the officer only narrowing it down', () => {
    expect(matchDivisionOwners('กองคลัง\n- เจ้าหน้าที่ผู้รับผิดชอบงานพัสดุ')).toEqual({
      owners: ['กองคลัง'],
      allDivisions: false,
      unmatched: [],
      outsideOrganization: [],
      qualifiers: ['เจ้าหน้าที่ผู้รับผิดชอบงานพัสดุ'],
    });
  });

  it('gives back, as written, what names no division: a committee, the executives', () => {
    expect(matchDivisionOwners('คณะกรรมการประเมินคุณธรรม และ ความโปร่งใส')).toMatchObject({ owners: [], unmatched: ['คณะกรรมการประเมินคุณธรรม และ ความโปร่งใส'] });
    expect(matchDivisionOwners('ผู้บริหารและทุกกลุ่ม งาน')).toMatchObject({ allDivisions: true, unmatched: ['ผู้บริหาร'] });
    expect(matchDivisionOwners('สำนักปลัด / หน่วยงานที่เกี่ยวข้อง')).toMatchObject({ owners: ['สำนักปลัด'], unmatched: ['หน่วยงานที่เกี่ยวข้อง'] });
  });

  it('answers in the organisation’s own names and tells apart the usual divisions it does not have', () => {
    const match = createDivisionMatcher(['สำนักปลัดเทศบาล', 'กองการศึกษา', 'กองคลัง', 'งานป้องกันและบรรเทาสาธารณภัย']);
    expect(match('สำนักงานปลัด / กองการศึกษา ศาสนาและวัฒนธรรม / งานป้องกันและบรรเทา สาธารณภัย / กองช่าง')).toEqual({
      owners: ['สำนักปลัดเทศบาล', 'กองการศึกษา', 'งานป้องกันและบรรเทาสาธารณภัย'],
      allDivisions: false,
      unmatched: [],
      outsideOrganization: ['กองช่าง'],
      qualifiers: [],
    });
  });

  it('finds nothing in an empty text', () => {
    expect(matchDivisionOwners(' - ')).toEqual({ owners: [], allDivisions: false, unmatched: [], outsideOrganization: [], qualifiers: [] });
  });

  it('has a catalog in which no two divisions share a spelling', () => {
    const keys = STANDARD_DIVISIONS.flatMap((d) => [d.name, ...d.aliases].map(compactDivisionName));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
