import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { Loading } from '../components/feedback';
import { defineMessages, fill, useLanguage, useText } from '../i18n/language';
import { ROLE } from '../i18n/labels';
import { useSession } from './session';

const text = defineMessages({
  th: { noOrganization: 'บัญชีนี้ยังไม่ได้ผูกกับองค์กรใด และยังไม่มีองค์กรในระบบ: ผู้ดูแลระบบกลางเพิ่มองค์กรได้ที่หน้าตั้งค่า', addOrganization: 'เพิ่มองค์กร', forbidden: 'หน้านี้สำหรับ{roles}เท่านั้น' },
  en: { noOrganization: 'This account belongs to no organisation and none exists yet: the system administrator can add one in Administration.', addOrganization: 'Add an organisation', forbidden: 'This page is for {roles} only.' },
});

/** Pages behind sign-in: sends a visitor to the sign-in page and back here afterwards. */
export function RequireSession({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { person, organization, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!person) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const addingFirstOrganization = person.role === 'system_admin' && location.pathname.startsWith('/admin');
  if (!organization && !addingFirstOrganization) {
    return (
      <p className="notice notice-error">
        {t.noOrganization} {person.role === 'system_admin' && <Link to="/admin">{t.addOrganization}</Link>}
      </p>
    );
  }
  if (roles && !roles.includes(person.role)) {
    const names = roles.map((role) => ROLE[language][role]).join(language === 'th' ? ' และ' : ' and ');
    return (
      <p className="notice notice-error" role="alert">
        {fill(t.forbidden, { roles: names })}
      </p>
    );
  }
  return <>{children}</>;
}
