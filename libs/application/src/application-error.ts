/** What went wrong, as a code the API maps to an HTTP status in one place. */
export enum ApplicationErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Invalid = 'INVALID',
}

/**
 * An error a user can act on, with its message in Thai and in English. `field` names the input
 * that caused it, when there is one.
 */
export class ApplicationError extends Error {
  constructor(
    readonly code: ApplicationErrorCode,
    readonly messages: { th: string; en: string },
    readonly field?: string,
  ) {
    super(messages.en);
    this.name = 'ApplicationError';
  }

  static notFound(th: string, en: string, field?: string): ApplicationError {
    return new ApplicationError(ApplicationErrorCode.NotFound, { th, en }, field);
  }

  static forbidden(th: string, en: string): ApplicationError {
    return new ApplicationError(ApplicationErrorCode.Forbidden, { th, en });
  }

  static conflict(th: string, en: string, field?: string): ApplicationError {
    return new ApplicationError(ApplicationErrorCode.Conflict, { th, en }, field);
  }

  static invalid(field: string, th: string, en: string): ApplicationError {
    return new ApplicationError(ApplicationErrorCode.Invalid, { th, en }, field);
  }
}
