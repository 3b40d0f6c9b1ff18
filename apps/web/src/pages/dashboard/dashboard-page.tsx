import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, orgPath } from '../../api/client';
import { EmptyState, ErrorNotice, Loading } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDate, todayInBangkok } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { useSignedIn } from '../../session/session';
import '../../styles/dashboard.css';
import { FiscalYearPicker, useFiscalYear } from '../review/fiscal-year-picker';
import { useYearData } from '../review/use-year-data';
import { dashboardFigures } from './dashboard-figures';
import { OverdueChart } from './overdue-chart';
import { OverdueList } from './overdue-list';
import { PeriodChart } from './period-chart';
import { ProgressTable } from './progress-table';
import { SummaryCards } from './summary-cards';

const text = defineMessages({
  th: {
    title: 'ภาพรวม',
    subtitle: 'ความคืบหน้าของมาตรการ ปีงบประมาณ พ.ศ. {year} ณ วันที่ {today}',
    empty: 'ปีงบประมาณนี้ยังไม่มีมาตรการที่ผู้บริหารเห็นชอบแล้ว เมื่อเริ่มดำเนินการ ตัวเลขจะปรากฏที่นี่',
    charts: 'แผนภูมิ',
    byDivision: 'ความคืบหน้าแยกตามหน่วยงาน',
    division: 'หน่วยงาน',
    byIndicator: 'ความคืบหน้าแยกตามตัวชี้วัด',
    indicator: 'ตัวชี้วัด',
    indicatorNo: 'ตัวชี้วัดที่ {no}',
    noIndicator: 'ไม่ระบุตัวชี้วัด',
    scope: 'ตัวเลขนับเฉพาะมาตรการที่คุณเข้าถึงได้',
  },
  en: {
    title: 'Dashboard',
    subtitle: 'Progress of the measures, fiscal year {year} BE, as of {today}',
    empty: 'No measure of this fiscal year has been approved yet. Once the work starts, the figures appear here.',
    charts: 'Charts',
    byDivision: 'Progress by division',
    division: 'Division',
    byIndicator: 'Progress by indicator',
    indicator: 'Indicator',
    indicatorNo: 'Indicator {no}',
    noIndicator: 'No indicator given',
    scope: 'The figures count only the measures you can see.',
  },
});

const OVERDUE_LIST_ID = 'dashboard-overdue';

/** The year's progress for everyone signed in: by division and indicator, on-time rate, overdue reports, and charts. */
export function DashboardPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { person, organization } = useSignedIn();
  const [yearBe, setYear] = useFiscalYear(organization.code);
  const data = useYearData(organization.code, yearBe);
  const today = todayInBangkok();
  const catalog = useQuery({
    queryKey: ['catalog', organization.code, yearBe],
    queryFn: () => api<{ indicators: { indicatorNo: number | null; title: string }[] }>('GET', `${orgPath(organization.code)}/catalog?fiscalYear=${yearBe}`),
    staleTime: 300_000,
    retry: false,
  });

  const figures = useMemo(
    () => (data.lifecycles && data.measures && data.divisions ? dashboardFigures({ lifecycles: data.lifecycles, measures: data.measures, divisions: data.divisions, today }) : null),
    [data.lifecycles, data.measures, data.divisions, today],
  );

  const indicatorName = (no: number | null) => {
    if (no === null) return t.noIndicator;
    const title = catalog.data?.indicators.find((indicator) => indicator.indicatorNo === no)?.title;
    return title ? `${fill(t.indicatorNo, { no })} ${title}` : fill(t.indicatorNo, { no });
  };
  const seesPart = person.role === 'officer' || person.role === 'division_head';

  return (
    <>
      <PageHeader title={t.title} subtitle={fill(t.subtitle, { year: yearBe, today: formatDate(today, language, 'long') })} />
      <div className="filters">
        <FiscalYearPicker org={organization.code} value={yearBe} onChange={setYear} />
      </div>
      {data.isLoading && <Loading />}
      {data.error && <ErrorNotice error={data.error} onRetry={data.refetch} />}
      {figures && figures.overall.measures === 0 && <EmptyState>{t.empty}</EmptyState>}
      {figures && figures.overall.measures > 0 && (
        <div className="dashboard">
          {seesPart && <p className="dashboard-scope">{t.scope}</p>}
          <SummaryCards figures={figures} overdueListId={OVERDUE_LIST_ID} />
          <section className="dashboard-charts" aria-label={t.charts}>
            <PeriodChart periods={figures.periods} />
            <OverdueChart divisions={figures.overdueByDivision} />
          </section>
          <OverdueList id={OVERDUE_LIST_ID} reports={figures.overdue} />
          <ProgressTable
            id="dashboard-by-division"
            title={t.byDivision}
            groupLabel={t.division}
            rows={figures.byDivision.map((division) => ({ key: division.divisionId, label: division.name, ...division }))}
          />
          <ProgressTable
            id="dashboard-by-indicator"
            title={t.byIndicator}
            groupLabel={t.indicator}
            rows={figures.byIndicator.map((indicator) => ({ key: String(indicator.indicatorNo), label: indicatorName(indicator.indicatorNo), ...indicator }))}
          />
        </div>
      )}
    </>
  );
}
