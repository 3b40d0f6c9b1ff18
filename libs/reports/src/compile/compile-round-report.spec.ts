import { compileRoundReport, NO_INDICATOR_HEADING } from './compile-round-report';
import type { RoundReportInput, RoundReportMeasureInput } from './round-report-input';

const COMPILED_AT = '2025-04-05T03:00:00.000Z';

function measure(no: number, changes: Partial<RoundReportMeasureInput> = {}): RoundReportMeasureInput {
  return {
    no,
    title: `มาตรการที่ ${no}`,
    indicator: null,
    steps: ['จัดทำคู่มือ', 'เผยแพร่คู่มือบนเว็บไซต์'],
    period: { start: '2024-10-01', end: '2025-09-30' },
    owners: ['กองคลัง'],
    report: { summary: 'จัดทำคู่มือแล้ว', outcome: 'บุคลากรปฏิบัติตามคู่มือ' },
    ...changes,
  };
}

function input(changes: Partial<RoundReportInput> = {}): RoundReportInput {
  return {
    organization: { code: 'samai', name: 'องค์การบริหารส่วนตำบลสมัย', type: 'sao', district: 'สบปราบ', province: 'ลำปาง', numeralStyle: 'thai' },
    fiscalYearBe: 2568,
    round: 'R6',
    planApprovedOn: '2025-02-10',
    coordinatorDivision: 'สำนักปลัด',
    measures: [measure(1), measure(2)],
    compiledAt: COMPILED_AT,
    ...changes,
  };
}

describe('compileRoundReport', () => {
  it('writes the heading, the opening and the columns as the published reports do, in Thai digits', () => {
    const document = compileRoundReport(input());
    expect(document.title).toBe('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๖ เดือน)');
    expect(document.organizationLine).toBe('องค์การบริหารส่วนตำบลสมัย อำเภอสบปราบ จังหวัดลำปาง');
    expect(document.opening).toBe(
      'ตามที่นายกองค์การบริหารส่วนตำบลสมัย ได้เห็นชอบมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในองค์การบริหารส่วนตำบลสมัย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เมื่อวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘ นั้น ' +
        'สำนักปลัดได้รวบรวมผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในองค์การบริหารส่วนตำบลสมัย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน ดังนี้',
    );
    expect(document.columns).toEqual([
      'ลำดับที่',
      'มาตรการ/กิจกรรม',
      'ขั้นตอน/วิธีการปฏิบัติ',
      'ระยะเวลาดำเนินการ',
      'ผู้รับผิดชอบ',
      'สรุปผลการดำเนินการ',
      'ผลลัพธ์หรือความสำเร็จ',
    ]);
    expect(document.sections).toEqual([
      {
        heading: null,
        rows: [1, 2].map((no) => ({
          no: ['๑', '๒'][no - 1],
          title: `มาตรการที่ ${['๑', '๒'][no - 1]}`,
          steps: ['๑. จัดทำคู่มือ', '๒. เผยแพร่คู่มือบนเว็บไซต์'],
          period: 'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘',
          owners: 'กองคลัง',
          summary: 'จัดทำคู่มือแล้ว',
          outcome: 'บุคลากรปฏิบัติตามคู่มือ',
        })),
      },
    ]);
    expect(document.meta).toEqual({ organizationCode: 'samai', fiscalYearBe: 2568, round: 'R6', digits: 'thai', missing: [], compiledAt: COMPILED_AT });
  });

  it('opens with the same first sentence as seed 001 (อบต.บางไทรป่า, approved 10 February 2565)', () => {
    const document = compileRoundReport(
      input({
        organization: { code: 'bangsaipa', name: 'องค์การบริหารส่วนตำบลบางไทรป่า', type: 'sao', district: null, province: null, numeralStyle: 'thai' },
        fiscalYearBe: 2565,
        planApprovedOn: '2022-02-10',
      }),
    );
    expect(document.opening).toMatch(
      /^ตามที่นายกองค์การบริหารส่วนตำบลบางไทรป่า ได้เห็นชอบมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในองค์การบริหารส่วนตำบลบางไทรป่า ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ เมื่อวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕ นั้น /,
    );
    expect(document.organizationLine).toBe('องค์การบริหารส่วนตำบลบางไทรป่า');
  });

  it('writes every digit in Arabic for an organisation that uses them, its own text included', () => {
    const document = compileRoundReport(
      input({
        organization: { code: 'samai', name: 'องค์การบริหารส่วนตำบลสมัย', type: 'sao', district: 'สบปราบ', province: 'ลำปาง', numeralStyle: 'arabic' },
        measures: [
          measure(12, {
            title: 'จัดทำแผนประจำปี ๒๕๖๘',
            steps: ['๑. ประชุม ๒ ครั้ง', 'เผยแพร่ที่ www.samai.go.th'],
            report: { summary: 'ประชุมแล้ว ๒ ครั้ง', outcome: 'ร้อยละ ๘๐' },
          }),
        ],
      }),
    );
    expect(document.title).toBe('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 6 เดือน)');
    expect(document.opening).toContain('ประจำปีงบประมาณ พ.ศ. 2568 เมื่อวันที่ 10 กุมภาพันธ์ 2568 นั้น');
    expect(document.sections[0].rows[0]).toEqual({
      no: '12',
      title: 'จัดทำแผนประจำปี 2568',
      steps: ['1. ประชุม 2 ครั้ง', '2. เผยแพร่ที่ www.samai.go.th'],
      period: 'ตุลาคม 2567 – กันยายน 2568',
      owners: 'กองคลัง',
      summary: 'ประชุมแล้ว 2 ครั้ง',
      outcome: 'ร้อยละ 80',
    });
    expect(JSON.stringify(document)).not.toMatch(/[๐-๙]/);
    expect(document.meta.digits).toBe('arabic');
  });

  it('and in Thai digits when the organisation’s own text was typed with Arabic ones', () => {
    const document = compileRoundReport(input({ measures: [measure(1, { title: 'แผนปี 2568', report: { summary: 'ครบ 12 เดือน', outcome: '' } })] }));
    expect(document.sections[0].rows[0]).toMatchObject({ title: 'แผนปี ๒๕๖๘', summary: 'ครบ ๑๒ เดือน' });
    expect(JSON.stringify(document.sections)).not.toMatch(/[0-9]/);
  });

  it.each([
    ['Q1', '(ไตรมาสที่ ๑)', 'ไตรมาสที่ ๑ ดังนี้'],
    ['Q3', '(ไตรมาสที่ ๓)', 'ไตรมาสที่ ๓ ดังนี้'],
    ['R6', '(รอบ ๖ เดือน)', 'รอบ ๖ เดือน ดังนี้'],
    ['R12', '(รอบ ๑๒ เดือน)', 'รอบ ๑๒ เดือน ดังนี้'],
  ] as const)('names the round %s in the title %s and at the end of the opening', (round, inTitle, atEnd) => {
    const document = compileRoundReport(input({ round }));
    expect(document.title.endsWith(`ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ${inTitle}`)).toBe(true);
    expect(document.opening.endsWith(atEnd)).toBe(true);
    expect(document.meta.round).toBe(round);
  });

  it('has the mayor (นายกเทศมนตรี) approve the measures of a เทศบาล', () => {
    const document = compileRoundReport(
      input({
        organization: { code: 'banmai', name: 'เทศบาลตำบลบ้านใหม่', type: 'subdistrict_municipality', district: 'เมืองเชียงใหม่', province: 'เชียงใหม่', numeralStyle: 'thai' },
      }),
    );
    expect(document.opening).toMatch(/^ตามที่นายกเทศมนตรีตำบลบ้านใหม่ ได้เห็นชอบมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในเทศบาลตำบลบ้านใหม่ ประจำปีงบประมาณ/);
    expect(document.organizationLine).toBe('เทศบาลตำบลบ้านใหม่ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่');
  });

  it('cites the approval without a date when it is not known, and without a division when none gathered the results', () => {
    const document = compileRoundReport(input({ planApprovedOn: null, coordinatorDivision: null }));
    expect(document.opening).toBe(
      'ตามที่นายกองค์การบริหารส่วนตำบลสมัย ได้เห็นชอบมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในองค์การบริหารส่วนตำบลสมัย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ นั้น ' +
        'จึงขอรายงานผลการดำเนินการตามมาตรการดังกล่าว รอบ ๖ เดือน ดังนี้',
    );
    expect(document.opening).not.toContain('เมื่อวันที่');
  });

  it('groups measures under their ITA indicators, by number, with the published names, and the rest last', () => {
    const document = compileRoundReport(
      input({ measures: [measure(1, { indicator: 6 }), measure(2, { indicator: 4 }), measure(3), measure(4, { indicator: 6 })] }),
    );
    expect(document.sections.map((section) => [section.heading, section.rows.map((row) => row.no)])).toEqual([
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', ['๒']],
      ['ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน', ['๑', '๔']],
      [NO_INDICATOR_HEADING, ['๓']],
    ]);
  });

  it('uses the organisation’s own indicator names of the year over the published ones', () => {
    const document = compileRoundReport(
      input({ measures: [measure(1, { indicator: 4 }), measure(2, { indicator: 9 })], indicatorNames: { 4: 'การใช้ทรัพย์สินของทางราชการ' } }),
    );
    expect(document.sections.map((section) => section.heading)).toEqual(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล']);
  });

  it('keeps one section without a heading, in the plan’s order, when no measure names an indicator', () => {
    const document = compileRoundReport(input({ measures: [measure(3), measure(1), measure(2)] }));
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0].heading).toBeNull();
    expect(document.sections[0].rows.map((row) => row.no)).toEqual(['๓', '๑', '๒']);
  });

  it('lists in meta.missing the measures without a report for the round, or with an empty one, and leaves their cells empty', () => {
    const document = compileRoundReport(
      input({
        measures: [measure(1), measure(2, { title: '  ประชาสัมพันธ์ช่องทางร้องเรียน ', report: null }), measure(3, { report: { summary: ' ', outcome: '' } })],
      }),
    );
    expect(document.meta.missing).toEqual([
      { no: 2, title: 'ประชาสัมพันธ์ช่องทางร้องเรียน' },
      { no: 3, title: 'มาตรการที่ 3' },
    ]);
    expect(document.sections[0].rows[1]).toMatchObject({ summary: '', outcome: '' });
    expect(document.sections[0].rows[2]).toMatchObject({ summary: '', outcome: '' });
  });

  it('writes the owners (ทุกกอง/สำนัก for all divisions) and the period, falling back to the plan’s words', () => {
    const document = compileRoundReport(
      input({
        measures: [
          measure(1, { owners: [], allDivisions: true, period: { start: '2024-10-01', end: '2024-12-31' } }),
          measure(2, { owners: ['สำนักปลัด', 'กองคลัง', 'กองช่าง'], period: null, periodText: 'ไตรมาสที่ 1 – ไตรมาสที่ 3' }),
          measure(3, { period: null }),
        ],
      }),
    );
    expect(document.sections[0].rows.map((row) => [row.owners, row.period])).toEqual([
      ['ทุกกอง/สำนัก', 'ตุลาคม – ธันวาคม ๒๕๖๗'],
      ['สำนักปลัด, กองคลัง, กองช่าง', 'ไตรมาสที่ ๑ – ไตรมาสที่ ๓'],
      ['กองคลัง', ''],
    ]);
  });

  it('keeps the lines of a multi-line summary', () => {
    const document = compileRoundReport(input({ measures: [measure(1, { report: { summary: '๑. จัดทำคู่มือ\n๒. เผยแพร่คู่มือ', outcome: 'ดี' } })] }));
    expect(document.sections[0].rows[0].summary).toBe('๑. จัดทำคู่มือ\n๒. เผยแพร่คู่มือ');
  });

  it('stamps the time it was compiled when none is given', () => {
    const before = Date.now();
    const { meta } = compileRoundReport(input({ compiledAt: undefined }));
    expect(Date.parse(meta.compiledAt)).toBeGreaterThanOrEqual(before);
    expect(meta.compiledAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
