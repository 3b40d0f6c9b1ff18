import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { Loading } from '../components/feedback';
import { defineMessages, useText } from '../i18n/language';
import { useSession } from './session';

const text = defineMessages({
  th: { noOrganization: 'บัญชีนี้ยังไม่ได้ผูกกับองค์กรใด และยังไม่มีองค์กรในระบบ: ผู้ดูแลระบบกลางเพิ่มองค์กรได้ด้วยคำสั่ง prongsai หรือ API', forbidden: 'หน้านี้สำหรับ {roles} เท่านั้น' },
  en: { noOrganization: 'This account belongs to no organisation and none exists yet: the system administrator can add one with the prongsai command or the API.', forbidden: 'This page is for {roles} only.' },
});

/** Pages behind sign-in: sends a visitor to the sign-in page and back here afterwards. */
export function RequireSession({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const t = useText(text);
  const { person, organization, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!person) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!organization) return <p className="notice notice-error">{t.noOrganization}</p>;
  if (roles && !roles.includes(person.role)) return <p className="notice notice-error" role="alert">{t.forbidden.replace('{roles}', roles.join(', '))}</p>;
  return <>{children}</>;
}
