import { fiscalYearRange, toThaiDigits, type MonitoringRule } from '@prongsai/domain';
import { DivisionEntity, MeasureEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { FiscalYearsService } from './fiscal-years.service';
import { MeasuresService } from './measures.service';

interface StandardMeasure {
  title: string;
  indicatorNo: number;
  expectedOutcome: string;
  steps: string[];
}

/** The six measures most organisations set every year, as a starting draft to edit. */
export const STANDARD_MEASURES: readonly StandardMeasure[] = [
  {
    title: 'การตรวจสอบการใช้ดุลพินิจ',
    indicatorNo: 3,
    expectedOutcome: 'การใช้ดุลพินิจของเจ้าหน้าที่เป็นไปตามหลักเกณฑ์ โปร่งใส ตรวจสอบได้',
    steps: [
      'จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานที่กำหนดขั้นตอนและระยะเวลาการให้บริการ',
      'เผยแพร่ขั้นตอนและระยะเวลาการให้บริการให้ประชาชนทราบ',
      'ติดตามตรวจสอบการใช้ดุลพินิจของเจ้าหน้าที่และรายงานผู้บริหาร',
    ],
  },
  {
    title: 'การป้องกันการขัดกันระหว่างผลประโยชน์',
    indicatorNo: 10,
    expectedOutcome: 'บุคลากรเข้าใจและหลีกเลี่ยงการขัดกันระหว่างผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม',
    steps: [
      'จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน',
      'ประชุมหรืออบรมให้ความรู้แก่บุคลากรเรื่องการขัดกันระหว่างผลประโยชน์',
      'ประเมินความเสี่ยงการขัดกันระหว่างผลประโยชน์และรายงานผู้บริหาร',
    ],
  },
  {
    title: 'ความโปร่งใสในการจัดซื้อจัดจ้าง',
    indicatorNo: 2,
    expectedOutcome: 'การจัดซื้อจัดจ้างเป็นไปตามระเบียบ เปิดเผย และตรวจสอบได้',
    steps: [
      'จัดทำและเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี',
      'เผยแพร่ประกาศและผลการจัดซื้อจัดจ้างทุกโครงการ',
      'สรุปผลการจัดซื้อจัดจ้างรายเดือนและรายงานผลประจำปีเผยแพร่บนเว็บไซต์',
    ],
  },
  {
    title: 'การจัดการเรื่องร้องเรียนการทุจริต',
    indicatorNo: 5,
    expectedOutcome: 'เรื่องร้องเรียนการทุจริตได้รับการดำเนินการครบถ้วนและแจ้งผลแก่ผู้ร้องเรียน',
    steps: [
      'จัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตที่หลากหลายและปกปิดผู้ร้องเรียน',
      'ดำเนินการตามคู่มือการจัดการเรื่องร้องเรียนและแจ้งผลแก่ผู้ร้องเรียน',
      'สรุปสถิติเรื่องร้องเรียนการทุจริตและเผยแพร่ต่อสาธารณะ',
    ],
  },
  {
    title: 'การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย',
    indicatorNo: 8,
    expectedOutcome: 'ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงานและการปรับปรุงการให้บริการ',
    steps: [
      'เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียร่วมแสดงความคิดเห็นต่อการดำเนินงาน',
      'จัดประชุมประชาคมหรือรับฟังความคิดเห็นเพื่อปรับปรุงการให้บริการ',
      'สรุปผลการมีส่วนร่วมและนำไปปรับปรุงการดำเนินงาน',
    ],
  },
  {
    title: 'การเผยแพร่ข้อมูลต่อสาธารณชน',
    indicatorNo: 9,
    expectedOutcome: 'ประชาชนเข้าถึงข้อมูลของหน่วยงานได้ครบถ้วน ถูกต้อง และเป็นปัจจุบัน',
    steps: [
      'กำหนดผู้รับผิดชอบการจัดทำ รวบรวม และเผยแพร่ข้อมูลแต่ละประเภท',
      'เผยแพร่ข้อมูลตามรายการ OIT บนเว็บไซต์ของหน่วยงาน',
      'ตรวจสอบความครบถ้วนและความเป็นปัจจุบันของข้อมูลบนเว็บไซต์ทุกไตรมาส',
    ],
  },
];

/** What adding the standard measures did. */
export interface StandardMeasuresResult {
  added: MeasureEntity[];
  /** Titles the year already had, left untouched. */
  alreadyThere: string[];
}

/**
 * Adds the six standard measures to a fiscal year as drafts, owned by สำนักปลัด when the
 * organisation has it, else by all divisions. Titles the year already has are skipped.
 */
export async function addStandardMeasures(manager: EntityManager, organizationId: string, fiscalYearBe: number): Promise<StandardMeasuresResult> {
  const year = await new FiscalYearsService(manager).require(organizationId, fiscalYearBe, 'fiscalYearBe');
  const divisions = await manager.findBy(DivisionEntity, { organizationId });
  const palad = divisions.find((division) => division.name.replace(/\s+/g, '').startsWith('สำนักปลัด'));
  const existing = new Set((await manager.findBy(MeasureEntity, { organizationId, fiscalYearBe })).map((measure) => measure.title));
  const range = fiscalYearRange(fiscalYearBe);
  const monitoringRule: MonitoringRule = year.cadence === 'quarterly' ? { kind: 'quarterly' } : { kind: 'semiannual', months: [4, 10] };
  const measures = new MeasuresService(manager);
  const result: StandardMeasuresResult = { added: [], alreadyThere: [] };
  for (const standard of STANDARD_MEASURES) {
    if (existing.has(standard.title)) {
      result.alreadyThere.push(standard.title);
      continue;
    }
    result.added.push(
      await measures.create(organizationId, fiscalYearBe, {
        title: standard.title,
        indicatorNo: standard.indicatorNo,
        expectedOutcome: standard.expectedOutcome,
        steps: standard.steps.map((text) => ({ text })),
        ownerDivisionIds: palad ? [palad.id] : [],
        allDivisions: palad === undefined,
        periodStart: range.start,
        periodEnd: range.end,
        periodText: `ตลอดปีงบประมาณ พ.ศ. ${toThaiDigits(fiscalYearBe)}`,
        monitoringRule,
        status: 'draft',
      }),
    );
  }
  return result;
}
