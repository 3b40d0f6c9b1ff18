import type { MailTemplate } from './mail-template';

/** To the owners: the coordinator or the executive returned the report, with a comment. */
export const REPORT_RETURNED: MailTemplate<'report_returned'> = {
  view: (data) => ({ byCoordinator: data.returnedBy === 'coordinator' }),
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: รายงาน{{period data.period}} ถูกส่งกลับให้แก้ไข',
    body: `
{{> th-greeting}}
{{#p}}ขอแจ้งให้ทราบว่า {{#if view.byCoordinator}}ผู้ประสานงาน ITA{{else}}ผู้บริหาร{{/if}}{{#if data.returnedByName}} ({{data.returnedByName}}){{/if}}
ได้ส่งรายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}} กลับมาให้แก้ไข โดยมีความเห็นดังนี้{{/p}}
{{#quote "ความเห็น"}}{{data.comment}}{{/quote}}
{{#p}}ขอความกรุณาแก้ไขรายงานตามความเห็นข้างต้น แล้วส่งรายงานเข้าระบบอีกครั้งโดยเร็ว{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "กำหนดส่ง"}}{{date data.period.dueDate}}{{/fact}}
{{/facts}}
{{button data.measure.link "แก้ไขรายงาน"}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบและดำเนินการ{{/p}}
`,
  },
  en: {
    subject: '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report returned for revision',
    body: `
{{> en-greeting}}
{{#p}}{{#if view.byCoordinator}}The ITA coordinator{{else}}The executive{{/if}}{{#if data.returnedByName}} ({{data.returnedByName}}){{/if}}
has returned the report for {{periodWithYear data.period}} on measure {{num data.measure.no}} for revision, with this comment:{{/p}}
{{#quote "Comment"}}{{data.comment}}{{/quote}}
{{#p}}Please revise the report as asked and submit it again as soon as possible.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Due"}}{{date data.period.dueDate}}{{/fact}}
{{/facts}}
{{button data.measure.link "Revise the report"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the coordinator: a report was submitted and waits for review. */
export const AWAITING_REVIEW: MailTemplate<'awaiting_review'> = {
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: รายงาน{{period data.period}} ของ{{data.divisionName}} รอการตรวจสอบ',
    body: `
{{> th-greeting}}
{{#p}}ขอแจ้งให้ทราบว่า {{data.divisionName}}ได้ส่งรายงานผลการดำเนินการ {{periodWithYear data.period}}
ของมาตรการที่ {{num data.measure.no}} เข้าระบบแล้วเมื่อวันที่ {{date data.submittedOn}} ขณะนี้รายงานรอการตรวจสอบจากท่าน
จึงขอความกรุณาตรวจสอบรายงาน และพิจารณารับรายงานเพื่อเสนอผู้บริหารลงนาม หรือส่งกลับให้หน่วยงานแก้ไข{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "หน่วยงานผู้รับผิดชอบ"}}{{data.divisionName}}{{/fact}}
{{#fact "ผู้ส่งรายงาน"}}{{data.submittedBy}}{{/fact}}
{{#fact "วันที่ส่ง"}}{{date data.submittedOn}}{{/fact}}
{{/facts}}
{{button data.measure.link "ตรวจสอบรายงาน"}}
{{#p}}จึงเรียนมาเพื่อโปรดดำเนินการ{{/p}}
`,
  },
  en: {
    subject: '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report from {{data.divisionName}} awaits review',
    body: `
{{> en-greeting}}
{{#p}}{{data.divisionName}} submitted the report for {{periodWithYear data.period}} on measure {{num data.measure.no}}
on {{date data.submittedOn}}. It is waiting for your review: please accept it, to go to the executive for sign-off,
or return it to the division for revision.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Division"}}{{data.divisionName}}{{/fact}}
{{#fact "Submitted by"}}{{data.submittedBy}}{{/fact}}
{{#fact "Submitted on"}}{{date data.submittedOn}}{{/fact}}
{{/facts}}
{{button data.measure.link "Review the report"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the executive: an accepted report waits for sign-off. */
export const AWAITING_SIGN_OFF: MailTemplate<'awaiting_sign_off'> = {
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: รายงาน{{period data.period}} รอการลงนาม',
    body: `
{{> th-greeting}}
{{#p}}ขอเรียนว่า รายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}}
ซึ่ง{{data.divisionName}}เป็นผู้รับผิดชอบ ได้ผ่านการตรวจสอบของผู้ประสานงาน ITA เมื่อวันที่ {{date data.acceptedOn}} แล้ว
รายละเอียดดังนี้{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "หน่วยงานผู้รับผิดชอบ"}}{{data.divisionName}}{{/fact}}
{{#fact "ผู้ตรวจสอบ"}}{{data.acceptedBy}}{{/fact}}
{{#fact "วันที่ตรวจสอบ"}}{{date data.acceptedOn}}{{/fact}}
{{/facts}}
{{button data.measure.link "พิจารณาลงนาม"}}
{{#p}}จึงเรียนมาเพื่อโปรดพิจารณาลงนาม เพื่อเผยแพร่รายงานต่อสาธารณะต่อไป{{/p}}
`,
  },
  en: {
    subject: '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report awaits your sign-off',
    body: `
{{> en-greeting}}
{{#p}}The report for {{periodWithYear data.period}} on measure {{num data.measure.no}}, which {{data.divisionName}} is responsible for,
was reviewed and accepted by the ITA coordinator on {{date data.acceptedOn}}. It now waits for your sign-off,
after which it is published.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Division"}}{{data.divisionName}}{{/fact}}
{{#fact "Accepted by"}}{{data.acceptedBy}}{{/fact}}
{{#fact "Accepted on"}}{{date data.acceptedOn}}{{/fact}}
{{/facts}}
{{button data.measure.link "Review and sign off"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the coordinator: a report has waited N working days for review. */
export const REVIEW_REMINDER: MailTemplate<'review_reminder'> = {
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: รายงาน{{period data.period}} รอการตรวจสอบมาแล้ว {{num data.workingDaysWaiting}} วันทำการ',
    body: `
{{> th-greeting}}
{{#p}}ขอเรียนเตือนว่า รายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}}
ซึ่ง{{data.divisionName}}ส่งเข้าระบบเมื่อวันที่ {{date data.submittedOn}} ยังรอการตรวจสอบจากท่านมาแล้ว {{num data.workingDaysWaiting}} วันทำการ
จึงขอความกรุณาตรวจสอบรายงาน และรับรายงานหรือส่งกลับให้หน่วยงานแก้ไข{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "หน่วยงานผู้รับผิดชอบ"}}{{data.divisionName}}{{/fact}}
{{#fact "วันที่ส่ง"}}{{date data.submittedOn}}{{/fact}}
{{#fact "รอการตรวจสอบ"}}{{num data.workingDaysWaiting}} วันทำการ{{/fact}}
{{/facts}}
{{button data.measure.link "ตรวจสอบรายงาน"}}
{{#p}}จึงเรียนมาเพื่อโปรดดำเนินการ{{/p}}
`,
  },
  en: {
    subject:
      '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report has awaited review for ' +
      '{{num data.workingDaysWaiting}} working {{plural data.workingDaysWaiting "day" "days"}}',
    body: `
{{> en-greeting}}
{{#p}}The report for {{periodWithYear data.period}} on measure {{num data.measure.no}}, submitted by {{data.divisionName}}
on {{date data.submittedOn}}, has been waiting for your review for {{num data.workingDaysWaiting}} working {{plural data.workingDaysWaiting "day" "days"}}.
Please accept it or return it to the division for revision.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Division"}}{{data.divisionName}}{{/fact}}
{{#fact "Submitted on"}}{{date data.submittedOn}}{{/fact}}
{{#fact "Waiting"}}{{num data.workingDaysWaiting}} working {{plural data.workingDaysWaiting "day" "days"}}{{/fact}}
{{/facts}}
{{button data.measure.link "Review the report"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the executive: a report has waited N working days for sign-off. */
export const SIGN_OFF_REMINDER: MailTemplate<'sign_off_reminder'> = {
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: รายงาน{{period data.period}} รอการลงนามมาแล้ว {{num data.workingDaysWaiting}} วันทำการ',
    body: `
{{> th-greeting}}
{{#p}}ขอเรียนเตือนว่า รายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}}
ซึ่ง{{data.divisionName}}เป็นผู้รับผิดชอบ และผ่านการตรวจสอบของผู้ประสานงาน ITA เมื่อวันที่ {{date data.acceptedOn}}
ยังรอการลงนามของท่านมาแล้ว {{num data.workingDaysWaiting}} วันทำการ{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "หน่วยงานผู้รับผิดชอบ"}}{{data.divisionName}}{{/fact}}
{{#fact "วันที่ตรวจสอบ"}}{{date data.acceptedOn}}{{/fact}}
{{#fact "รอการลงนาม"}}{{num data.workingDaysWaiting}} วันทำการ{{/fact}}
{{/facts}}
{{button data.measure.link "พิจารณาลงนาม"}}
{{#p}}จึงเรียนมาเพื่อโปรดพิจารณาลงนาม{{/p}}
`,
  },
  en: {
    subject:
      '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report has awaited sign-off for ' +
      '{{num data.workingDaysWaiting}} working {{plural data.workingDaysWaiting "day" "days"}}',
    body: `
{{> en-greeting}}
{{#p}}The report for {{periodWithYear data.period}} on measure {{num data.measure.no}}, which {{data.divisionName}} is responsible for,
was accepted by the ITA coordinator on {{date data.acceptedOn}} and has been waiting for your sign-off
for {{num data.workingDaysWaiting}} working {{plural data.workingDaysWaiting "day" "days"}}.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Division"}}{{data.divisionName}}{{/fact}}
{{#fact "Accepted on"}}{{date data.acceptedOn}}{{/fact}}
{{#fact "Waiting"}}{{num data.workingDaysWaiting}} working {{plural data.workingDaysWaiting "day" "days"}}{{/fact}}
{{/facts}}
{{button data.measure.link "Review and sign off"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the owners and the coordinator: the report was signed off and published. */
export const PUBLISHED: MailTemplate<'published'> = {
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: รายงาน{{period data.period}} ลงนามและเผยแพร่แล้ว',
    body: `
{{> th-greeting}}
{{#p}}ขอแจ้งให้ทราบว่า รายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}}
ได้รับการลงนามโดย{{data.signedOffBy}} เมื่อวันที่ {{date data.signedOffOn}} และได้เผยแพร่ต่อสาธารณะแล้ว
ขอขอบคุณทุกท่านที่ร่วมดำเนินการ{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "ผู้ลงนาม"}}{{data.signedOffBy}}{{/fact}}
{{#fact "วันที่ลงนาม"}}{{date data.signedOffOn}}{{/fact}}
{{#if data.publicLink}}{{#fact "หน้าเผยแพร่"}}{{link data.publicLink}}{{/fact}}{{/if}}
{{/facts}}
{{button data.measure.link "ดูรายงาน"}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบ{{/p}}
`,
  },
  en: {
    subject: '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report signed off and published',
    body: `
{{> en-greeting}}
{{#p}}The report for {{periodWithYear data.period}} on measure {{num data.measure.no}} was signed off by {{data.signedOffBy}}
on {{date data.signedOffOn}} and is now published. Thank you to everyone who took part.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Signed off by"}}{{data.signedOffBy}}{{/fact}}
{{#fact "Signed off on"}}{{date data.signedOffOn}}{{/fact}}
{{#if data.publicLink}}{{#fact "Public page"}}{{link data.publicLink}}{{/fact}}{{/if}}
{{/facts}}
{{button data.measure.link "View the report"}}
{{#p}}For your information.{{/p}}
`,
  },
};
