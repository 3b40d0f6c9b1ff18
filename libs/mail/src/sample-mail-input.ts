import type { DigestItem, MailData, MailInput, MailLanguage, MailMeasureRef, MailOrganization, MailPeriodRef, MailTemplateName } from './mail.types';
import { assertMailLanguage, assertMailTemplateName } from './render-mail';

/** อบต.สมัย, อำเภอสบปราบ จังหวัดลำปาง: the organisation of the demo data (its FY 2568 report). */
export const SAMPLE_ORGANIZATION: MailOrganization = {
  name: 'องค์การบริหารส่วนตำบลสมัย',
  type: 'sao',
  district: 'สบปราบ',
  province: 'ลำปาง',
  website: 'https://www.samai.go.th',
  phone: '0 5429 6106',
  numeralStyle: 'thai',
};

const BASE = 'https://prongsai.samai.go.th';

/** Measures of the FY 2568 plan (titles from the published report). */
function measure(no: number, title: string, periodKey = 'Q1'): MailMeasureRef {
  return { no, title, link: `${BASE}/fy/2568/measures/${no}/reports/${periodKey}` };
}
const MEASURES = {
  handbook: (key?: string) => measure(1, 'การจัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่ และหลักการให้บริการด้วยความเท่าเทียมและเสมอภาค', key),
  hearing: (key?: string) => measure(2, 'กิจกรรมการประชาสัมพันธ์ช่องทางการรับฟังความคิดเห็นจากประชาชน', key),
  channels: (key?: string) => measure(3, 'การพัฒนาช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารให้มีประสิทธิภาพ', key),
  assets: (key?: string) => measure(4, 'การเผยแพร่หลักเกณฑ์การใช้ทรัพย์สินของทางราชการและการกำกับดูแล', key),
  complaints: (key?: string) => measure(7, 'จัดทำและประชาสัมพันธ์ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', key),
};

/** FY 2568: reports are due 15 days after the period ends. */
const Q1: MailPeriodRef = { key: 'Q1', start: '2024-10-01', dueDate: '2025-01-15' };
const Q2: MailPeriodRef = { key: 'Q2', start: '2025-01-01', dueDate: '2025-04-15' };

const PEOPLE = {
  coordinator: 'นางสาวใจดี ประสานงาน',
  nayok: 'นายสมชาย นายกดี',
  palat: 'นางสมศรี ปลัดดี',
  headOffice: 'นายสมหมาย หัวหน้าดี',
  officer: 'นางสาวสมใจ ทำงานดี',
  financeOfficers: ['นางสาวมาลี ตรวจบัญชี', 'นายวีระ พัสดุดี'],
  engineer: 'นายประเสริฐ ช่างดี',
};

function item(measureRef: MailMeasureRef, period: MailPeriodRef, note?: string): DigestItem {
  return note === undefined ? { measure: measureRef, period } : { measure: measureRef, period, note };
}

/** The data and the reader of each template's sample. Notes are the caller's words, so they follow the language. */
function sample(template: MailTemplateName, language: MailLanguage): { reader: string; data: MailData } {
  const th = language === 'th';
  switch (template) {
    case 'task_assigned':
      return {
        reader: PEOPLE.headOffice,
        data: { template, measure: MEASURES.channels(), fiscalYearBe: 2568, divisionName: 'สำนักปลัด', coOwnerDivisionNames: ['กองคลัง'], firstPeriod: Q1 },
      };
    case 'period_opened':
      return { reader: PEOPLE.officer, data: { template, measure: MEASURES.channels('Q2'), period: Q2 } };
    case 'reminder':
      return { reader: PEOPLE.officer, data: { template, measure: MEASURES.channels(), period: Q1, workingDaysLeft: 7 } };
    case 'overdue':
      return {
        reader: PEOPLE.financeOfficers[0],
        data: { template, measure: MEASURES.assets(), period: Q1, divisionName: 'กองคลัง', officerNames: PEOPLE.financeOfficers, daysOverdue: 7, escalationLevel: 0 },
      };
    case 'report_returned':
      return {
        reader: PEOPLE.officer,
        data: {
          template,
          measure: MEASURES.complaints(),
          period: Q1,
          returnedBy: 'coordinator',
          returnedByName: PEOPLE.coordinator,
          comment: th
            ? 'โปรดแนบภาพถ่ายป้ายประชาสัมพันธ์ช่องทางแจ้งเรื่องร้องเรียน และระบุวันที่เผยแพร่บนเว็บไซต์ให้ครบถ้วน\nเอกสารหลักฐานที่แนบมายังไม่ตรงกับรอบไตรมาสที่ ๑'
            : 'Please attach photos of the complaint-channel notice board and give the date it was published on the website.\nThe evidence attached is not from Q1.',
        },
      };
    case 'awaiting_review':
      return {
        reader: PEOPLE.coordinator,
        data: { template, measure: MEASURES.hearing(), period: Q1, divisionName: 'กองช่าง', submittedBy: PEOPLE.engineer, submittedOn: '2025-01-10' },
      };
    case 'awaiting_sign_off':
      return {
        reader: PEOPLE.nayok,
        data: { template, measure: MEASURES.channels(), period: Q1, divisionName: 'สำนักปลัด', acceptedBy: PEOPLE.coordinator, acceptedOn: '2025-01-17' },
      };
    case 'review_reminder':
      return {
        reader: PEOPLE.coordinator,
        data: { template, measure: MEASURES.hearing(), period: Q1, divisionName: 'กองช่าง', submittedOn: '2025-01-10', workingDaysWaiting: 2 },
      };
    case 'sign_off_reminder':
      return {
        reader: PEOPLE.nayok,
        data: { template, measure: MEASURES.channels(), period: Q1, divisionName: 'สำนักปลัด', acceptedOn: '2025-01-17', workingDaysWaiting: 2 },
      };
    case 'published':
      return {
        reader: PEOPLE.officer,
        data: {
          template,
          measure: MEASURES.channels(),
          period: Q1,
          signedOffBy: PEOPLE.nayok,
          signedOffOn: '2025-01-21',
          publicLink: `${BASE}/public/2568/measures/3/reports/Q1`,
        },
      };
    case 'daily_digest':
      return {
        reader: PEOPLE.headOffice,
        data: {
          template,
          date: '2025-01-22',
          overdue: [item(MEASURES.handbook(), Q1, th ? 'เลยกำหนด ๗ วัน' : '7 days overdue')],
          dueSoon: [item(MEASURES.handbook('step-2'), { key: 'step-2', start: '2024-10-01', dueDate: '2025-01-31' }, th ? 'เผยแพร่คู่มือผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์' : 'publish the handbook on the website and notice board')],
          waitingForYou: [],
          returned: [item(MEASURES.complaints(), Q1, th ? 'ความเห็น: โปรดแนบภาพถ่ายป้ายประชาสัมพันธ์' : 'comment: please attach photos of the notice board')],
          link: `${BASE}/inbox`,
        },
      };
    case 'weekly_summary':
      return {
        reader: PEOPLE.nayok,
        data: {
          template,
          weekEnding: '2025-01-24',
          fiscalYearBe: 2568,
          divisions: [
            { name: 'สำนักปลัด', reportsDue: 8, submitted: 7, signedOff: 5, overdue: 1 },
            { name: 'กองคลัง', reportsDue: 5, submitted: 4, signedOff: 3, overdue: 1 },
            { name: 'กองช่าง', reportsDue: 4, submitted: 4, signedOff: 2, overdue: 0 },
            { name: 'กองการศึกษา ศาสนาและวัฒนธรรม', reportsDue: 3, submitted: 3, signedOff: 3, overdue: 0 },
            { name: 'กองสาธารณสุขและสิ่งแวดล้อม', reportsDue: 2, submitted: 1, signedOff: 1, overdue: 1 },
          ],
          overdueItems: [
            item(MEASURES.complaints(), Q1, th ? 'สำนักปลัด · เลยกำหนด ๙ วัน' : 'สำนักปลัด · 9 days overdue'),
            item(MEASURES.assets(), Q1, th ? 'กองคลัง · เลยกำหนด ๙ วัน' : 'กองคลัง · 9 days overdue'),
            item(MEASURES.hearing(), Q1, th ? 'กองสาธารณสุขและสิ่งแวดล้อม · เลยกำหนด ๙ วัน' : 'กองสาธารณสุขและสิ่งแวดล้อม · 9 days overdue'),
          ],
          link: `${BASE}/fy/2568/dashboard`,
        },
      };
    case 'round_opened':
      return { reader: PEOPLE.coordinator, data: { template, period: Q2, reportTasksOpened: 14, measureCount: 12, link: `${BASE}/fy/2568/rounds/Q2` } };
    case 'round_report_decided':
      return {
        reader: PEOPLE.coordinator,
        data: {
          template,
          period: Q2,
          version: 1,
          decision: 'returned',
          comment: th ? 'โปรดเพิ่มภาพกิจกรรมของมาตรการที่ ๓' : 'Please add photos of the activities of measure 3',
          decidedBy: PEOPLE.nayok,
          link: `${BASE}/fy/2568/reports/Q2`,
          publicLink: 'https://prongsai.samai.go.th/public/samai',
        },
      };
    case 'round_report_awaiting_sign_off':
      return { reader: PEOPLE.nayok, data: { template, period: Q2, version: 1, measureCount: 12, missingCount: 2, link: `${BASE}/fy/2568/reports/Q2` } };
  }
}

/**
 * A realistic input for a template: อบต.สมัย (Lampang), the measures of its FY 2568 plan, its
 * people. For previews (`prongsai mail preview`) and tests; a fresh object each call.
 *
 * @throws MailError UNKNOWN_TEMPLATE or UNKNOWN_LANGUAGE.
 */
export function sampleMailInput(template: MailTemplateName, language: MailLanguage): MailInput {
  assertMailTemplateName(template, 'template');
  assertMailLanguage(language, 'language');
  const { reader, data } = sample(template, language);
  return structuredClone({ organization: SAMPLE_ORGANIZATION, recipient: { displayName: reader, language }, data });
}
