import { useEffect, useId, useRef, useState } from 'react';
import { defineMessages, useText } from '../i18n/language';

const text = defineMessages({
  th: { cancel: 'ยกเลิก', required: 'กรุณาระบุความเห็น เพื่อให้ผู้รับทราบว่าต้องแก้ไขอะไร' },
  en: { cancel: 'Cancel', required: 'Please write a comment so they know what to change' },
});

/**
 * Asks for a comment before an action such as returning a report (a native modal dialog: focus
 * stays inside, Escape closes it).
 */
export function CommentDialog(props: {
  open: boolean;
  title: string;
  label: string;
  confirmLabel: string;
  required?: boolean;
  busy?: boolean;
  onConfirm(comment: string): void;
  onClose(): void;
}) {
  const t = useText(text);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      setComment('');
      setMissing(false);
      element.showModal();
    } else if (!props.open && element.open) element.close();
  }, [props.open]);

  const confirm = () => {
    if ((props.required ?? true) && comment.trim() === '') {
      setMissing(true);
      return;
    }
    props.onConfirm(comment.trim());
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={props.onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        <div className={missing ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-comment`}>{props.label}</label>
          <textarea
            id={`${id}-comment`}
            rows={4}
            value={comment}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(event) => {
              setComment(event.target.value);
              if (missing && event.target.value.trim() !== '') setMissing(false);
            }}
          />
          {missing && (
            <p className="field-error" id={`${id}-error`}>
              {t.required}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary" disabled={props.busy}>
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
