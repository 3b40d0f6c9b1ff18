/** Why a mail could not be rendered. */
export enum MailErrorCode {
  /** `data.template` is not one of MAIL_TEMPLATE_NAMES. */
  UnknownTemplate = 'UNKNOWN_TEMPLATE',
  /** `recipient.language` is neither 'th' nor 'en'. */
  UnknownLanguage = 'UNKNOWN_LANGUAGE',
  /** A link is not an absolute http(s) address. */
  UnsafeLink = 'UNSAFE_LINK',
  /** A value has the wrong shape: a date that is not 'YYYY-MM-DD', a count that is not a whole number… */
  InvalidData = 'INVALID_DATA',
}

/**
 * A mail that cannot be rendered, caused by its input: a programming error of the caller, never
 * something the reader could fix. `field` is the path of the offending input
 * (`data.measure.link`, `recipient.language`).
 */
export class MailError extends Error {
  constructor(
    readonly code: MailErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'MailError';
  }
}
