import type { ReactNode } from 'react';
import { defineMessages, useText } from '../../../i18n/language';
import { ConflictAwareError } from './conflict-notice';
import { namesAnyField } from './field-error';

const text = defineMessages({
  th: { cancel: 'ยกเลิก' },
  en: { cancel: 'Cancel' },
});

/** The API's refusal of a form when it names none of the form's fields (those show beside their field). */
export function FormError({ error, fields }: { error: unknown; fields: readonly string[] }) {
  return error && !namesAnyField(error, fields) ? <ConflictAwareError error={error} /> : null;
}

/** Sends the form; while the request runs it says so and cannot be pressed again. `children` follow the words (e.g. a hidden name). */
export function SubmitButton({ busy, label, busyLabel, children }: { busy: boolean; label: string; busyLabel: string; children?: ReactNode }) {
  return (
    <button type="submit" className="button button-primary" disabled={busy}>
      {busy ? busyLabel : label}
      {children}
    </button>
  );
}

/** A form's buttons: send it, and leave it without saving when `onCancel` is given. */
export function FormActions({ onCancel, children }: { onCancel?(): void; children: ReactNode }) {
  const t = useText(text);
  return (
    <div className="admin-actions">
      {children}
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
      )}
    </div>
  );
}
