import type { MailTemplate } from './mail-template';

/** To a division head: the division owns a measure now; acknowledge and name officers. */
export const TASK_ASSIGNED: MailTemplate<'task_assigned'> = {
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: {{data.divisionName}}ได้รับมอบหมายงานใหม่ โปรดรับทราบ',
    body: `
{{> th-greeting}}
{{#p}}ขอแจ้งให้ทราบว่า {{data.divisionName}}ได้รับมอบหมายให้เป็นหน่วยงานผู้รับผิดชอบมาตรการที่ {{num data.measure.no}}
ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ {{fiscalYear data.fiscalYearBe}}{{#if data.coOwnerDivisionNames}}
ร่วมกับ{{join data.coOwnerDivisionNames}}{{/if}} รายละเอียดดังนี้{{/p}}
{{#facts}}
{{#fact "มาตรการ"}}ลำดับที่ {{num data.measure.no}} {{data.measure.title}}{{/fact}}
{{#fact "ปีงบประมาณ"}}{{fiscalYear data.fiscalYearBe}}{{/fact}}
{{#fact "หน่วยงานผู้รับผิดชอบ"}}{{data.divisionName}}{{#if data.coOwnerDivisionNames}} ร่วมกับ{{join data.coOwnerDivisionNames}}{{/if}}{{/fact}}
{{#if data.firstPeriod}}{{#fact "รายงานผลครั้งแรก"}}{{periodWithYear data.firstPeriod}} กำหนดส่งภายในวันที่ {{date data.firstPeriod.dueDate}}{{/fact}}{{/if}}
{{/facts}}
{{#p}}ขอความกรุณาท่านเข้าสู่ระบบเพื่อรับทราบการมอบหมาย และกำหนดเจ้าหน้าที่ผู้รับผิดชอบการดำเนินการและการรายงานผลของหน่วยงาน{{/p}}
{{button data.measure.link "รับทราบและกำหนดผู้รับผิดชอบ"}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบและดำเนินการ{{/p}}
`,
  },
  en: {
    subject: '[{{org.short}}] Measure {{num data.measure.no}}: new task for {{data.divisionName}}, please acknowledge',
    body: `
{{> en-greeting}}
{{#p}}Your division, {{data.divisionName}}, has been made responsible for measure {{num data.measure.no}} of the integrity
and transparency measures for fiscal year {{fiscalYear data.fiscalYearBe}}{{#if data.coOwnerDivisionNames}}, together with
{{join data.coOwnerDivisionNames}}{{/if}}.{{/p}}
{{#facts}}
{{#fact "Measure"}}{{num data.measure.no}}. {{data.measure.title}}{{/fact}}
{{#fact "Fiscal year"}}{{fiscalYear data.fiscalYearBe}}{{/fact}}
{{#fact "Responsible"}}{{data.divisionName}}{{#if data.coOwnerDivisionNames}}, with {{join data.coOwnerDivisionNames}}{{/if}}{{/fact}}
{{#if data.firstPeriod}}{{#fact "First report"}}{{periodWithYear data.firstPeriod}}, due {{date data.firstPeriod.dueDate}}{{/fact}}{{/if}}
{{/facts}}
{{#p}}Please sign in to acknowledge the assignment and name the officers who will carry out the measure and report on it.{{/p}}
{{button data.measure.link "Acknowledge and name officers"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the owners: the report of a period is open, with its due date. */
export const PERIOD_OPENED: MailTemplate<'period_opened'> = {
  th: {
    subject: '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: เปิดรายงานผล{{period data.period}} กำหนดส่ง {{shortDate data.period.dueDate}}',
    body: `
{{> th-greeting}}
{{#p}}ขอแจ้งให้ทราบว่า ระบบได้เปิดให้รายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}} แล้ว
โปรดรายงานผลการดำเนินการพร้อมแนบเอกสารหลักฐานภายในวันที่ {{date data.period.dueDate}}{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "ช่วงเวลา"}}ตั้งแต่วันที่ {{date data.period.start}}{{/fact}}
{{#fact "กำหนดส่ง"}}{{date data.period.dueDate}}{{/fact}}
{{/facts}}
{{button data.measure.link "รายงานผลการดำเนินการ"}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบและดำเนินการ{{/p}}
`,
  },
  en: {
    subject: '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report open, due {{shortDate data.period.dueDate}}',
    body: `
{{> en-greeting}}
{{#p}}Reporting for {{periodWithYear data.period}} is now open for measure {{num data.measure.no}}.
Please submit your progress report, with evidence, by {{date data.period.dueDate}}.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Period from"}}{{date data.period.start}}{{/fact}}
{{#fact "Due"}}{{date data.period.dueDate}}{{/fact}}
{{/facts}}
{{button data.measure.link "Submit the report"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/** To the owners: the report is due in N working days (0: today). */
export const REMINDER: MailTemplate<'reminder'> = {
  view: (data) => ({ today: data.workingDaysLeft === 0 }),
  th: {
    subject:
      '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: ครบกำหนดส่งรายงาน{{period data.period}} ' +
      '{{#if view.today}}วันนี้{{else}}ในอีก {{num data.workingDaysLeft}} วันทำการ{{/if}}',
    body: `
{{> th-greeting}}
{{#p}}ขอเรียนเตือนว่า รายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}}
จะครบกำหนดส่ง{{#if view.today}}ในวันนี้{{else}}ในอีก {{num data.workingDaysLeft}} วันทำการ{{/if}} คือวันที่ {{date data.period.dueDate}}
ขณะนี้ระบบยังไม่ได้รับรายงานของหน่วยงาน จึงขอความกรุณาจัดส่งรายงานผลพร้อมเอกสารหลักฐานภายในกำหนด{{/p}}
{{#facts}}
{{> th-measure}}
{{#fact "กำหนดส่ง"}}{{date data.period.dueDate}}{{#if view.today}} (วันนี้){{else}} (อีก {{num data.workingDaysLeft}} วันทำการ){{/if}}{{/fact}}
{{/facts}}
{{button data.measure.link "รายงานผลการดำเนินการ"}}
{{#p}}จึงเรียนมาเพื่อโปรดทราบและดำเนินการ{{/p}}
`,
  },
  en: {
    subject:
      '[{{org.short}}] Measure {{num data.measure.no}}: {{period data.period}} report due ' +
      '{{#if view.today}}today{{else}}in {{num data.workingDaysLeft}} working {{plural data.workingDaysLeft "day" "days"}}{{/if}}',
    body: `
{{> en-greeting}}
{{#p}}This is a reminder that the report for {{periodWithYear data.period}} on measure {{num data.measure.no}} is due
{{#if view.today}}today, {{else}}in {{num data.workingDaysLeft}} working {{plural data.workingDaysLeft "day" "days"}}, on {{/if}}{{date data.period.dueDate}}.
It has not been submitted yet. Please submit it, with evidence, by the due date.{{/p}}
{{#facts}}
{{> en-measure}}
{{#fact "Due"}}{{date data.period.dueDate}}{{#if view.today}} (today){{else}} ({{num data.workingDaysLeft}} working {{plural data.workingDaysLeft "day" "days"}} left){{/if}}{{/fact}}
{{/facts}}
{{button data.measure.link "Submit the report"}}
{{#p}}Thank you.{{/p}}
`,
  },
};

/**
 * An overdue report, escalated: level 0 to the officers and the division head, 1 to ปลัด, 2 (and
 * above) to นายก. Each level is written to its reader and says who was told before.
 */
export const OVERDUE: MailTemplate<'overdue'> = {
  view: (data) => {
    const level = Math.min(data.escalationLevel, 2);
    return { toOwners: level === 0, toPalat: level === 1, toNayok: level === 2 };
  },
  th: {
    subject:
      '[{{org.short}}] มาตรการที่ {{num data.measure.no}}: ' +
      '{{#if view.toOwners}}รายงาน{{period data.period}} เลยกำหนดส่ง {{num data.daysOverdue}} วัน' +
      '{{else}}{{data.divisionName}}ยังไม่ส่งรายงาน{{period data.period}} (เลยกำหนด {{num data.daysOverdue}} วัน){{/if}}',
    body: `
{{#if view.toOwners}}
{{> th-greeting}}
{{#p}}ขอแจ้งให้ทราบว่า รายงานผลการดำเนินการ {{periodWithYear data.period}} ของมาตรการที่ {{num data.measure.no}}
ซึ่ง{{data.divisionName}}เป็นผู้รับผิดชอบ ครบกำหนดส่งเมื่อวันที่ {{date data.period.dueDate}}
ขณะนี้เลยกำหนดมาแล้ว {{num data.daysOverdue}} วัน และระบบยังไม่ได้รับรายงาน
จึงขอความกรุณาจัดส่งรายงานผลพร้อมเอกสารหลักฐานโดยเร็วที่สุด หากยังไม่ได้รับรายงาน ระบบจะรายงานให้ผู้บริหารทราบตามลำดับ{{/p}}
{{else}}
{{#if view.toPalat}}{{#p}}เรียน {{org.palat}}{{/p}}{{else}}{{#p}}เรียน {{org.nayok}}{{/p}}{{/if}}
{{#p}}ขอเรียนว่า {{data.divisionName}}ยังไม่ได้ส่งรายงานผลการดำเนินการ {{periodWithYear data.period}}
ของมาตรการที่ {{num data.measure.no}} ซึ่งครบกำหนดส่งเมื่อวันที่ {{date data.period.dueDate}}
ขณะนี้เลยกำหนดมาแล้ว {{num data.daysOverdue}} วัน ทั้งนี้ ระบบได้แจ้งเตือนเจ้าหน้าที่ผู้รับผิดชอบ{{#if view.toPalat}}และ{{else}} {{/if}}หัวหน้าหน่วยงาน{{#if view.toNayok}}
และ{{org.palat}}{{/if}}แล้ว รายละเอียดดังนี้{{/p}}
{{/if}}
{{#facts}}
{{> th-measure}}
{{#fact "กำหนดส่ง"}}{{date data.period.dueDate}}{{/fact}}
{{#fact "เลยกำหนด"}}{{num data.daysOverdue}} วัน{{/fact}}
{{#fact "หน่วยงานผู้รับผิดชอบ"}}{{data.divisionName}}{{/fact}}
{{#fact "เจ้าหน้าที่ผู้รับผิดชอบ"}}{{#if data.officerNames}}{{join data.officerNames}}{{else}}ยังไม่ได้กำหนด{{/if}}{{/fact}}
{{/facts}}
{{#if view.toOwners}}
{{button data.measure.link "รายงานผลการดำเนินการ"}}
{{#p}}จึงเรียนมาเพื่อโปรดดำเนินการโดยด่วน{{/p}}
{{else}}
{{button data.measure.link "ดูรายละเอียดมาตรการ"}}
{{#if view.toPalat}}{{#p}}จึงเรียนมาเพื่อโปรดพิจารณาสั่งการให้หน่วยงานเร่งดำเนินการ{{/p}}{{else}}{{#p}}จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการ{{/p}}{{/if}}
{{/if}}
`,
  },
  en: {
    subject:
      '[{{org.short}}] Measure {{num data.measure.no}}: ' +
      '{{#if view.toOwners}}{{period data.period}} report {{num data.daysOverdue}} {{plural data.daysOverdue "day" "days"}} overdue' +
      '{{else}}{{data.divisionName}} has not reported for {{period data.period}} ({{num data.daysOverdue}} {{plural data.daysOverdue "day" "days"}} overdue){{/if}}',
    body: `
{{#if view.toOwners}}
{{> en-greeting}}
{{#p}}The report for {{periodWithYear data.period}} on measure {{num data.measure.no}}, which {{data.divisionName}} is responsible for,
was due on {{date data.period.dueDate}} and is now {{num data.daysOverdue}} {{plural data.daysOverdue "day" "days"}} overdue. It has not been submitted yet.
Please submit it, with evidence, as soon as possible. If it is not submitted, the executives will be told in turn.{{/p}}
{{else}}
{{#if view.toPalat}}{{#p}}Dear Chief Administrator (Palat),{{/p}}{{else}}{{#p}}Dear Chief Executive (Nayok),{{/p}}{{/if}}
{{#p}}{{data.divisionName}} has not submitted the report for {{periodWithYear data.period}} on measure {{num data.measure.no}},
which was due on {{date data.period.dueDate}}; it is now {{num data.daysOverdue}} {{plural data.daysOverdue "day" "days"}} overdue.
The officers responsible{{#if view.toPalat}} and{{else}},{{/if}} the division head{{#if view.toNayok}} and the Chief Administrator{{/if}} have already been told.{{/p}}
{{/if}}
{{#facts}}
{{> en-measure}}
{{#fact "Due"}}{{date data.period.dueDate}}{{/fact}}
{{#fact "Overdue by"}}{{num data.daysOverdue}} {{plural data.daysOverdue "day" "days"}}{{/fact}}
{{#fact "Division"}}{{data.divisionName}}{{/fact}}
{{#fact "Officers"}}{{#if data.officerNames}}{{join data.officerNames}}{{else}}none named yet{{/if}}{{/fact}}
{{/facts}}
{{#if view.toOwners}}
{{button data.measure.link "Submit the report"}}
{{#p}}Thank you.{{/p}}
{{else}}
{{button data.measure.link "Open the measure"}}
{{#if view.toPalat}}{{#p}}Please consider instructing the division to report without further delay.{{/p}}{{else}}{{#p}}For your information and instruction.{{/p}}{{/if}}
{{/if}}
`,
  },
};
