import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { Loading } from '../components/feedback';
import { PageHeader } from '../components/page-header';
import { defineMessages, fill, useLanguage, useText } from '../i18n/language';
import { ROLE } from '../i18n/labels';
import { useSession } from './session';

const text = defineMessages({
  th: {
    noOrganizationTitle: 'ยังไม่มีองค์กร',
    noOrganization: 'บัญชีนี้ยังไม่ได้ผูกกับองค์กรใด ติดต่อผู้ดูแลระบบขององค์กรหรือผู้ดูแลระบบกลางให้เพิ่มบัญชีของคุณในองค์กร',
    forbidden: 'หน้านี้สำหรับ{roles}เท่านั้น',
  },
  en: {
    noOrganizationTitle: 'No organisation yet',
    noOrganization: 'This account belongs to no organisation: ask your organisation’s administrator or the system administrator to add you to it.',
    forbidden: 'This page is for {roles} only.',
  },
});

/**
 * Pages behind sign-in: sends a visitor to the sign-in page and back here afterwards, and someone
 * holding a one-time password to set their own first.
 */
export function RequireSession({ children, roles, forStandIns = false }: { children: ReactNode; roles?: Role[]; forStandIns?: boolean }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { person, loading, actingFor } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!person) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (person.mustChangePassword && location.pathname !== '/account') return <Navigate to="/account?changePassword=1" replace />;
  // A stand-in does the work of the person they act for (forStandIns), not their settings.
  if (roles && !roles.includes(forStandIns && actingFor ? actingFor.role : person.role)) {
    const names = roles.map((role) => ROLE[language][role]).join(language === 'th' ? ' และ' : ' and ');
    return (
      <p className="notice notice-error" role="alert">
        {fill(t.forbidden, { roles: names })}
      </p>
    );
  }
  return <>{children}</>;
}

/**
 * Pages about an organisation's work. A new installation has none yet: its system administrator
 * goes to add the first one; anyone else is told whom to ask.
 */
export function RequireOrganization() {
  const t = useText(text);
  const { person, organization } = useSession();
  if (organization) return <Outlet />;
  if (person?.role === 'system_admin') return <Navigate to="/admin" replace />;
  return (
    <>
      <PageHeader title={t.noOrganizationTitle} />
      <p className="notice notice-info">{t.noOrganization}</p>
    </>
  );
}
