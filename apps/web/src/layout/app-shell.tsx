import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { defineMessages, useLanguage, useText, type Language } from '../i18n/language';
import { ROLE } from '../i18n/labels';
import { useSession } from '../session/session';
import { navigationFor } from './navigation';
import { StandingInBanner, StandingInSwitch } from './standing-in';

const text = defineMessages({
  th: { skip: 'ข้ามไปยังเนื้อหา', menu: 'เมนู', signOut: 'ออกจากระบบ', settings: 'บัญชีของฉัน', language: 'ภาษา', organization: 'องค์กร', main: 'เมนูหลัก' },
  en: { skip: 'Skip to content', menu: 'Menu', signOut: 'Sign out', settings: 'My account', language: 'Language', organization: 'Organisation', main: 'Main menu' },
});

/** Switches between Thai and English; when signed in, the choice is kept in the person's profile. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const { person } = useSession();
  const choose = (next: Language) => {
    setLanguage(next);
    if (person && person.language !== next) void api('PUT', '/auth/me/preferences', { language: next }).catch(() => undefined);
  };
  return (
    <div className="language-switch" role="group" aria-label={language === 'th' ? 'ภาษา' : 'Language'}>
      <button type="button" aria-pressed={language === 'th'} onClick={() => choose('th')} lang="th">
        ไทย
      </button>
      <button type="button" aria-pressed={language === 'en'} onClick={() => choose('en')} lang="en">
        EN
      </button>
    </div>
  );
}

/** Header, menu and the page: every signed-in page sits in it. */
export function AppShell() {
  const t = useText(text);
  const { language } = useLanguage();
  const { person, organization, organizations, chooseOrganization, signOut, actingFor } = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    setMenuOpen(false);
    // After a navigation, screen readers start at the new page's heading.
    const heading = main.current?.querySelector<HTMLElement>('#page-title');
    heading?.focus({ preventScroll: true });
  }, [location.pathname]);

  if (!person) return null;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            โปร่งใส <small>{organization?.name ?? 'Prongsai'}</small>
          </span>
        </Link>
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="main-menu" onClick={() => setMenuOpen(!menuOpen)}>
          {t.menu}
        </button>
        <nav id="main-menu" className={menuOpen ? 'menu menu-open' : 'menu'} aria-label={t.main}>
          <ul>
            {navigationFor(person.role, organization !== null, actingFor?.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item[language]}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="menu-tools">
            {person.role === 'system_admin' && organizations.length > 1 && (
              <label className="org-picker">
                <span className="visually-hidden">{t.organization}</span>
                <select value={organization?.code ?? ''} onChange={(event) => chooseOrganization(event.target.value)}>
                  {organizations.map((org) => (
                    <option key={org.code} value={org.code}>
                      {org.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <StandingInSwitch />
            <LanguageSwitch />
            <Link to="/account" className="account-link" title={ROLE[language][person.role]}>
              {person.displayName}
            </Link>
            <button
              type="button"
              className="button button-quiet"
              onClick={async () => {
                await signOut();
                navigate('/sign-in');
              }}
            >
              {t.signOut}
            </button>
          </div>
        </nav>
      </header>
      <main id="main" ref={main}>
        <StandingInBanner />
        <Outlet />
      </main>
    </div>
  );
}
