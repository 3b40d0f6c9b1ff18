import { isIsoDate } from '@prongsai/domain';
import { MailError, MailErrorCode } from './mail-error';
import { isPeriodKey } from './mail-format';
import type { MailInput } from './mail.types';

/** Keys whose string values are links: absolute http(s) only. */
const LINK_KEYS = new Set(['link', 'publicLink']);
/** Keys whose string values are ISO dates. */
const DATE_KEYS = new Set(['start', 'dueDate', 'date', 'weekEnding', 'submittedOn', 'acceptedOn', 'signedOffOn']);

const invalid = (field: string, message: string) => new MailError(MailErrorCode.InvalidData, field, message);

function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/**
 * Refuses anything but an absolute http(s) address: no javascript:, data:, mailto:, relative
 * paths, spaces or control characters.
 *
 * @throws MailError UNSAFE_LINK naming the field.
 */
export function assertHttpLink(value: unknown, field: string): asserts value is string {
  const refuse = (why: string) => new MailError(MailErrorCode.UnsafeLink, field, why);
  if (typeof value !== 'string') throw refuse(`must be an http(s) link, got ${typeof value}`);
  if (/[\s\u0000-\u001f\u007f]/.test(value)) throw refuse(`a link may not contain spaces or control characters: ${quoted(value)}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(`not an absolute http(s) link: ${quoted(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse(`only http and https links are allowed, got ${url.protocol} in ${quoted(value)}`);
}

/** A bare host name with an optional path, as websites are often written: "www.samai.go.th". */
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#][^\s]*)?$/i;

/**
 * The address the letterhead links the organisation's website to: the website itself, or with
 * https:// added when written as a bare host name; null when there is none.
 *
 * @throws MailError UNSAFE_LINK (field organization.website) for anything else.
 */
export function websiteHref(website: string): string | null {
  const trimmed = website.trim();
  if (trimmed === '') return null;
  if (BARE_HOST.test(trimmed)) return `https://${trimmed}`;
  assertHttpLink(trimmed, 'organization.website');
  return trimmed;
}

function assertString(value: unknown, field: string): void {
  if (typeof value !== 'string') throw invalid(field, `must be text, got ${value === null ? 'null' : typeof value}`);
}

/** Checks every value of the data by what its key says it is (link, date, period key, count). */
function checkValue(value: unknown, field: string, key: string): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((element, index) => checkValue(element, `${field}[${index}]`, key));
  } else if (typeof value === 'object') {
    // Every measure is linked to its task: the link is required, not only checked when present.
    if (key === 'measure') assertHttpLink((value as { link?: unknown }).link, `${field}.link`);
    for (const [childKey, child] of Object.entries(value)) checkValue(child, `${field}.${childKey}`, childKey);
  } else if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) throw invalid(field, `must be a whole number of at least 0, got ${value}`);
    if (key === 'fiscalYearBe' && (value < 2400 || value > 2999)) throw invalid(field, `must be a Buddhist Era year such as 2568, got ${value}`);
  } else if (typeof value === 'string') {
    if (LINK_KEYS.has(key)) assertHttpLink(value, field);
    if (DATE_KEYS.has(key) && !isIsoDate(value)) throw invalid(field, `must be a date 'YYYY-MM-DD', got ${quoted(value)}`);
    if (key === 'key' && !isPeriodKey(value)) throw invalid(field, `must be a period key Q1…Q4, R6, R12 or step-<n>, got ${quoted(value)}`);
  } else if (typeof value !== 'boolean') {
    throw invalid(field, `unexpected ${typeof value}`);
  }
}

/**
 * Checks what the template and language checks leave: the organisation, the recipient's name,
 * and every link, date, period key and count in the data.
 *
 * @throws MailError naming the first field that is wrong.
 */
export function validateMailInput(input: MailInput): void {
  const { organization, recipient, data } = input;
  if (typeof organization !== 'object' || organization === null) throw invalid('organization', 'is missing');
  for (const key of ['name', 'type', 'district', 'province', 'website', 'phone'] as const) assertString(organization[key], `organization.${key}`);
  if (organization.name.trim() === '') throw invalid('organization.name', 'is empty');
  if (organization.numeralStyle !== 'thai' && organization.numeralStyle !== 'arabic') {
    throw invalid('organization.numeralStyle', `must be 'thai' or 'arabic', got ${quoted(String(organization.numeralStyle))}`);
  }
  websiteHref(organization.website);
  assertString(recipient.displayName, 'recipient.displayName');
  checkValue(data, 'data', 'data');
  // Mails about no single measure (digests, summaries, rounds) link to their page instead.
  if (!('measure' in data)) assertHttpLink((data as { link?: unknown }).link, 'data.link');
}
