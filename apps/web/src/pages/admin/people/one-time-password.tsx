import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../../api/types';
import { defineMessages, fill, useText } from '../../../i18n/language';

const text = defineMessages({
  th: {
    heading: 'รหัสผ่านใช้ครั้งเดียวของ {name}',
    password: 'รหัสผ่านใช้ครั้งเดียว',
    once: 'รหัสผ่านนี้แสดงเพียงครั้งเดียว ระบบไม่ได้เก็บไว้ให้ดูอีก คัดลอกหรือจดไว้ตอนนี้',
    handOver: 'ส่งมอบให้ {name} ({email}) ด้วยตนเองหรือทางช่องทางที่ปลอดภัย เมื่อเข้าสู่ระบบด้วยรหัสนี้ ระบบจะให้ตั้งรหัสผ่านใหม่ของตนเอง',
    copy: 'คัดลอกรหัสผ่าน',
    copied: 'คัดลอกแล้ว',
    copyFailed: 'คัดลอกอัตโนมัติไม่ได้ เลือกข้อความรหัสผ่านไว้ให้แล้ว กด Ctrl+C (หรือกดค้างแล้วเลือกคัดลอก)',
    done: 'ส่งมอบแล้ว ซ่อนรหัสผ่าน',
  },
  en: {
    heading: 'One-time password of {name}',
    password: 'One-time password',
    once: 'This password is shown only this once; it is not kept for you to see again. Copy or note it now.',
    handOver: 'Hand it to {name} ({email}) in person or by a safe channel. When they sign in with it they set their own new password.',
    copy: 'Copy password',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: the password is selected, press Ctrl+C (or long-press and copy).',
    done: 'Handed over: hide the password',
  },
});

/** The one-time password the API returns once, with a copy button and what to do with it. */
export function OneTimePassword({ person, password, onDone }: { person: Person; password: string; onDone(): void }) {
  const t = useText(text);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const shown = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The form that was just sent is gone: the reader continues at the password.
    heading.current?.focus();
  }, []);

  const selectText = () => {
    const element = shown.current;
    if (!element) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      // Clipboard access needs a secure page and permission; selecting lets the person copy by hand.
      selectText();
      setCopied('failed');
    }
  };

  return (
    <section className="panel admin-secret" aria-labelledby="otp-heading" role="region">
      <h2 id="otp-heading" tabIndex={-1} ref={heading}>
        {fill(t.heading, { name: person.displayName })}
      </h2>
      <p className="admin-warning">{t.once}</p>
      <p className="admin-secret-label" id="otp-label">
        {t.password}
      </p>
      <div className="admin-secret-row">
        <code ref={shown} className="admin-secret-value" aria-labelledby="otp-label" translate="no">
          {password}
        </code>
        <button type="button" className="button button-primary" onClick={copy}>
          {t.copy}
        </button>
      </div>
      <p role="status" className="admin-copy-status">
        {copied === 'yes' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
      </p>
      <p>{fill(t.handOver, { name: person.displayName, email: person.email })}</p>
      <button type="button" className="button" onClick={onDone}>
        {t.done}
      </button>
    </section>
  );
}
