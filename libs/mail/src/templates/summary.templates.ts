import { fiscalYearOf } from '@prongsai/domain';
import type { MailTemplate } from './mail-template';

/** To one person: what is overdue, due soon, waiting for them or returned. Empty sections are left out. */
export const DAILY_DIGEST: MailTemplate<'daily_digest'> = {
  view: (data) => {
    const total = data.overdue.length + data.dueSoon.length + data.waitingForYou.length + data.returned.length;
    return { total, nothing: total === 0 };
  },
  th: {
    subject: '[{{org.short}}] สรุปงานประจำวันที่ {{shortDate data.date}} ({{#if view.nothing}}ไม่มีงานค้าง{{else}}{{num view.total}} รายการ{{/if}})',
    body: `
{{> th-greeting}}
{{#if view.nothing}}
{{#p}}ขอแจ้งให้ทราบว่า ณ วันที่ {{date data.date}} ไม่มีงานในระบบโปร่งใสที่รอการดำเนินการจากท่าน{{/p}}
{{else}}
{{#p}}ขอสรุปงานในระบบโปร่งใสที่เกี่ยวข้องกับท่าน ณ วันที่ {{date data.date}} จำนวน {{num view.total}} รายการ ดังนี้{{/p}}
{{/if}}
{{#if data.overdue}}{{#section "เลยกำหนดส่ง" count=(num data.overdue.length)}}{{#list}}{{#each data.overdue}}{{> th-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{#if data.dueSoon}}{{#section "ใกล้ครบกำหนดส่ง" count=(num data.dueSoon.length)}}{{#list}}{{#each data.dueSoon}}{{> th-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{#if data.waitingForYou}}{{#section "รอการตรวจสอบหรือลงนามจากท่าน" count=(num data.waitingForYou.length)}}{{#list}}{{#each data.waitingForYou}}{{> th-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{#if data.returned}}{{#section "ถูกส่งกลับให้แก้ไข" count=(num data.returned.length)}}{{#list}}{{#each data.returned}}{{> th-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{button data.link "เปิดรายการงานของท่าน"}}
{{#if view.nothing}}{{#p}}จึงเรียนมาเพื่อโปรดทราบ{{/p}}{{else}}{{#p}}จึงเรียนมาเพื่อโปรดทราบและดำเนินการ{{/p}}{{/if}}
`,
  },
  en: {
    subject: '[{{org.short}}] Your tasks on {{shortDate data.date}} ({{#if view.nothing}}nothing pending{{else}}{{num view.total}} {{plural view.total "item" "items"}}{{/if}})',
    body: `
{{> en-greeting}}
{{#if view.nothing}}
{{#p}}As of {{date data.date}}, nothing in Prongsai is waiting for you.{{/p}}
{{else}}
{{#p}}As of {{date data.date}}, {{num view.total}} {{plural view.total "item" "items"}} in Prongsai {{plural view.total "needs" "need"}} your attention.{{/p}}
{{/if}}
{{#if data.overdue}}{{#section "Overdue" count=(num data.overdue.length)}}{{#list}}{{#each data.overdue}}{{> en-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{#if data.dueSoon}}{{#section "Due soon" count=(num data.dueSoon.length)}}{{#list}}{{#each data.dueSoon}}{{> en-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{#if data.waitingForYou}}{{#section "Waiting for your review or sign-off" count=(num data.waitingForYou.length)}}{{#list}}{{#each data.waitingForYou}}{{> en-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{#if data.returned}}{{#section "Returned for revision" count=(num data.returned.length)}}{{#list}}{{#each data.returned}}{{> en-item}}{{/each}}{{/list}}{{/section}}{{/if}}
{{button data.link "Open your task list"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the executives: progress and overdue reports by division, as a table. */
export const WEEKLY_SUMMARY: MailTemplate<'weekly_summary'> = {
  view: (data) => {
    const sum = (key: 'reportsDue' | 'submitted' | 'signedOff' | 'overdue') => data.divisions.reduce((total, division) => total + division[key], 0);
    return { totals: { reportsDue: sum('reportsDue'), submitted: sum('submitted'), signedOff: sum('signedOff'), overdue: sum('overdue') } };
  },
  th: {
    subject:
      '[{{org.short}}] สรุปความก้าวหน้ามาตรการประจำสัปดาห์ ถึงวันที่ {{shortDate data.weekEnding}}' +
      '{{#if view.totals.overdue}} (เลยกำหนด {{num view.totals.overdue}} รายงาน){{/if}}',
    body: `
{{> th-greeting}}
{{#p}}ขอรายงานความก้าวหน้าการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
ประจำปีงบประมาณ {{fiscalYear data.fiscalYearBe}} ณ วันที่ {{date data.weekEnding}} แยกตามหน่วยงาน ดังนี้{{/p}}
{{#table}}
{{row "หน่วยงาน" "ครบกำหนดส่ง" "ส่งแล้ว" "ลงนามแล้ว" "เลยกำหนด" head=true}}
{{#each data.divisions}}{{row name (num reportsDue) (num submitted) (num signedOff) (num overdue)}}{{/each}}
{{row "รวม" (num view.totals.reportsDue) (num view.totals.submitted) (num view.totals.signedOff) (num view.totals.overdue) total=true}}
{{/table}}
{{#if data.overdueItems}}
{{#section "รายงานที่เลยกำหนดส่ง" count=(num data.overdueItems.length)}}{{#list}}{{#each data.overdueItems}}{{> th-item}}{{/each}}{{/list}}{{/section}}
{{else}}
{{#p}}ไม่มีรายงานที่เลยกำหนดส่ง{{/p}}
{{/if}}
{{button data.link "ดูภาพรวมในระบบโปร่งใส"}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบ{{/p}}
`,
  },
  en: {
    subject:
      '[{{org.short}}] Weekly progress of the measures to {{shortDate data.weekEnding}}' +
      '{{#if view.totals.overdue}} ({{num view.totals.overdue}} {{plural view.totals.overdue "report" "reports"}} overdue){{/if}}',
    body: `
{{> en-greeting}}
{{#p}}Here is the progress of the integrity and transparency measures of fiscal year {{fiscalYear data.fiscalYearBe}}
as of {{date data.weekEnding}}, by division.{{/p}}
{{#table}}
{{row "Division" "Due" "Submitted" "Signed off" "Overdue" head=true}}
{{#each data.divisions}}{{row name (num reportsDue) (num submitted) (num signedOff) (num overdue)}}{{/each}}
{{row "Total" (num view.totals.reportsDue) (num view.totals.submitted) (num view.totals.signedOff) (num view.totals.overdue) total=true}}
{{/table}}
{{#if data.overdueItems}}
{{#section "Overdue reports" count=(num data.overdueItems.length)}}{{#list}}{{#each data.overdueItems}}{{> en-item}}{{/each}}{{/list}}{{/section}}
{{else}}
{{#p}}No report is overdue.{{/p}}
{{/if}}
{{button data.link "Open the overview in Prongsai"}}
{{#p}}For your information.{{/p}}
`,
  },
};

/** To the coordinator: a report round opened, with the number of report tasks it opened. */
export const ROUND_OPENED: MailTemplate<'round_opened'> = {
  view: (data) => ({ fiscalYearBe: fiscalYearOf(data.period.start) }),
  th: {
    subject:
      '[{{org.short}}] เปิดการรายงานผล{{period data.period}} ปีงบประมาณ {{num view.fiscalYearBe}}: ' +
      '{{num data.reportTasksOpened}} รายงาน กำหนดส่ง {{shortDate data.period.dueDate}}',
    body: `
{{> th-greeting}}
{{#p}}ขอแจ้งให้ทราบว่า ระบบได้เปิดการรายงานผล {{periodWithYear data.period}} แล้ว
โดยเปิดงานรายงานผลจำนวน {{num data.reportTasksOpened}} รายงาน จาก {{num data.measureCount}} มาตรการ
และได้แจ้งหน่วยงานผู้รับผิดชอบทราบแล้ว กำหนดส่งรายงานภายในวันที่ {{date data.period.dueDate}}{{/p}}
{{#facts}}
{{#fact "รอบการรายงาน"}}{{periodWithYear data.period}}{{/fact}}
{{#fact "ช่วงเวลา"}}ตั้งแต่วันที่ {{date data.period.start}}{{/fact}}
{{#fact "กำหนดส่ง"}}{{date data.period.dueDate}}{{/fact}}
{{#fact "งานรายงานที่เปิด"}}{{num data.reportTasksOpened}} รายงาน ({{num data.measureCount}} มาตรการ){{/fact}}
{{/facts}}
{{#p}}ท่านสามารถติดตามความก้าวหน้าการรายงานของแต่ละหน่วยงานได้ในระบบโปร่งใส{{/p}}
{{button data.link "ติดตามการรายงาน"}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบ{{/p}}
`,
  },
  en: {
    subject:
      '[{{org.short}}] {{period data.period}} reporting round of fiscal year {{num view.fiscalYearBe}} opened: ' +
      '{{num data.reportTasksOpened}} {{plural data.reportTasksOpened "report" "reports"}}, due {{shortDate data.period.dueDate}}',
    body: `
{{> en-greeting}}
{{#p}}The reporting round for {{periodWithYear data.period}} is now open:
{{num data.reportTasksOpened}} report {{plural data.reportTasksOpened "task" "tasks"}} on {{num data.measureCount}} {{plural data.measureCount "measure" "measures"}} were opened
and the responsible divisions have been told. Reports are due by {{date data.period.dueDate}}.{{/p}}
{{#facts}}
{{#fact "Reporting period"}}{{periodWithYear data.period}}{{/fact}}
{{#fact "Period from"}}{{date data.period.start}}{{/fact}}
{{#fact "Due"}}{{date data.period.dueDate}}{{/fact}}
{{#fact "Reports opened"}}{{num data.reportTasksOpened}} ({{num data.measureCount}} {{plural data.measureCount "measure" "measures"}}){{/fact}}
{{/facts}}
{{#p}}You can follow each division's progress in Prongsai.{{/p}}
{{button data.link "Follow the round"}}
{{#p}}For your information.{{/p}}
`,
  },
};

/** To the executive: a round report waits for sign-off; published once signed, returned with a comment otherwise. */
export const ROUND_REPORT_AWAITING_SIGN_OFF: MailTemplate<'round_report_awaiting_sign_off'> = {
  view: (data) => ({ fiscalYearBe: fiscalYearOf(data.period.start), complete: data.missingCount === 0, reported: data.measureCount - data.missingCount }),
  th: {
    subject: '[{{org.short}}] รายงานผลการดำเนินการตามมาตรการ{{period data.period}} ปีงบประมาณ {{num view.fiscalYearBe}} รอการลงนาม',
    body: `
{{> th-greeting}}
{{#p}}ขอเสนอรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
{{periodWithYear data.period}} (ฉบับที่ {{num data.version}}) เพื่อโปรดพิจารณาลงนาม
เมื่อท่านลงนามแล้ว ระบบจะเผยแพร่รายงานบนหน้าเว็บไซต์สาธารณะขององค์กร
หากมีข้อแก้ไข ท่านสามารถส่งคืนพร้อมระบุเหตุผลได้{{/p}}
{{#facts}}
{{#fact "รอบการรายงาน"}}{{periodWithYear data.period}}{{/fact}}
{{#fact "มาตรการในรายงาน"}}{{num data.measureCount}} มาตรการ{{/fact}}
{{#fact "มีผลการดำเนินการแล้ว"}}{{num view.reported}} มาตรการ{{#unless view.complete}} (ยังไม่มีรายงาน {{num data.missingCount}} มาตรการ){{/unless}}{{/fact}}
{{/facts}}
{{button data.link "เปิดรายงานเพื่อลงนาม"}}
{{#p}}จึงเรียนมาเพื่อโปรดพิจารณา{{/p}}
`,
  },
  en: {
    subject: '[{{org.short}}] Round report for {{period data.period}}, fiscal year {{num view.fiscalYearBe}}, waits for your sign-off',
    body: `
{{> en-greeting}}
{{#p}}The report on the integrity and transparency measures for {{periodWithYear data.period}} (version {{num data.version}})
is ready for your sign-off. Once you sign it off, it is published on the organisation's public page;
you may also return it with a comment.{{/p}}
{{#facts}}
{{#fact "Reporting period"}}{{periodWithYear data.period}}{{/fact}}
{{#fact "Measures in the report"}}{{num data.measureCount}}{{/fact}}
{{#fact "With results"}}{{num view.reported}}{{#unless view.complete}} ({{num data.missingCount}} still without a report){{/unless}}{{/fact}}
{{/facts}}
{{button data.link "Open the report to sign it off"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the coordinators: the executive published the round report, or returned it with a comment. */
export const ROUND_REPORT_DECIDED: MailTemplate<'round_report_decided'> = {
  view: (data) => ({ fiscalYearBe: fiscalYearOf(data.period.start), published: data.decision === 'published' }),
  th: {
    subject:
      '[{{org.short}}] รายงานผลการดำเนินการตามมาตรการ{{period data.period}} ปีงบประมาณ {{num view.fiscalYearBe}} ' +
      '{{#if view.published}}ลงนามและเผยแพร่แล้ว{{else}}ถูกส่งคืนให้แก้ไข{{/if}}',
    body: `
{{> th-greeting}}
{{#if view.published}}
{{#p}}ขอแจ้งให้ทราบว่า {{data.decidedBy}}{{#if data.decidedOnBehalfOf}} (ปฏิบัติหน้าที่แทน {{data.decidedOnBehalfOf}}){{/if}} ได้ลงนามรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
{{periodWithYear data.period}} (ฉบับที่ {{num data.version}}) แล้ว ระบบได้เผยแพร่รายงานบนหน้าเว็บไซต์สาธารณะขององค์กรเรียบร้อย{{/p}}
{{else}}
{{#p}}ขอแจ้งให้ทราบว่า {{data.decidedBy}}{{#if data.decidedOnBehalfOf}} (ปฏิบัติหน้าที่แทน {{data.decidedOnBehalfOf}}){{/if}} ได้ส่งคืนรายงานผลการดำเนินการตามมาตรการ {{periodWithYear data.period}}
(ฉบับที่ {{num data.version}}) เพื่อแก้ไข{{/p}}
{{#quote "ความเห็น"}}{{data.comment}}{{/quote}}
{{#p}}เมื่อแก้ไขแล้ว โปรดจัดทำรายงานฉบับใหม่เพื่อเสนอลงนามอีกครั้ง{{/p}}
{{/if}}
{{button data.link "เปิดรายงาน"}}
{{#if view.published}}{{#p}}หน้าเผยแพร่สาธารณะ: {{link data.publicLink}}{{/p}}{{/if}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบ{{/p}}
`,
  },
  en: {
    subject:
      '[{{org.short}}] Round report for {{period data.period}}, fiscal year {{num view.fiscalYearBe}}, ' +
      '{{#if view.published}}signed off and published{{else}}returned for revision{{/if}}',
    body: `
{{> en-greeting}}
{{#if view.published}}
{{#p}}{{data.decidedBy}}{{#if data.decidedOnBehalfOf}} (standing in for {{data.decidedOnBehalfOf}}){{/if}} signed off the round report for {{periodWithYear data.period}} (version {{num data.version}}).
It is now published on the organisation's public page.{{/p}}
{{else}}
{{#p}}{{data.decidedBy}}{{#if data.decidedOnBehalfOf}} (standing in for {{data.decidedOnBehalfOf}}){{/if}} returned the round report for {{periodWithYear data.period}} (version {{num data.version}}) for revision.{{/p}}
{{#quote "Comment"}}{{data.comment}}{{/quote}}
{{#p}}Once it is revised, compile a new version for sign-off.{{/p}}
{{/if}}
{{button data.link "Open the report"}}
{{#if view.published}}{{#p}}Public page: {{link data.publicLink}}{{/p}}{{/if}}
{{#p}}For your information.{{/p}}
`,
  },
};
