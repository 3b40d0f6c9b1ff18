import type { OrganizationNames } from '../mail-format';
import type { MailDataOf, MailLanguage, MailTemplateName } from '../mail.types';

/** The words of one template in one language, as Handlebars source (see mail-engines.ts for the helpers). */
export interface MailCopy {
  /** One line; rendered without escaping (it is a mail header, not HTML). */
  subject: string;
  /** Compiled twice: into the HTML part and into the text part. */
  body: string;
}

/**
 * One mail template: its Thai and English copy, and the values the copy needs that are not in the
 * data as such (flags, totals), computed by `view`. The copy sees `org` (OrganizationNames),
 * `recipient`, `data` and `view`.
 */
export type MailTemplate<T extends MailTemplateName> = Record<MailLanguage, MailCopy> & {
  view?: (data: MailDataOf<T>, org: OrganizationNames) => Record<string, unknown>;
};
