import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/feedback';
import { Field } from '../../components/field';
import { LanguageSwitch } from '../../layout/app-shell';
import { defineMessages, useLanguage, useText } from '../../i18n/language';
import { useSession } from '../../session/session';

const text = defineMessages({
  th: {
    title: 'เข้าสู่ระบบ',
    intro: 'ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    email: 'อีเมล',
    password: 'รหัสผ่าน',
    submit: 'เข้าสู่ระบบ',
    busy: 'กำลังเข้าสู่ระบบ…',
    forgot: 'ลืมรหัสผ่าน? ติดต่อผู้ดูแลระบบขององค์กรเพื่อตั้งรหัสผ่านใหม่',
    emailRequired: 'กรุณากรอกอีเมล',
    passwordRequired: 'กรุณากรอกรหัสผ่าน',
  },
  en: {
    title: 'Sign in',
    intro: 'Integrity and transparency measures of the organisation',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    forgot: 'Forgot your password? Ask your organisation’s administrator to set a new one.',
    emailRequired: 'Please enter your email',
    passwordRequired: 'Please enter your password',
  },
});

export function SignInPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { person, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';

  if (person) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { email: email.trim() === '', password: password === '' };
    setMissing(problems);
    if (problems.email || problems.password) return;
    setBusy(true);
    setError(null);
    try {
      // Someone with a one-time password is sent on to set their own (RequireSession).
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const apiError = error instanceof ApiError ? error : null;
  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <span className="brand-mark" aria-hidden="true" />
          <LanguageSwitch />
        </div>
        <h1>โปร่งใส</h1>
        <p className="page-subtitle">{t.intro}</p>
        <form onSubmit={submit} noValidate>
          <h2>{t.title}</h2>
          {error !== null && <ErrorNotice error={error} />}
          <Field label={t.email} error={missing.email ? t.emailRequired : apiError?.fieldText('email', language)}>
            <input type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} autoFocus />
          </Field>
          <Field label={t.password} error={missing.password ? t.passwordRequired : apiError?.fieldText('password', language)}>
            <input type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          </Field>
          <button type="submit" className="button button-primary button-wide" disabled={busy}>
            {busy ? t.busy : t.submit}
          </button>
          <p className="field-hint">{t.forgot}</p>
        </form>
      </div>
    </main>
  );
}
