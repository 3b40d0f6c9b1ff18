import { HTML_LAYOUT, TEXT_LAYOUT } from './layout';
import { MailError, MailErrorCode } from './mail-error';
import type { DailyDigestMail, MailData, MailInput, MailLanguage, MailTemplateName, OverdueMail, ReportReturnedMail, WeeklySummaryMail } from './mail.types';
import { MAIL_TEMPLATE_NAMES, renderMail } from './render-mail';
import { sampleMailInput } from './sample-mail-input';
import { MAIL_PARTIALS, MAIL_TEMPLATES } from './templates';
import { displayWidth } from './text-wrap';

const LANGUAGES: MailLanguage[] = ['th', 'en'];

function sample<T extends MailTemplateName>(template: T, language: MailLanguage = 'th'): MailInput & { data: Extract<MailData, { template: T }> } {
  return sampleMailInput(template, language) as MailInput & { data: Extract<MailData, { template: T }> };
}

/** The link the mail's button opens: the measure's task, or the page of a digest or summary. */
function deepLink(data: MailData): string {
  return 'measure' in data ? data.measure.link : data.link;
}

/** The text without any whitespace: Thai lines break between words without a space, so prose is compared this way. */
function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every string of a value, deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

function renderError(input: MailInput): MailError {
  try {
    renderMail(input);
  } catch (error) {
    if (error instanceof MailError) return error;
    throw error;
  }
  throw new Error('expected renderMail to refuse the input');
}

describe('renderMail: every template in both languages, from its sample', () => {
  const cases = MAIL_TEMPLATE_NAMES.flatMap((template) => LANGUAGES.map((language) => [template, language] as const));

  it.each(cases)('%s (%s): subject, letterhead, deep link, footer, nothing left unfilled', (template, language) => {
    const input = sampleMailInput(template, language);
    const { subject, html, text } = renderMail(input);
    const link = deepLink(input.data);

    expect(subject).toMatch(/^\[อบต\.สมัย\] \S/);
    expect(subject).not.toMatch(/\n/);
    expect(subject.length).toBeLessThan(140);

    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="(th|en)">/);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('องค์การบริหารส่วนตำบลสมัย');
    expect(html).toContain('อำเภอสบปราบ จังหวัดลำปาง');
    expect(html).toContain('href="https://www.samai.go.th"');
    expect(html).toContain('0 5429 6106');
    expect(html).toContain(`href="${link}"`);
    expect(html).toMatch(/font-family:Sarabun,[^"]*Tahoma,[^"]*sans-serif;/);

    expect(text.startsWith('องค์การบริหารส่วนตำบลสมัย\nอำเภอสบปราบ จังหวัดลำปาง\n')).toBe(true);
    expect(text).toContain(`\n${link}\n`);
    expect(flat(text)).toContain(flat(language === 'th' ? 'หรือรับเป็นสรุปรวมวันละครั้ง' : 'or one daily digest instead'));
    expect(html).toContain(language === 'th' ? 'หรือรับเป็นสรุปรวมวันละครั้ง' : 'or one daily digest instead');

    for (const part of [subject, html, text]) {
      expect(part).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object Object\]/);
    }
    // English mail has no Thai digits; Thai mail of an organisation writing Thai digits has no Arabic ones in its dates.
    if (language === 'en') expect(`${subject}\n${text}`).not.toMatch(/[๐-๙]/);
  });

  it.each(cases)('%s (%s): the text part wraps at 72 columns, but never inside a title, a name, a note or a link', (template, language) => {
    const input = sampleMailInput(template, language);
    const { text } = renderMail(input);
    const kept = strings(input).flatMap((value) => value.split('\n')).filter((value) => value.length > 8);
    for (const line of text.split('\n')) {
      if (displayWidth(line) > 72) expect(kept.some((value) => value.split('\n').some((part) => line.includes(part)))).toBe(true);
    }
  });

  it('compiles no template with triple-stash {{{ }}}: user text is always escaped in HTML', () => {
    const sources = [HTML_LAYOUT, TEXT_LAYOUT, ...Object.values(MAIL_PARTIALS)];
    for (const template of Object.values(MAIL_TEMPLATES)) sources.push(template.th.subject, template.th.body, template.en.subject, template.en.body);
    for (const source of sources) expect(source).not.toContain('{{{');
  });
});

describe('dates and numbers', () => {
  it('Thai mail writes Buddhist Era dates and numbers in Thai digits when the organisation does', () => {
    const { subject, html, text } = renderMail(sample('reminder'));
    expect(subject).toBe('[อบต.สมัย] มาตรการที่ ๓: ครบกำหนดส่งรายงานไตรมาสที่ ๑ ในอีก ๗ วันทำการ');
    expect(text).toContain('๑๕ มกราคม ๒๕๖๘');
    expect(text).toContain('ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(html).toContain('๑๕ มกราคม ๒๕๖๘');
  });

  it('Thai mail writes Arabic digits when the organisation chose them', () => {
    const input = sample('reminder');
    input.organization.numeralStyle = 'arabic';
    const { subject, html, text } = renderMail(input);
    expect(subject).toBe('[อบต.สมัย] มาตรการที่ 3: ครบกำหนดส่งรายงานไตรมาสที่ 1 ในอีก 7 วันทำการ');
    expect(text).toContain('15 มกราคม 2568');
    expect(text).toContain('ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568');
    expect(html).toContain('15 มกราคม 2568');
    expect(`${subject}${text}${html}`).not.toMatch(/[๐-๙]/);
  });

  it('English mail writes Gregorian dates and Arabic digits whatever the organisation writes', () => {
    const { subject, text } = renderMail(sample('reminder', 'en'));
    expect(subject).toBe('[อบต.สมัย] Measure 3: Q1 report due in 7 working days');
    expect(text).toContain('15 January 2025');
    expect(text).toContain('Q1 of fiscal year 2568 (2024–25)');
  });

  it('names the rounds and steps: รอบ ๖ เดือน, รอบ ๑๒ เดือน, ขั้นตอนที่ ๒ / 6-month round, step 2', () => {
    const render = (key: string, language: MailLanguage) => {
      const input = sample('period_opened', language);
      input.data.period = { key, start: '2024-10-01', dueDate: '2025-04-15' };
      return renderMail(input).subject;
    };
    expect(render('R6', 'th')).toContain('เปิดรายงานผลรอบ ๖ เดือน กำหนดส่ง ๑๕ เม.ย. ๒๕๖๘');
    expect(render('R12', 'th')).toContain('รอบ ๑๒ เดือน');
    expect(render('step-2', 'th')).toContain('ขั้นตอนที่ ๒');
    expect(render('R6', 'en')).toContain('6-month round report open, due 15 Apr 2025');
    expect(render('step-2', 'en')).toContain('step 2 report');
  });

  it('names the executive a stand-in decided a round report for, in both languages', () => {
    const decided = (language: MailLanguage) => {
      const input = sample('round_report_decided', language);
      input.data = { ...input.data, decision: 'published', decidedBy: 'นางสาวสมศรี ใจดี', decidedOnBehalfOf: 'นายสมชาย รักดี' };
      return flat(renderMail(input).text);
    };
    expect(decided('th')).toContain(flat('นางสาวสมศรี ใจดี (ปฏิบัติหน้าที่แทน นายสมชาย รักดี) ได้ลงนาม'));
    expect(decided('en')).toContain(flat('นางสาวสมศรี ใจดี (standing in for นายสมชาย รักดี) signed off'));
    const themselves = sample('round_report_decided');
    expect(renderMail(themselves).text).not.toContain('ปฏิบัติหน้าที่แทน');
  });

  it('a reminder on the due date says today; one working day is singular in English', () => {
    const today = sample('reminder');
    today.data.workingDaysLeft = 0;
    expect(renderMail(today).subject).toContain('ครบกำหนดส่งรายงานไตรมาสที่ ๑ วันนี้');
    const one = sample('reminder', 'en');
    one.data.workingDaysLeft = 1;
    expect(renderMail(one).subject).toContain('due in 1 working day');
    expect(flat(renderMail(one).text)).toContain(flat('due in 1 working day, on 15 January 2025'));
  });
});

describe('escaping', () => {
  const hostileTitle = `<script>alert("title")</script> ค่าใช้จ่าย & 'งบ' "ประจำปี" ผู้ใหญ่บ้าน`;
  const hostileComment = `<img src=x onerror="alert('x')"> แก้ไขตัวเลข & ตรวจทาน "ผลลัพธ์" ให้ถูกต้อง\nบรรทัดที่สอง: ผู้ใหญ่บ้านกำนัน <b>ด่วน</b> &amp; ไม่ใช่ entity`;

  function hostile(language: MailLanguage): MailInput & { data: ReportReturnedMail } {
    const input = sample('report_returned', language);
    input.organization.name = 'องค์การบริหารส่วนตำบลสมัย <i>&</i>';
    input.recipient.displayName = `นางสาว "สมใจ" <ทำงานดี>`;
    input.data.measure.title = hostileTitle;
    input.data.comment = hostileComment;
    input.data.returnedByName = `<u>ปลัด</u>`;
    return input;
  }

  it.each(LANGUAGES)('HTML-escapes every user text in the HTML part (%s)', (language) => {
    const { html } = renderMail(hostile(language));
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<u>|<ทำงานดี>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; ค่าใช้จ่าย &amp; &#x27;งบ&#x27; &quot;ประจำปี&quot; ผู้ใหญ่บ้าน');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;&quot;alert(&#x27;x&#x27;)&quot;&gt; แก้ไขตัวเลข &amp; ตรวจทาน &quot;ผลลัพธ์&quot; ให้ถูกต้อง<br>');
    expect(html).toContain('บรรทัดที่สอง: ผู้ใหญ่บ้านกำนัน &lt;b&gt;ด่วน&lt;/b&gt; &amp;amp; ไม่ใช่ entity');
    expect(html).toContain('องค์การบริหารส่วนตำบลสมัย &lt;i&gt;&amp;&lt;/i&gt;');
    expect(html).toContain('&quot;สมใจ&quot; &lt;ทำงานดี&gt;');
    expect(html).toContain('&lt;u&gt;ปลัด&lt;/u&gt;');
  });

  it.each(LANGUAGES)('keeps every user text verbatim in the text part and the subject (%s)', (language) => {
    const { subject, text } = renderMail(hostile(language));
    expect(text).toContain(hostileTitle);
    expect(text).toContain(hostileComment);
    expect(text).toContain('องค์การบริหารส่วนตำบลสมัย <i>&</i>');
    expect(text).toContain(`นางสาว "สมใจ" <ทำงานดี>`);
    expect(subject).toContain('[อบต.สมัย <i>&</i>] ');
    // Nothing was escaped: the only entity-like text is the one the comment itself contains.
    expect(`${subject}${text.replace(hostileComment, '')}`).not.toMatch(/&amp;|&lt;|&gt;|&quot;|&#x/);
  });

  it('attribute-escapes a link that passes the http(s) check', () => {
    const input = sample('reminder');
    input.data.measure.link = 'https://prongsai.example/a?b="onmouseover=alert(1)&c=\'d\'';
    const { html, text } = renderMail(input);
    expect(html).toContain('href="https://prongsai.example/a?b&#x3D;&quot;onmouseover&#x3D;alert(1)&amp;c&#x3D;&#x27;d&#x27;"');
    expect(html).not.toContain('"onmouseover');
    expect(text).toContain(`\n${input.data.measure.link}\n`);
  });
});

describe('refusals', () => {
  it.each([
    ['javascript:alert(1)', 'only http and https links are allowed, got javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'only http and https links are allowed, got data:'],
    ['ftp://files.example/report.pdf', 'only http and https links are allowed, got ftp:'],
    ['/fy/2568/measures/3', 'not an absolute http(s) link'],
    ['https://prongsai.example/a b', 'may not contain spaces'],
  ])('refuses the link %s, naming the field', (link, why) => {
    const input = sample('reminder');
    input.data.measure.link = link;
    const error = renderError(input);
    expect(error.code).toBe(MailErrorCode.UnsafeLink);
    expect(error.field).toBe('data.measure.link');
    expect(error.message).toContain('data.measure.link: ');
    expect(error.message).toContain(why);
  });

  it('names the field of a bad link deep in a digest, and a bad website', () => {
    const digest = sample('daily_digest');
    digest.data.returned[0].measure.link = 'javascript:void(0)';
    expect(renderError(digest)).toMatchObject({ code: MailErrorCode.UnsafeLink, field: 'data.returned[0].measure.link' });
    const published = sample('published');
    published.data.publicLink = 'vbscript:msgbox(1)';
    expect(renderError(published)).toMatchObject({ code: MailErrorCode.UnsafeLink, field: 'data.publicLink' });
    const website = sample('reminder');
    website.organization.website = 'javascript:alert(1)';
    expect(renderError(website)).toMatchObject({ code: MailErrorCode.UnsafeLink, field: 'organization.website' });
  });

  it('links a website written without https://, and leaves out an empty website and phone', () => {
    const bare = sample('reminder');
    bare.organization.website = 'www.samai.go.th';
    expect(renderMail(bare).html).toContain('<a href="https://www.samai.go.th" target="_blank" style="color:#1d4ed8;">www.samai.go.th</a>');
    const none = sample('reminder');
    none.organization.website = '';
    none.organization.phone = '';
    const { html, text } = renderMail(none);
    expect(html).not.toContain('โทร.');
    expect(text.split('\n').slice(0, 3)).toEqual(['องค์การบริหารส่วนตำบลสมัย', 'อำเภอสบปราบ จังหวัดลำปาง', '========================================================================']);
  });

  it('names an unknown template and lists the known ones', () => {
    const input = sample('reminder');
    (input.data as { template: string }).template = 'newsletter';
    const error = renderError(input);
    expect(error.code).toBe(MailErrorCode.UnknownTemplate);
    expect(error.message).toBe(`data.template: unknown mail template "newsletter"; known: ${MAIL_TEMPLATE_NAMES.join(', ')}`);
    expect(() => sampleMailInput('newsletter' as MailTemplateName, 'th')).toThrow('template: unknown mail template "newsletter"');
  });

  it('names an unknown language', () => {
    const input = sample('reminder');
    (input.recipient as { language: string }).language = 'fr';
    expect(renderError(input)).toMatchObject({ code: MailErrorCode.UnknownLanguage, message: 'recipient.language: unknown mail language "fr"; known: th, en' });
    expect(() => sampleMailInput('reminder', 'lo' as MailLanguage)).toThrow('language: unknown mail language "lo"');
  });

  it.each([
    ['a date that does not exist', (data: OverdueMail) => (data.period.dueDate = '2025-02-30'), 'data.period.dueDate'],
    ['a count that is not a number', (data: OverdueMail) => (data.daysOverdue = Number.NaN), 'data.daysOverdue'],
    ['a negative escalation level', (data: OverdueMail) => (data.escalationLevel = -1), 'data.escalationLevel'],
    ['an unknown period key', (data: OverdueMail) => (data.period.key = 'Q5'), 'data.period.key'],
  ])('refuses %s, naming the field', (_, spoil, field) => {
    const input = sample('overdue');
    spoil(input.data);
    expect(renderError(input)).toMatchObject({ code: MailErrorCode.InvalidData, field });
  });

  it('refuses a missing deep link', () => {
    const reminder = sample('reminder');
    delete (reminder.data.measure as Partial<typeof reminder.data.measure>).link;
    expect(renderError(reminder)).toMatchObject({ code: MailErrorCode.UnsafeLink, field: 'data.measure.link' });
    const digest = sample('daily_digest');
    delete (digest.data as Partial<DailyDigestMail>).link;
    expect(renderError(digest)).toMatchObject({ code: MailErrorCode.UnsafeLink, field: 'data.link' });
  });

  it('names what a template found missing in the data', () => {
    const input = sample('overdue');
    delete (input.data as Partial<OverdueMail>).divisionName;
    const error = renderError(input);
    expect(error.code).toBe(MailErrorCode.InvalidData);
    expect(error.message).toMatch(/^data: the overdue mail \(th\) could not be rendered: .*"divisionName" not defined/);
  });

  it('refuses an unknown numeral style', () => {
    const input = sample('reminder');
    (input.organization as { numeralStyle: string }).numeralStyle = 'roman';
    expect(renderError(input)).toMatchObject({ code: MailErrorCode.InvalidData, field: 'organization.numeralStyle' });
  });
});

describe('overdue: each escalation level addresses its reader', () => {
  function overdue(level: number, language: MailLanguage = 'th') {
    const input = sample('overdue', language);
    input.data.escalationLevel = level;
    return renderMail(input);
  }

  it('level 0: the officers and the division head, by name, asked to report', () => {
    const { subject, text } = overdue(0);
    expect(subject).toBe('[อบต.สมัย] มาตรการที่ ๔: รายงานไตรมาสที่ ๑ เลยกำหนดส่ง ๗ วัน');
    expect(text).toContain('\nเรียน นางสาวมาลี ตรวจบัญชี\n');
    expect(flat(text)).toContain(flat('ขณะนี้เลยกำหนดมาแล้ว ๗ วัน และระบบยังไม่ได้รับรายงาน จึงขอความกรุณาจัดส่งรายงานผล'));
    expect(text).toContain('นางสาวมาลี ตรวจบัญชี และนายวีระ พัสดุดี');
    expect(text).not.toMatch(/เรียน (ปลัด|นายก)/);
  });

  it('level 1: ปลัด, told which division and officers have not reported, and who was told before', () => {
    const { subject, text } = overdue(1);
    expect(subject).toBe('[อบต.สมัย] มาตรการที่ ๔: กองคลังยังไม่ส่งรายงานไตรมาสที่ ๑ (เลยกำหนด ๗ วัน)');
    expect(text).toContain('\nเรียน ปลัดองค์การบริหารส่วนตำบลสมัย\n');
    expect(flat(text)).toContain(flat('ขอเรียนว่า กองคลังยังไม่ได้ส่งรายงานผลการดำเนินการ'));
    expect(flat(text)).toContain(flat('ระบบได้แจ้งเตือนเจ้าหน้าที่ผู้รับผิดชอบและหัวหน้าหน่วยงานแล้ว'));
    expect(text).toContain('นางสาวมาลี ตรวจบัญชี และนายวีระ พัสดุดี');
    expect(flat(text)).toContain(flat('จึงเรียนมาเพื่อโปรดพิจารณาสั่งการ'));
    expect(text).not.toContain('เรียน นางสาวมาลี');
  });

  it('level 2 (and above): นายก, told that ปลัด was told too', () => {
    for (const level of [2, 3]) {
      const { text } = overdue(level);
      expect(text).toContain('\nเรียน นายกองค์การบริหารส่วนตำบลสมัย\n');
      expect(flat(text)).toContain(flat('เจ้าหน้าที่ผู้รับผิดชอบ หัวหน้าหน่วยงาน และปลัดองค์การบริหารส่วนตำบลสมัยแล้ว'));
      expect(flat(text)).toContain(flat('จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการ'));
    }
  });

  it('in English too', () => {
    expect(overdue(0, 'en').text).toContain('Dear นางสาวมาลี ตรวจบัญชี,');
    expect(overdue(1, 'en').text).toContain('Dear Chief Administrator (Palat),');
    expect(overdue(1, 'en').subject).toBe('[อบต.สมัย] Measure 4: กองคลัง has not reported for Q1 (7 days overdue)');
    expect(overdue(2, 'en').text).toContain('Dear Chief Executive (Nayok),');
    expect(flat(overdue(2, 'en').text)).toContain(flat('The officers responsible, the division head and the Chief Administrator have already been told.'));
  });

  it('a municipality: นายกเทศมนตรี, ปลัดเทศบาล, and its short name in the subject', () => {
    const input = sample('overdue');
    input.organization = { ...input.organization, name: 'เทศบาลตำบลบ้านดู่', type: 'subdistrict_municipality', district: 'เมืองเชียงราย', province: 'เชียงราย' };
    input.data.escalationLevel = 2;
    const { subject, text } = renderMail(input);
    expect(subject.startsWith('[ทต.บ้านดู่] ')).toBe(true);
    expect(text).toContain('\nเรียน นายกเทศมนตรีตำบลบ้านดู่\n');
    expect(flat(text)).toContain('ปลัดเทศบาลตำบลบ้านดู่แล้ว');
    expect(text).toContain('อำเภอเมืองเชียงราย จังหวัดเชียงราย');
  });

  it('says when no officer was named yet', () => {
    const input = sample('overdue');
    input.data.officerNames = [];
    expect(renderMail(input).text).toMatch(/เจ้าหน้าที่ผู้รับผิดชอบ: +ยังไม่ได้กำหนด/);
  });
});

describe('daily digest and weekly summary', () => {
  it('leaves out empty sections', () => {
    const { subject, html, text } = renderMail(sample('daily_digest'));
    expect(subject).toBe('[อบต.สมัย] สรุปงานประจำวันที่ ๒๒ ม.ค. ๒๕๖๘ (๓ รายการ)');
    expect(text).toContain('\nเลยกำหนดส่ง (๑)\n');
    expect(text).toContain('\nใกล้ครบกำหนดส่ง (๑)\n');
    expect(text).toContain('\nถูกส่งกลับให้แก้ไข (๑)\n');
    expect(text).not.toContain('รอการตรวจสอบหรือลงนามจากท่าน');
    expect(html).not.toContain('รอการตรวจสอบหรือลงนามจากท่าน');
    const digest = sample('daily_digest').data;
    for (const item of [...digest.overdue, ...digest.dueSoon, ...digest.returned]) {
      expect(text).toContain(`  ${item.measure.link}\n`);
      expect(html).toContain(`href="${item.measure.link}"`);
    }
  });

  it('says there is nothing to do when every section is empty', () => {
    for (const language of LANGUAGES) {
      const input = sample('daily_digest', language);
      const empty: DailyDigestMail = { ...input.data, overdue: [], dueSoon: [], waitingForYou: [], returned: [] };
      const { subject, text } = renderMail({ ...input, data: empty });
      if (language === 'th') {
        expect(subject).toBe('[อบต.สมัย] สรุปงานประจำวันที่ ๒๒ ม.ค. ๒๕๖๘ (ไม่มีงานค้าง)');
        expect(flat(text)).toContain(flat('ไม่มีงานในระบบโปร่งใสที่รอการดำเนินการจากท่าน'));
        expect(text).not.toMatch(/เลยกำหนดส่ง|ใกล้ครบกำหนดส่ง|ถูกส่งกลับ/);
      } else {
        expect(subject).toBe('[อบต.สมัย] Your tasks on 22 Jan 2025 (nothing pending)');
        expect(flat(text)).toContain(flat('As of 22 January 2025, nothing in Prongsai is waiting for you.'));
      }
      expect(text).toContain(`\n${empty.link}\n`);
    }
  });

  it('tabulates progress by division with a total row', () => {
    const { subject, html, text } = renderMail(sample('weekly_summary'));
    expect(subject).toBe('[อบต.สมัย] สรุปความก้าวหน้ามาตรการประจำสัปดาห์ ถึงวันที่ ๒๔ ม.ค. ๒๕๖๘ (เลยกำหนด ๓ รายงาน)');
    expect(text).toMatch(/^หน่วยงาน +ครบกำหนดส่ง +ส่งแล้ว +ลงนามแล้ว +เลยกำหนด$/m);
    expect(text).toMatch(/^กองคลัง +๕ +๔ +๓ +๑$/m);
    expect(text).toMatch(/^รวม +๒๒ +๑๙ +๑๔ +๓$/m);
    expect(html).toContain('<th align="left"');
    expect(html).toMatch(/<td align="right" style="[^"]*font-weight:bold;[^"]*">๒๒<\/td>/);
    expect(text).toContain('รายงานที่เลยกำหนดส่ง (๓)');
  });

  it('says no report is overdue when none is', () => {
    const input = sample('weekly_summary');
    const calm: WeeklySummaryMail = { ...input.data, divisions: input.data.divisions.map((division) => ({ ...division, overdue: 0 })), overdueItems: [] };
    const { subject, text } = renderMail({ ...input, data: calm });
    expect(subject).not.toContain('เลยกำหนด');
    expect(text).toContain('ไม่มีรายงานที่เลยกำหนดส่ง');
  });
});
