import { ApiError } from '../../api/client';
import type { Language } from '../../i18n/language';

/** The fields the report form shows a problem beside (content.evidence.<n> beside its row). */
const SHOWN_BESIDE_A_FIELD = /^content\.(done|results|outcome|completion|publishedOn|evidence\.\d+)(\.|$)/;

/** The API's problem with one field, without the field's path the Thai text starts with. */
export function fieldProblem(error: unknown, field: string, language: Language): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldText(field, language)?.replace(/^[\w.]+:\s*/, '');
}

/** Every problem the API named is shown beside its field (so no list of paths is needed above). */
export function allShownBesideFields(error: unknown): boolean {
  return error instanceof ApiError && error.errors.length > 0 && error.errors.every((problem) => SHOWN_BESIDE_A_FIELD.test(problem.field));
}
