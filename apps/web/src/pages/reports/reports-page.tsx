import '../../styles/reports.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api, orgPath } from '../../api/client';
import { EmptyState, ErrorNotice, Loading } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { currentFiscalYearBe, fiscalYearLabel, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { useSignedIn } from '../../session/session';
import { CompileRoundPanel } from './compile-round-panel';
import { PublicLink } from './public-link';
import { RoundReportCard } from './round-report-card';
import { roundReportTitle } from './round-report-labels';
import { useFiscalYears } from '../../api/organization-data';
import type { FiscalYear } from '../../api/types';
import { groupByRound, type RoundReport } from './round-reports';

const text = defineMessages({
  th: {
    title: 'รายงานผลการดำเนินการประจำรอบ',
    subtitle: 'รายงานผลการดำเนินการตามมาตรการของ{org} รายไตรมาส รอบ 6 เดือน และรอบ 12 เดือน',
    year: 'ปีงบประมาณ',
    archived: '(เก็บถาวร)',
    noYears: 'ยังไม่ได้ตั้งปีงบประมาณ ผู้ดูแลระบบตั้งได้ที่เมนูตั้งค่า',
    listHeading: 'รายงานของ{year}',
    none: 'ยังไม่มีรายงานประจำรอบของปีนี้',
    noneAdmin: 'ยังไม่มีรายงานประจำรอบของปีนี้ เลือกรอบแล้วกด “จัดทำรายงาน” ด้านบน',
    earlier: 'ฉบับก่อนหน้า ({count})',
  },
  en: {
    title: 'Round reports',
    subtitle: 'Reports on the measures of {org}: per quarter, 6-month and 12-month rounds',
    year: 'Fiscal year',
    archived: '(archive)',
    noYears: 'No fiscal year is set up yet: the administrator sets one up under Administration.',
    listHeading: 'Reports for {year}',
    none: 'No round report for this year yet.',
    noneAdmin: 'No round report for this year yet: choose a round and press “Compile the report” above.',
    earlier: 'Earlier versions ({count})',
  },
});

/**
 * The organisation's round reports of a fiscal year: the coordinator compiles a round, the executive
 * signs a version off or returns it, everyone downloads the files. `?report=<id>` (or the route's
 * `:reportId`, as the sign-off mail links) opens the year of that version and points it out.
 */
export function ReportsPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { person, organization } = useSignedIn();
  const params = useParams<{ reportId?: string }>();
  const [search] = useSearchParams();
  const linkedId = params.reportId ?? search.get('report');
  const code = organization.code;
  const isAdmin = person.role === 'admin' || person.role === 'system_admin';
  const [chosenYear, setChosenYear] = useState<number | null>(null);

  const years = useFiscalYears(code);
  const linked = useQuery({
    queryKey: ['round-report', code, linkedId],
    queryFn: () => api<RoundReport>('GET', `${orgPath(code)}/reports/${linkedId}`),
    enabled: linkedId !== null,
  });
  const sortedYears = [...(years.data ?? [])].sort((a, b) => b.yearBe - a.yearBe);
  const yearBe = chosenYear ?? linked.data?.fiscalYearBe ?? defaultYear(sortedYears);
  const year = sortedYears.find((y) => y.yearBe === yearBe);

  const reports = useQuery({
    queryKey: ['round-reports', code, yearBe],
    queryFn: () => api<RoundReport[]>('GET', `${orgPath(code)}/fiscal-years/${yearBe}/reports`),
    enabled: yearBe !== null,
    // Someone's compiling shows up as it finishes.
    refetchInterval: (query) => (query.state.data?.some((report) => report.status === 'compiling' || report.files.length === 0) ? 2000 : false),
  });

  useEffect(() => {
    if (!linkedId || !reports.data?.some((report) => report.id === linkedId)) return;
    document.getElementById(`report-${linkedId}`)?.scrollIntoView({ block: 'start' });
  }, [linkedId, reports.data]);

  const groups = groupByRound(reports.data ?? []);

  return (
    <>
      <PageHeader title={t.title} subtitle={fill(t.subtitle, { org: organization.name })} />
      {years.isLoading && <Loading />}
      <ErrorNotice error={years.error} onRetry={() => years.refetch()} />
      {years.data && years.data.length === 0 && <EmptyState>{t.noYears}</EmptyState>}
      {sortedYears.length > 0 && yearBe !== null && (
        <>
          <div className="filters">
            <label>
              {t.year}
              <select value={yearBe} onChange={(event) => setChosenYear(Number(event.target.value))}>
                {sortedYears.map((y) => (
                  <option key={y.yearBe} value={y.yearBe}>
                    {fiscalYearLabel(y.yearBe, language)} {y.archived ? t.archived : ''}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <PublicLink orgCode={code} />
          {isAdmin && year && <CompileRoundPanel key={year.yearBe} orgCode={code} year={year} reports={reports.data ?? []} />}
          <h2 className="reports-list-heading">{fill(t.listHeading, { year: fiscalYearLabel(yearBe, language) })}</h2>
          {reports.isLoading && <Loading />}
          <ErrorNotice error={reports.error} onRetry={() => reports.refetch()} />
          {reports.data && reports.data.length === 0 && <EmptyState>{isAdmin ? t.noneAdmin : t.none}</EmptyState>}
          {groups.map(({ round, versions }) => {
            const [latest, ...earlier] = versions;
            const card = (report: RoundReport) => (
              <RoundReportCard key={report.id} report={report} orgCode={code} isExecutive={person.role === 'executive'} highlighted={report.id === linkedId} />
            );
            return (
              <section key={round} className="panel round-group" aria-labelledby={`round-${round}`}>
                <h3 id={`round-${round}`}>
                  {periodLabel(round, language)}
                  <span className="round-group-title">{roundReportTitle(round, yearBe, language)}</span>
                </h3>
                {card(latest)}
                {earlier.length > 0 && (
                  <details className="round-earlier" open={earlier.some((report) => report.id === linkedId)}>
                    <summary>{fill(t.earlier, { count: earlier.length })}</summary>
                    {earlier.map(card)}
                  </details>
                )}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

/** This fiscal year when it is set up, else the newest one. */
function defaultYear(years: FiscalYear[]): number | null {
  const current = currentFiscalYearBe();
  return years.find((y) => y.yearBe === current)?.yearBe ?? years[0]?.yearBe ?? null;
}
