import Handlebars from 'handlebars';
import { compileOptions, ENGINES, type RenderData } from './mail-engines';
import { MailError, MailErrorCode } from './mail-error';
import { mailFormatter, organizationNames } from './mail-format';
import type { MailInput, MailLanguage, MailTemplateName, RenderedMail } from './mail.types';
import { HTML_LAYOUT, LAYOUT_COPY, TEXT_LAYOUT } from './layout';
import { MAIL_PARTIALS, MAIL_TEMPLATES, type MailTemplate } from './templates';
import { validateMailInput, websiteHref } from './validate-mail-input';

/** Every template name, in the order of the lifecycle. */
export const MAIL_TEMPLATE_NAMES: readonly MailTemplateName[] = Object.freeze(Object.keys(MAIL_TEMPLATES) as MailTemplateName[]);

/** The languages mail is written in; Thai first, as everywhere in Prongsai. */
export const MAIL_LANGUAGES: readonly MailLanguage[] = Object.freeze(['th', 'en'] as const);

/** Tells whether a name is one of {@link MAIL_TEMPLATE_NAMES}. */
export function isMailTemplateName(name: unknown): name is MailTemplateName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(MAIL_TEMPLATES, name);
}

/** Tells whether a value is one of {@link MAIL_LANGUAGES}. */
export function isMailLanguage(language: unknown): language is MailLanguage {
  return language === 'th' || language === 'en';
}

/**
 * @throws MailError UNKNOWN_TEMPLATE naming the template and listing the known ones.
 */
export function assertMailTemplateName(name: unknown, field = 'data.template'): asserts name is MailTemplateName {
  if (!isMailTemplateName(name)) {
    throw new MailError(MailErrorCode.UnknownTemplate, field, `unknown mail template ${JSON.stringify(name)}; known: ${MAIL_TEMPLATE_NAMES.join(', ')}`);
  }
}

/**
 * @throws MailError UNKNOWN_LANGUAGE naming the language.
 */
export function assertMailLanguage(language: unknown, field = 'recipient.language'): asserts language is MailLanguage {
  if (!isMailLanguage(language)) {
    throw new MailError(MailErrorCode.UnknownLanguage, field, `unknown mail language ${JSON.stringify(language)}; known: ${MAIL_LANGUAGES.join(', ')}`);
  }
}

for (const engine of [ENGINES.html, ENGINES.text]) {
  for (const [name, source] of Object.entries(MAIL_PARTIALS)) engine.registerPartial(name, engine.compile(source, compileOptions(engine === ENGINES.html ? 'html' : 'text')));
}

type Compiled = Handlebars.TemplateDelegate;
const compiled = new Map<string, { subject: Compiled; html: Compiled; text: Compiled }>();

function compiledCopy(name: MailTemplateName, language: MailLanguage) {
  const key = `${name}:${language}`;
  let found = compiled.get(key);
  if (found === undefined) {
    const copy = (MAIL_TEMPLATES[name] as MailTemplate<MailTemplateName>)[language];
    found = {
      subject: ENGINES.text.compile(copy.subject, compileOptions('text')),
      html: ENGINES.html.compile(copy.body, compileOptions('html')),
      text: ENGINES.text.compile(copy.body, compileOptions('text')),
    };
    compiled.set(key, found);
  }
  return found;
}

const layouts = {
  html: ENGINES.html.compile(HTML_LAYOUT, compileOptions('html')),
  text: ENGINES.text.compile(TEXT_LAYOUT, compileOptions('text')),
};

/** Every text of the input a reader typed or chose: the text wrapper never breaks inside one. */
function userTexts(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((element) => userTexts(element, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((element) => userTexts(element, into));
  return into;
}

/** The text part tidied: no spaces at line ends, at most one empty line in a row, one newline at the end. */
function tidyText(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Renders a mail in the recipient's language: a one-line subject, an HTML part and a text part
 * saying the same. Every text of the input is HTML-escaped in the HTML part and kept as written
 * in the text part.
 *
 * @throws MailError UNKNOWN_TEMPLATE, UNKNOWN_LANGUAGE, UNSAFE_LINK (a link that is not http(s)) or
 *   INVALID_DATA (a date that is not 'YYYY-MM-DD', a count that is not a whole number…), naming the field.
 */
export function renderMail(input: MailInput): RenderedMail {
  if (typeof input !== 'object' || input === null) throw new MailError(MailErrorCode.InvalidData, 'input', 'a mail input is needed');
  if (typeof input.data !== 'object' || input.data === null) throw new MailError(MailErrorCode.InvalidData, 'data', 'is missing');
  if (typeof input.recipient !== 'object' || input.recipient === null) throw new MailError(MailErrorCode.InvalidData, 'recipient', 'is missing');
  const name = input.data.template;
  assertMailTemplateName(name);
  const language = input.recipient.language;
  assertMailLanguage(language);
  validateMailInput(input);

  const template = MAIL_TEMPLATES[name] as MailTemplate<MailTemplateName>;
  const fmt = mailFormatter(language, input.organization.numeralStyle);
  const copy = LAYOUT_COPY[language];
  const org = organizationNames(input.organization);
  const context = { org, recipient: input.recipient, data: input.data, view: template.view?.(input.data as never, org) ?? {} };
  const keep = [...userTexts(input), org.full, org.short, org.palat, org.nayok, org.address];
  const htmlData = (): RenderData => ({ fmt, copy, keep: [] });
  const textData = (): RenderData => ({ fmt, copy, keep });

  try {
    const parts = compiledCopy(name, language);
    const subject = parts.subject(context, { data: textData() }).replace(/\s+/g, ' ').trim();
    const website = input.organization.website.trim();
    const letterhead = {
      ...org,
      website,
      websiteHref: websiteHref(website),
      phone: input.organization.phone.trim(),
      contact: website !== '' || input.organization.phone.trim() !== '',
    };
    const html = layouts.html(
      { lang: language, subject, org: letterhead, copy, body: new Handlebars.SafeString(parts.html(context, { data: htmlData() })) },
      { data: htmlData() },
    );
    const text = layouts.text({ org: letterhead, copy, body: tidyText(parts.text(context, { data: textData() })).trimEnd() }, { data: textData() });
    return { subject, html, text: tidyText(text) };
  } catch (error) {
    if (error instanceof MailError) throw error;
    throw new MailError(MailErrorCode.InvalidData, 'data', `the ${name} mail (${language}) could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  }
}
