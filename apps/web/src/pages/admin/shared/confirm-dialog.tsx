import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Loading } from '../../../components/feedback';
import { ConflictAwareError } from './conflict-notice';
import { defineMessages, useText } from '../../../i18n/language';

const text = defineMessages({
  th: { cancel: 'ยกเลิก', working: 'กำลังดำเนินการ…' },
  en: { cancel: 'Cancel', working: 'Working…' },
});

/**
 * Asks before something that cannot be taken back (a native modal dialog: focus stays inside,
 * Escape closes it). The API's refusal, if any, shows inside the dialog where the person is looking.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  /** The action cannot go ahead (the body says why). */
  disabled?: boolean;
  busyLabel?: string;
  error?: unknown;
  /** What to do when the API refuses because of the data (409). */
  conflictNextStep?: string;
  onConfirm(): void;
  onClose(): void;
}) {
  const t = useText(text);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    else if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onClose={props.onClose}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-body`} className="admin-dialog-body">
        {props.children}
      </div>
      {props.error ? <ConflictAwareError error={props.error} nextStep={props.conflictNextStep} /> : null}
      {props.busy && <Loading label={props.busyLabel ?? t.working} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose} autoFocus>
          {t.cancel}
        </button>
        <button type="button" className={props.danger ? 'button button-danger' : 'button button-primary'} disabled={props.busy || props.disabled} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
