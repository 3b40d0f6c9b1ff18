/** A division usual in a local government organisation, with the other ways documents name it. */
export interface StandardDivision {
  /** The name Prongsai uses, e.g. "สำนักปลัด". */
  readonly name: string;
  /** Other names and abbreviations seen in plans and reports, e.g. "สำนักงานปลัด", "สป.". */
  readonly aliases: readonly string[];
}

/**
 * The divisions (สำนัก / กอง / หน่วย / งาน) most อบต. and เทศบาล have, used to read owner names when
 * an organisation has not listed its own divisions.
 */
export const STANDARD_DIVISIONS: readonly StandardDivision[] = [
  { name: 'สำนักปลัด', aliases: ['สำนักงานปลัด', 'สป.', 'สำนักปลัดเทศบาล', 'สำนักงานปลัดเทศบาล'] },
  { name: 'กองคลัง', aliases: ['กองการคลัง', 'ส่วนการคลัง', 'กองคลังและพัสดุ'] },
  { name: 'กองช่าง', aliases: ['ส่วนโยธา', 'กองโยธา', 'ส่วนช่าง'] },
  {
    name: 'กองการศึกษา ศาสนาและวัฒนธรรม',
    aliases: ['กองการศึกษา', 'ส่วนการศึกษา', 'ส่วนการศึกษา ศาสนาและวัฒนธรรม'],
  },
  {
    name: 'กองสาธารณสุขและสิ่งแวดล้อม',
    aliases: ['กองสาธารณสุข', 'ส่วนสาธารณสุข', 'ส่วนสาธารณสุขและสิ่งแวดล้อม'],
  },
  { name: 'กองสวัสดิการสังคม', aliases: ['ส่วนสวัสดิการสังคม', 'กองสวัสดิการ', 'ส่วนสวัสดิการ'] },
  { name: 'กองการเจ้าหน้าที่', aliases: ['ส่วนการเจ้าหน้าที่'] },
  {
    name: 'กองยุทธศาสตร์และงบประมาณ',
    aliases: ['กองวิชาการและแผนงาน', 'ส่วนยุทธศาสตร์และงบประมาณ', 'กองแผนและงบประมาณ', 'กองนโยบายและแผน'],
  },
  { name: 'กองส่งเสริมการเกษตร', aliases: ['ส่วนส่งเสริมการเกษตร'] },
  { name: 'หน่วยตรวจสอบภายใน', aliases: ['งานตรวจสอบภายใน', 'หน่วยงานตรวจสอบภายใน', 'ตรวจสอบภายใน'] },
  { name: 'งานนิติการ', aliases: ['นิติการ', 'ฝ่ายนิติการ', 'งานกฎหมายและคดี'] },
];

/**
 * Phrases meaning "every division" ("ทุกกอง", "ทุกหน่วยงาน", "ทุกส่วนราชการ" …). Matching ignores
 * spaces, so "ทุก หน่วยงาน" is one of them too.
 */
export const ALL_DIVISIONS_PHRASES: readonly string[] = [
  'ทุกกอง',
  'ทุกกอง/ฝ่าย',
  'ทุกกอง/สำนัก',
  'ทุกสำนัก/กอง',
  'ทุกสำนัก/กอง/หน่วย',
  'ทุกสำนัก',
  'ทุกหน่วยงาน',
  'ทุกหน่วย',
  'ทุกส่วนราชการ',
  'ทุกส่วนงาน',
  'ทุกส่วน',
  'ทุกกลุ่มงาน',
  'ทุกฝ่าย',
  'ทุกกองทุกฝ่าย',
  'ทุกสำนักกอง',
];
