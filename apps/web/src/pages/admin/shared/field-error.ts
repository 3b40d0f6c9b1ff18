import { ApiError } from '../../../api/client';
import type { Language } from '../../../i18n/language';

/**
 * The API's problem with one field, ready to show next to it: the validator prefixes its Thai
 * message with the field's code name ("name: ต้องระบุ"), which the label beside it already says.
 */
export function fieldError(error: unknown, field: string, language: Language): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const message = error.fieldText(field, language);
  if (message === undefined) return undefined;
  return message.replace(/^[\w.]+:\s*/, '');
}

/** Whether the API named any of these fields (then the message sits by the field, not above the form). */
export function namesAnyField(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && fields.some((field) => error.fieldText(field, 'en') !== undefined);
}
