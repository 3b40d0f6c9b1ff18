import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { Person } from '../../api/types';
import { ErrorNotice, SuccessNotice } from '../../components/feedback';
import { Field } from '../../components/field';
import { PageHeader } from '../../components/page-header';
import { defineMessages, useLanguage, useText } from '../../i18n/language';
import { ROLE } from '../../i18n/labels';
import { useSession } from '../../session/session';

const text = defineMessages({
  th: {
    title: 'บัญชีของฉัน',
    preferences: 'การแจ้งเตือนทางอีเมล',
    immediate: 'ส่งทุกครั้งที่มีเรื่อง',
    digest: 'รวมเป็นฉบับเดียวทุกเช้า',
    saved: 'บันทึกแล้ว',
    password: 'เปลี่ยนรหัสผ่าน',
    mustChange: 'กรุณาตั้งรหัสผ่านใหม่ก่อนใช้งาน (รหัสผ่านที่ได้รับเป็นรหัสใช้ครั้งเดียว)',
    current: 'รหัสผ่านปัจจุบัน',
    next: 'รหัสผ่านใหม่',
    nextHint: 'อย่างน้อย 10 ตัวอักษร',
    change: 'เปลี่ยนรหัสผ่าน',
    changed: 'เปลี่ยนรหัสผ่านแล้ว อุปกรณ์อื่นที่เข้าสู่ระบบไว้จะต้องเข้าสู่ระบบใหม่',
    role: 'บทบาท',
    continue: 'ไปที่งานของฉัน',
  },
  en: {
    title: 'My account',
    preferences: 'Mail notices',
    immediate: 'Each notice as it happens',
    digest: 'One mail each morning',
    saved: 'Saved',
    password: 'Change password',
    mustChange: 'Please set a new password first (the one you were given works once).',
    current: 'Current password',
    next: 'New password',
    nextHint: 'at least 10 characters',
    change: 'Change password',
    changed: 'Password changed. Other devices signed in must sign in again.',
    role: 'Role',
    continue: 'Go to my tasks',
  },
});

export function AccountPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const person = useSession().person!;
  const queries = useQueryClient();
  const [params] = useSearchParams();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');

  const preference = useMutation({
    mutationFn: (mailPreference: Person['mailPreference']) => api<Person>('PUT', '/auth/me/preferences', { mailPreference }),
    onSuccess: (updated) => queries.setQueryData(['me'], updated),
  });
  const password = useMutation({
    mutationFn: () => api('POST', '/auth/password', { currentPassword, newPassword }),
    onSuccess: async () => {
      setCurrent('');
      setNew('');
      await queries.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const passwordError = password.error instanceof ApiError ? password.error : null;

  const changePassword = (event: FormEvent) => {
    event.preventDefault();
    password.mutate();
  };

  return (
    <>
      <PageHeader title={t.title} subtitle={`${person.displayName} · ${person.email} · ${t.role}: ${ROLE[language][person.role]}`} />
      <div className="grid">
        <section className="panel" aria-labelledby="account-mail">
          <h2 id="account-mail">{t.preferences}</h2>
          {(['immediate', 'digest'] as const).map((choice) => (
            <label key={choice} className="checkbox">
              <input type="radio" name="mailPreference" checked={person.mailPreference === choice} onChange={() => preference.mutate(choice)} />
              {t[choice]}
            </label>
          ))}
          {preference.isSuccess && <SuccessNotice>{t.saved}</SuccessNotice>}
          {preference.error && <ErrorNotice error={preference.error} />}
        </section>
        <section className="panel" aria-labelledby="account-password">
          <h2 id="account-password">{t.password}</h2>
          {(person.mustChangePassword || params.get('changePassword')) && !password.isSuccess && <p className="notice notice-info">{t.mustChange}</p>}
          <form onSubmit={changePassword}>
            <Field label={t.current} error={passwordError?.fieldText('currentPassword', language)}>
              <input type="password" autoComplete="current-password" value={currentPassword} onChange={(event) => setCurrent(event.target.value)} />
            </Field>
            <Field label={t.next} hint={t.nextHint} error={passwordError?.fieldText('newPassword', language)}>
              <input type="password" autoComplete="new-password" value={newPassword} onChange={(event) => setNew(event.target.value)} />
            </Field>
            {password.error && !passwordError?.errors.length && <ErrorNotice error={password.error} />}
            {password.isSuccess && (
              <SuccessNotice>
                {t.changed} <Link to="/">{t.continue}</Link>
              </SuccessNotice>
            )}
            <button type="submit" className="button button-primary" disabled={password.isPending}>
              {t.change}
            </button>
          </form>
        </section>
      </div>
    </>
  );
}
