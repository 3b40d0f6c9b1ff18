import { ApiError } from '../../../api/client';
import { ErrorNotice } from '../../../components/feedback';
import { useLanguage } from '../../../i18n/language';

/**
 * An API refusal, where a conflict (409) is about the data, not about someone else's edit: the
 * API's own words say what is in the way, and `nextStep` what to do about it.
 */
export function ConflictAwareError({ error, nextStep }: { error: unknown; nextStep?: string }) {
  const { language } = useLanguage();
  if (!error) return null;
  if (!(error instanceof ApiError) || error.status !== 409) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{error.text(language)}</p>
      {nextStep && <p>{nextStep}</p>}
    </div>
  );
}
