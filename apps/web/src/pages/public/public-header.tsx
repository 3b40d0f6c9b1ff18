import { LanguageSwitch } from '../../layout/app-shell';
import { defineMessages, useText } from '../../i18n/language';

const text = defineMessages({
  th: { skip: 'ข้ามไปยังเนื้อหา', brand: 'โปร่งใส', tagline: 'การเปิดเผยข้อมูลต่อสาธารณะ', place: 'อำเภอ{district} จังหวัด{province}' },
  en: { skip: 'Skip to content', brand: 'Prongsai', tagline: 'Public disclosure', place: '{district} district, {province}' },
});

/** The public page's own header: the organisation (when known) and the language switch; no menu, no sign-in. */
export function PublicHeader({ organization }: { organization?: { name: string; district: string; province: string } }) {
  const t = useText(text);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="public-header">
        <div className="public-brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <p className="public-org-name">{organization?.name ?? t.brand}</p>
            <p className="public-org-place">
              {organization && (organization.district || organization.province)
                ? t.place.replace('{district}', organization.district).replace('{province}', organization.province)
                : t.tagline}
            </p>
          </div>
        </div>
        <LanguageSwitch />
      </header>
    </>
  );
}
