import '../../styles/reports.css';
import '../../styles/public.css';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { fiscalYearLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { newestFirst, type PublicIndex } from './public-index';
import { PublicHeader } from './public-header';
import { PublicYear } from './public-year';

const text = defineMessages({
  th: {
    title: 'ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    intro:
      'หน้านี้เผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ{org} ผลการดำเนินการที่ผู้บริหารลงนามรับรองแล้ว และรายงานประจำรอบให้ดาวน์โหลด ข้อมูลที่เผยแพร่แล้วไม่มีการแก้ไขย้อนหลัง หากมีการแก้ไขจะแสดงทั้งฉบับเดิมและฉบับแก้ไข',
    website: 'เว็บไซต์ของหน่วยงาน',
    years: 'ปีงบประมาณ',
    noYears: 'หน่วยงานนี้ยังไม่มีข้อมูลที่เผยแพร่',
    print: 'พิมพ์หน้านี้',
    notFoundTitle: 'ไม่พบหน่วยงานนี้',
    notFound: 'ไม่พบหน่วยงานที่มีรหัส “{code}” ในระบบ ตรวจสอบลิงก์ที่ได้รับอีกครั้ง หรือขอลิงก์หน้าเผยแพร่จากหน่วยงานโดยตรง',
    footer: 'เผยแพร่ผ่านระบบโปร่งใส (Prongsai)',
  },
  en: {
    title: 'Results of the integrity and transparency measures',
    intro:
      'This page publishes the integrity and transparency measures of {org}, their results signed off by the executive, and the round reports to download. Published results never change afterwards: a correction shows both the earlier and the corrected version.',
    website: 'Organisation’s website',
    years: 'Fiscal years',
    noYears: 'This organisation has published nothing yet.',
    print: 'Print this page',
    notFoundTitle: 'Organisation not found',
    notFound: 'No organisation has the code “{code}”. Check the link you were given, or ask the organisation for the link to its public page.',
    footer: 'Published with Prongsai',
  },
});

/** What an organisation publishes, for anyone: no sign-in, readable on a phone, printable. */
export function PublicPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { orgCode = '' } = useParams<{ orgCode: string }>();
  const index = useQuery({
    queryKey: ['public', orgCode],
    queryFn: () => api<PublicIndex>('GET', `/public/orgs/${encodeURIComponent(orgCode)}`),
  });
  const notFound = index.error instanceof ApiError && index.error.status === 404;
  const years = newestFirst(index.data?.fiscalYears ?? []);
  const organization = index.data?.organization;

  return (
    <div className="public">
      <PublicHeader organization={organization} />
      <main id="main" className="public-main">
        {index.isLoading && <Loading />}
        {notFound && (
          <>
            <PageHeader title={t.notFoundTitle} />
            <p className="notice notice-info">{fill(t.notFound, { code: orgCode })}</p>
          </>
        )}
        {index.error && !notFound && <ErrorNotice error={index.error} onRetry={() => index.refetch()} />}
        {organization && (
          <>
            <PageHeader
              title={t.title}
              subtitle={organization.name}
              actions={
                <button type="button" className="button public-print" onClick={() => window.print()}>
                  {t.print}
                </button>
              }
            />
            <p className="public-intro">{fill(t.intro, { org: organization.name })}</p>
            {organization.website && (
              <p className="public-website">
                {t.website}:{' '}
                <a href={organization.website} rel="noreferrer">
                  {organization.website}
                </a>
              </p>
            )}
            {years.length > 1 && (
              <nav className="public-years" aria-label={t.years}>
                <ul>
                  {years.map((year) => (
                    <li key={year.yearBe}>
                      <a href={`#fy-${year.yearBe}`}>{fiscalYearLabel(year.yearBe, language)}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {years.length === 0 && <p className="empty">{t.noYears}</p>}
            {years.map((year) => (
              <PublicYear key={year.yearBe} year={year} />
            ))}
          </>
        )}
      </main>
      <footer className="public-footer">{t.footer}</footer>
    </div>
  );
}
