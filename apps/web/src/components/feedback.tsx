import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { defineMessages, useLanguage, useText } from '../i18n/language';

const text = defineMessages({
  th: {
    loading: 'กำลังโหลด…',
    unknown: 'เกิดข้อผิดพลาดที่ไม่คาดคิด',
    next0: 'ตรวจสอบการเชื่อมต่อ แล้วลองอีกครั้ง',
    next400: 'แก้ไขช่องที่ระบุ แล้วบันทึกอีกครั้ง',
    next401: 'เซสชันหมดอายุ กรุณาเข้าสู่ระบบอีกครั้ง',
    next403: 'หากคิดว่าควรทำได้ ติดต่อผู้ดูแลระบบขององค์กร',
    next404: 'รายการนี้อาจถูกลบหรือย้ายไปแล้ว กลับไปหน้าก่อนหน้า',
    next409: 'ทำรายการนี้ไม่ได้กับสถานะปัจจุบันของข้อมูล โหลดหน้าใหม่เพื่อดูข้อมูลล่าสุด แล้วลองอีกครั้ง',
    next500: 'ลองอีกครั้งในอีกสักครู่ หากยังไม่ได้ แจ้งผู้ดูแลระบบ',
    retry: 'ลองอีกครั้ง',
  },
  en: {
    loading: 'Loading…',
    unknown: 'Something unexpected went wrong',
    next0: 'Check the connection, then try again.',
    next400: 'Correct the field named above and save again.',
    next401: 'Your session has ended: please sign in again.',
    next403: 'If you think you should be able to, ask your organisation’s administrator.',
    next404: 'It may have been removed or moved: go back to the previous page.',
    next409: 'This cannot be done in the data’s current state: reload the page to see the latest, then try again.',
    next500: 'Try again in a moment; if it keeps failing, tell the administrator.',
    retry: 'Try again',
  },
});

type NextStepKey = 'next0' | 'next400' | 'next401' | 'next403' | 'next404' | 'next409' | 'next500';

function nextStepOf(status: number): NextStepKey {
  if (status === 0 || status === 400 || status === 401 || status === 403 || status === 404 || status === 409) return `next${status}`;
  return 'next500';
}

/** An error as a person reads it: what went wrong (from the API, in their language) and what to do next. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useText(text);
  const { language } = useLanguage();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{apiError ? apiError.text(language) : t.unknown}</p>
      {apiError && apiError.errors.length > 0 && (
        <ul>
          {apiError.errors.map((problem) => (
            <li key={problem.field}>{language === 'th' ? problem.messageTh : problem.message}</li>
          ))}
        </ul>
      )}
      <p>{t[nextStepOf(apiError?.status ?? 500)]}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useText(text);
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t.loading}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A short confirmation that something worked, read out by screen readers. */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}
