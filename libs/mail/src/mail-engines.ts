import Handlebars from 'handlebars';
import type { MailFormatter } from './mail-format';
import type { MailPeriodRef } from './mail.types';
import { displayWidth, padToWidth, wrapText } from './text-wrap';

/**
 * Two Handlebars instances compile the same templates: one writes the HTML part, the other the
 * text part. Templates are written in a small vocabulary of block helpers (paragraph, facts,
 * quote, section, list, button, table), so both parts say the same thing by construction.
 *
 * HTML: `{{value}}` escapes (and so do the helpers, for every text they are given); the helpers
 * return SafeStrings of their own markup only. Text: nothing is escaped, user text stays verbatim.
 * Triple-stash `{{{ }}}` is used nowhere.
 */

/** Columns of the text part. */
export const TEXT_WIDTH = 72;

/** What a render passes to the helpers as @data. */
export interface RenderData {
  fmt: MailFormatter;
  /** Sentences of the layout in the mail's language that helpers print (the button's fallback line). */
  copy: { linkFallback: string };
  /** Text part only: texts the wrapper keeps on one line (names, titles, dates, links); helpers add theirs. */
  keep: string[];
}

type Options = Handlebars.HelperOptions & { data: RenderData & Record<string, unknown> };
type Engine = typeof Handlebars;

const FONT = "font-family:Sarabun,'TH Sarabun New',Tahoma,'Leelawadee UI','Noto Sans Thai',sans-serif;";
const BORDER = '#e5e7eb';
const ACCENT = '#1d4ed8';
const MUTED = '#4b5563';
const TABLE = 'role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"';

const escape = (value: unknown) => Handlebars.escapeExpression(String(value));
const safe = (html: string) => new Handlebars.SafeString(html);

interface Collected {
  facts: { label: string; value: string }[];
  items: { title: string; body: string; link: string }[];
  rows: { cells: string[]; kind: 'head' | 'body' | 'total' }[];
}

/** Renders a block's content with a fresh collector in @data, for the child helpers to fill. */
function collect<K extends keyof Collected>(key: K, context: unknown, options: Options): Collected[K] {
  const data = Handlebars.createFrame(options.data) as Options['data'];
  const list: Collected[K] = [];
  data[key] = list;
  options.fn(context, { data });
  return list;
}

function collector<K extends keyof Collected>(key: K, options: Options, helper: string): Collected[K] {
  const list = options.data[key] as Collected[K] | undefined;
  if (list === undefined) throw new Error(`{{${helper}}} is only allowed inside its block`);
  return list;
}

/** Template newlines inside a paragraph are spaces; the paragraph's own edges are trimmed. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim();
}

/** Helpers that turn values into words: the same in both parts (HTML escapes their result). */
function registerValueHelpers(engine: Engine, keepTogether: boolean): void {
  const value = (name: string, format: (fmt: MailFormatter, ...args: unknown[]) => string) =>
    engine.registerHelper(name, (...args: unknown[]) => {
      const options = args.pop() as Options;
      const text = format(options.data.fmt, ...args);
      if (keepTogether) options.data.keep.push(text);
      return text;
    });
  value('num', (fmt, n) => fmt.number(n as number));
  value('date', (fmt, iso) => fmt.date(iso as string));
  value('shortDate', (fmt, iso) => fmt.shortDate(iso as string));
  value('period', (fmt, period) => fmt.period(period as MailPeriodRef));
  value('periodWithYear', (fmt, period) => fmt.periodWithYear(period as MailPeriodRef));
  value('fiscalYear', (fmt, be) => fmt.fiscalYear(be as number));
  value('join', (fmt, items) => fmt.list(items as string[]));
  engine.registerHelper('plural', (n: number, one: string, other: string) => (n === 1 ? one : other));
}

function createHtmlEngine(): Engine {
  const engine = Handlebars.create();
  registerValueHelpers(engine, false);
  engine.registerHelper('p', function (this: unknown, options: Options) {
    return safe(`<p style="margin:0 0 16px 0;${FONT}">${oneLine(options.fn(this))}</p>\n`);
  });
  engine.registerHelper('facts', function (this: unknown, options: Options) {
    const rows = collect('facts', this, options).map(
      ({ label, value }) =>
        `<tr><td valign="top" style="padding:6px 12px 6px 0;width:34%;${FONT}color:${MUTED};border-bottom:1px solid ${BORDER};">${escape(label)}</td>` +
        `<td valign="top" style="padding:6px 0;${FONT}border-bottom:1px solid ${BORDER};">${value}</td></tr>\n`,
    );
    return safe(`<table ${TABLE} style="margin:0 0 20px 0;border-collapse:collapse;font-size:15px;">\n${rows.join('')}</table>\n`);
  });
  engine.registerHelper('fact', function (this: unknown, label: string, options: Options) {
    collector('facts', options, 'fact').push({ label, value: oneLine(options.fn(this)) });
    return '';
  });
  engine.registerHelper('quote', function (this: unknown, label: string, options: Options) {
    const body = options.fn(this).replace(/\r?\n/g, '<br>\n');
    return safe(
      `<p style="margin:0 0 6px 0;${FONT}font-weight:bold;">${escape(label)}</p>\n` +
        `<table ${TABLE} style="margin:0 0 20px 0;"><tr><td style="padding:12px 16px;${FONT}background-color:#fffbeb;border-left:4px solid #d97706;">${body}</td></tr></table>\n`,
    );
  });
  engine.registerHelper('section', function (this: unknown, title: string, options: Options) {
    const count = options.hash.count === undefined ? '' : ` (${escape(options.hash.count)})`;
    return safe(`<h2 style="margin:24px 0 8px 0;${FONT}font-size:17px;color:#1e3a8a;">${escape(title)}${count}</h2>\n${options.fn(this)}`);
  });
  engine.registerHelper('list', function (this: unknown, options: Options) {
    const items = collect('items', this, options).map(
      ({ title, body, link }) =>
        `<tr><td style="padding:8px 0;${FONT}border-bottom:1px solid ${BORDER};">` +
        `<a href="${escape(link)}" target="_blank" style="color:${ACCENT};font-weight:bold;text-decoration:none;">${title}</a>` +
        (body === '' ? '' : `<br><span style="font-size:14px;color:${MUTED};">${body}</span>`) +
        `</td></tr>\n`,
    );
    return safe(`<table ${TABLE} style="margin:0 0 16px 0;border-collapse:collapse;font-size:15px;">\n${items.join('')}</table>\n`);
  });
  engine.registerHelper('item', function (this: unknown, options: Options) {
    const data = Handlebars.createFrame(options.data) as Options['data'];
    data.itemTitle = '';
    const body = oneLine(options.fn(this, { data }));
    collector('items', options, 'item').push({ title: String(data.itemTitle), body, link: String(options.hash.link) });
    return '';
  });
  engine.registerHelper('itemTitle', function (this: unknown, options: Options) {
    if (options.data.itemTitle === undefined) throw new Error('{{itemTitle}} is only allowed inside {{item}}');
    options.data.itemTitle = oneLine(options.fn(this));
    return '';
  });
  engine.registerHelper('button', (url: string, label: string, options: Options) =>
    safe(
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 12px 0;"><tr>` +
        `<td bgcolor="${ACCENT}" style="background-color:${ACCENT};border-radius:6px;">` +
        `<a href="${escape(url)}" target="_blank" style="display:inline-block;padding:12px 24px;${FONT}font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escape(label)}</a>` +
        `</td></tr></table>\n` +
        `<p style="margin:0 0 20px 0;${FONT}font-size:13px;color:${MUTED};">${escape(options.data.copy.linkFallback)}<br>` +
        `<a href="${escape(url)}" target="_blank" style="color:${ACCENT};word-break:break-all;">${escape(url)}</a></p>\n`,
    ),
  );
  engine.registerHelper('link', (url: string) => safe(`<a href="${escape(url)}" target="_blank" style="color:${ACCENT};word-break:break-all;">${escape(url)}</a>`));
  engine.registerHelper('table', function (this: unknown, options: Options) {
    const rows = collect('rows', this, options).map(({ cells, kind }) => {
      const style = kind === 'head' ? `background-color:#eff6ff;border-bottom:2px solid ${ACCENT};` : kind === 'total' ? `font-weight:bold;border-top:2px solid ${BORDER};` : `border-bottom:1px solid ${BORDER};`;
      const tag = kind === 'head' ? 'th' : 'td';
      return `<tr>${cells.map((cell, index) => `<${tag} align="${index === 0 ? 'left' : 'right'}" style="padding:6px 8px;${FONT}${style}">${escape(cell)}</${tag}>`).join('')}</tr>\n`;
    });
    return safe(`<table ${TABLE} style="margin:0 0 20px 0;border-collapse:collapse;font-size:14px;">\n${rows.join('')}</table>\n`);
  });
  registerRowHelper(engine);
  return engine;
}

function createTextEngine(): Engine {
  const engine = Handlebars.create();
  registerValueHelpers(engine, true);
  const wrap = (text: string, options: Options, firstPrefix = '', restPrefix = '') =>
    wrapText(text, { width: TEXT_WIDTH, firstPrefix, restPrefix, keepTogether: options.data.keep });
  engine.registerHelper('p', function (this: unknown, options: Options) {
    return `${wrap(oneLine(options.fn(this)), options)}\n\n`;
  });
  engine.registerHelper('facts', function (this: unknown, options: Options) {
    const facts = collect('facts', this, options);
    const widest = Math.max(0, ...facts.map(({ label }) => displayWidth(label) + 1));
    const labelWidth = widest <= 24 ? widest : 0;
    const lines = facts.map(({ label, value }) =>
      labelWidth === 0
        ? wrap(value, options, `${label}: `, '  ')
        : wrap(value, options, `${padToWidth(`${label}:`, labelWidth)} `, ' '.repeat(labelWidth + 1)),
    );
    return `${lines.join('\n')}\n\n`;
  });
  engine.registerHelper('fact', function (this: unknown, label: string, options: Options) {
    collector('facts', options, 'fact').push({ label, value: oneLine(options.fn(this)) });
    return '';
  });
  // Verbatim: a comment is quoted as written, line breaks and all, never re-wrapped.
  engine.registerHelper('quote', function (this: unknown, label: string, options: Options) {
    return `${label}\n${options.fn(this)}\n\n`;
  });
  engine.registerHelper('section', function (this: unknown, title: string, options: Options) {
    const heading = options.hash.count === undefined ? title : `${title} (${options.hash.count})`;
    return `${heading}\n${'-'.repeat(displayWidth(heading))}\n${options.fn(this).trim()}\n\n`;
  });
  engine.registerHelper('list', function (this: unknown, options: Options) {
    const items = collect('items', this, options).map(
      ({ title, body, link }) => [wrap(title, options, '• ', '  '), ...(body === '' ? [] : [wrap(body, options, '  ', '  ')]), `  ${link}`].join('\n'),
    );
    return `${items.join('\n\n')}\n\n`;
  });
  engine.registerHelper('item', function (this: unknown, options: Options) {
    const data = Handlebars.createFrame(options.data) as Options['data'];
    data.itemTitle = '';
    const body = oneLine(options.fn(this, { data }));
    collector('items', options, 'item').push({ title: String(data.itemTitle), body, link: String(options.hash.link) });
    return '';
  });
  engine.registerHelper('itemTitle', function (this: unknown, options: Options) {
    if (options.data.itemTitle === undefined) throw new Error('{{itemTitle}} is only allowed inside {{item}}');
    options.data.itemTitle = oneLine(options.fn(this));
    return '';
  });
  engine.registerHelper('button', (url: string, label: string) => `${label}:\n${url}\n\n`);
  engine.registerHelper('link', (url: string, options: Options) => {
    options.data.keep.push(url);
    return url;
  });
  engine.registerHelper('table', function (this: unknown, options: Options) {
    const rows = collect('rows', this, options);
    const widths = rows[0]?.cells.map((_, column) => Math.max(...rows.map(({ cells }) => displayWidth(cells[column] ?? '')))) ?? [];
    const line = (cells: string[]) =>
      cells
        .map((cell, column) => (column === 0 ? padToWidth(cell, widths[column]) : ' '.repeat(Math.max(0, widths[column] - displayWidth(cell))) + cell))
        .join('  ')
        .trimEnd();
    const rule = (char: string) => widths.map((width) => char.repeat(width)).join('  ');
    const out: string[] = [];
    for (const { cells, kind } of rows) {
      if (kind === 'total') out.push(rule('-'));
      out.push(line(cells));
      if (kind === 'head') out.push(rule('-'));
    }
    return `${out.join('\n')}\n\n`;
  });
  registerRowHelper(engine);
  return engine;
}

/** `{{row cell cell … head=true}}` or `total=true`: one row of the enclosing `{{#table}}`. */
function registerRowHelper(engine: Engine): void {
  engine.registerHelper('row', (...args: unknown[]) => {
    const options = args.pop() as Options;
    const kind = options.hash.head ? 'head' : options.hash.total ? 'total' : 'body';
    collector('rows', options, 'row').push({ cells: args.map((cell) => String(cell)), kind });
    return '';
  });
}

/** Every helper name, for `knownHelpersOnly`: a misspelt helper fails when the template compiles. */
const HELPERS = ['num', 'date', 'shortDate', 'period', 'periodWithYear', 'fiscalYear', 'join', 'plural', 'p', 'facts', 'fact', 'quote', 'section', 'list', 'item', 'itemTitle', 'button', 'link', 'table', 'row'];

/** The compile options both engines share; the text engine does not escape. */
export function compileOptions(format: 'html' | 'text'): CompileOptions {
  return {
    strict: true,
    noEscape: format === 'text',
    knownHelpers: Object.fromEntries(HELPERS.map((name) => [name, true])),
    knownHelpersOnly: true,
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/** The HTML and the text engine, created once. */
export const ENGINES = { html: createHtmlEngine(), text: createTextEngine() } as const;
