/**
 * Pieces of copy many templates share, as Handlebars partials named `<language>-<piece>`:
 * `{{> th-greeting}}`, `{{> th-measure}}` (the measure and period rows of a `{{#facts}}` block),
 * `{{> th-item}}` (one DigestItem of a `{{#list}}`, the item being the context; a no-break space
 * keeps the note's "·" with the note).
 */
export const MAIL_PARTIALS: Record<string, string> = {
  'th-greeting': '{{#p}}เรียน {{recipient.displayName}}{{/p}}',
  'th-measure':
    '{{#fact "มาตรการ"}}ลำดับที่ {{num data.measure.no}} {{data.measure.title}}{{/fact}}' +
    '{{#fact "รอบการรายงาน"}}{{periodWithYear data.period}}{{/fact}}',
  'th-item':
    '{{#item link=measure.link}}{{#itemTitle}}มาตรการที่ {{num measure.no}} {{measure.title}}{{/itemTitle}}' +
    '{{#if period}}{{period period}} · กำหนดส่ง {{shortDate period.dueDate}}{{/if}}{{#if note}}{{#if period}} ·\u00a0{{/if}}{{note}}{{/if}}{{/item}}',

  'en-greeting': '{{#p}}Dear {{recipient.displayName}},{{/p}}',
  'en-measure':
    '{{#fact "Measure"}}{{num data.measure.no}}. {{data.measure.title}}{{/fact}}' +
    '{{#fact "Reporting period"}}{{periodWithYear data.period}}{{/fact}}',
  'en-item':
    '{{#item link=measure.link}}{{#itemTitle}}Measure {{num measure.no}}: {{measure.title}}{{/itemTitle}}' +
    '{{#if period}}{{period period}} · due {{shortDate period.dueDate}}{{/if}}{{#if note}}{{#if period}} ·\u00a0{{/if}}{{note}}{{/if}}{{/item}}',
};
