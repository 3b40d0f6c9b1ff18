import '../../styles/measure.css';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorNotice, Loading } from '../../components/feedback';
import { FilterSearch, FilterSelect } from '../../components/filters';
import { PageHeader } from '../../components/page-header';
import { LifecycleStatusBadge } from '../../components/status-badge';
import { TableRegion } from '../../components/table-region';
import { currentFiscalYearBe, fiscalYearLabel, todayInBangkok } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { LIFECYCLE_STATUS } from '../../i18n/labels';
import { useSignedIn } from '../../session/session';
import { useDivisions, useFiscalYears } from '../../api/organization-data';
import { useYearLifecycles, useYearMeasures } from '../measure/measure-queries';
import { CurrentReportCell } from './current-report-cell';
import { filterRows, measureRows, type LifecycleStatus } from './measure-rows';
import { defaultYear, yearsWithCurrent } from '../../session/fiscal-year-choice';

const text = defineMessages({
  th: {
    title: 'มาตรการ',
    year: 'ปีงบประมาณ',
    division: 'หน่วยงานผู้รับผิดชอบ',
    status: 'สถานะมาตรการ',
    search: 'ค้นหาเลขที่หรือชื่อมาตรการ',
    all: 'ทั้งหมด',
    showing: 'แสดง {shown} จาก {total} มาตรการ',
    none: 'ปีงบประมาณนี้ยังไม่มีมาตรการ เมื่อผู้ดูแลระบบเพิ่มหรือนำเข้ามาตรการแล้ว จะแสดงที่นี่',
    noneOwn: 'ปีงบประมาณนี้ยังไม่มีมาตรการที่กองของคุณรับผิดชอบ',
    noMatch: 'ไม่พบมาตรการที่ตรงกับตัวกรอง ลองเปลี่ยนหรือล้างตัวกรอง',
    clear: 'ล้างตัวกรอง',
    ownOnly: 'แสดงเฉพาะมาตรการที่กองของคุณรับผิดชอบ',
    no: 'ลำดับที่',
    measure: 'มาตรการ/กิจกรรม',
    owners: 'ผู้รับผิดชอบ',
    current: 'รายงานรอบปัจจุบัน',
    allDivisions: 'ทุกกอง/สำนัก',
    caption: 'มาตรการ{year}',
    indicator: 'ตัวชี้วัดที่ {no}',
  },
  en: {
    title: 'Measures',
    year: 'Fiscal year',
    division: 'Owner division',
    status: 'Measure status',
    search: 'Find by number or title',
    all: 'All',
    showing: 'Showing {shown} of {total} measures',
    none: 'This fiscal year has no measures yet. Once the administrator adds or imports them, they appear here.',
    noneOwn: 'This fiscal year has no measures your division owns yet.',
    noMatch: 'No measure matches the filters: change or clear them.',
    clear: 'Clear filters',
    ownOnly: 'Only the measures your division owns are shown.',
    no: 'No.',
    measure: 'Measure / activity',
    owners: 'Owners',
    current: 'Current report',
    allDivisions: 'All divisions',
    caption: 'Measures, {year}',
    indicator: 'Indicator {no}',
  },
});

const STATUSES: LifecycleStatus[] = ['draft', 'plan_approval', 'assignment', 'in_progress', 'completed', 'cancelled'];

/** The measures of a fiscal year with their state and the report due now; officers and heads see their division's. */
export function MeasuresPage() {
  return (
    <div className="measure-area">
      <MeasuresPageContent />
    </div>
  );
}

function MeasuresPageContent() {
  const t = useText(text);
  const { language } = useLanguage();
  const { person, organization } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const org = organization.code;

  const divisionId = params.get('division') ?? '';
  const status = (params.get('status') ?? '') as LifecycleStatus | '';
  const search = params.get('q') ?? '';
  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const years = useFiscalYears(org);
  const knownYears = (years.data ?? []).map((year) => year.yearBe).sort((a, b) => b - a);
  const yearBe = Number(params.get('year')) || defaultYear(knownYears, currentFiscalYearBe());
  const divisions = useDivisions(org);
  const measures = useYearMeasures(org, yearBe);
  const lifecycles = useYearLifecycles(org, yearBe);

  const yearOptions = yearsWithCurrent([yearBe, ...knownYears], currentFiscalYearBe());
  const rows = useMemo(() => measureRows(measures.data ?? [], lifecycles.data ?? [], todayInBangkok()), [measures.data, lifecycles.data]);
  const visible = useMemo(() => filterRows(rows, { divisionId, status, text: search }), [rows, divisionId, status, search]);
  const divisionBound = person.role === 'officer' || person.role === 'division_head';
  const filtered = divisionId !== '' || status !== '' || search !== '';

  const error = measures.error ?? lifecycles.error;
  const caption = fill(t.caption, { year: fiscalYearLabel(yearBe, language) });
  return (
    <>
      <PageHeader title={t.title} subtitle={fiscalYearLabel(yearBe, language)} />
      <div className="filters" role="search">
        <FilterSelect
          label={t.year}
          value={String(yearBe)}
          options={yearOptions.map((year) => ({ value: String(year), label: fiscalYearLabel(year, language) }))}
          onChange={(year) => setParam('year', year)}
        />
        <FilterSelect
          label={t.division}
          value={divisionId}
          all={t.all}
          options={(divisions.data ?? []).map((division) => ({ value: division.id, label: division.name }))}
          onChange={(division) => setParam('division', division)}
        />
        <FilterSelect
          label={t.status}
          value={status}
          all={t.all}
          options={STATUSES.map((value) => ({ value, label: LIFECYCLE_STATUS[language][value] }))}
          onChange={(value) => setParam('status', value)}
        />
        <FilterSearch label={t.search} value={search} onChange={(text) => setParam('q', text)} />
      </div>
      {divisionBound && <p className="measures-note">{t.ownOnly}</p>}
      {(measures.isLoading || lifecycles.isLoading) && <Loading />}
      {error && (
        <ErrorNotice
          error={error}
          onRetry={() => {
            void measures.refetch();
            void lifecycles.refetch();
          }}
        />
      )}
      {measures.data && lifecycles.data && rows.length === 0 && <EmptyState>{divisionBound ? t.noneOwn : t.none}</EmptyState>}
      {measures.data && lifecycles.data && rows.length > 0 && (
        <>
          <div className="measures-count">
            <p aria-live="polite">{fill(t.showing, { shown: visible.length, total: rows.length })}</p>
            {filtered && (
              <button
                type="button"
                className="button"
                onClick={() => setParams(yearBe === currentFiscalYearBe() ? {} : { year: String(yearBe) }, { replace: true })}
              >
                {t.clear}
              </button>
            )}
          </div>
          {visible.length === 0 ? (
            <EmptyState>{t.noMatch}</EmptyState>
          ) : (
            <TableRegion label={caption}>
              <table className="measures-table">
                <caption className="visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.no}</th>
                    <th scope="col">{t.measure}</th>
                    <th scope="col">{t.owners}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.current}</th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((row) => (
                    <tr key={row.measure.id}>
                      <td className="measures-no" data-label={t.no}>
                        {row.measure.no}
                      </td>
                      <th scope="row" className="measures-title" data-label={t.measure}>
                        <Link to={`/measures/${row.measure.id}`}>{row.measure.title}</Link>
                        {row.measure.indicatorNo !== null && <span className="measures-indicator">{fill(t.indicator, { no: row.measure.indicatorNo })}</span>}
                      </th>
                      <td data-label={t.owners}>{row.measure.allDivisions ? t.allDivisions : row.measure.owners.map((owner) => owner.divisionName).join(', ')}</td>
                      <td data-label={t.status}>
                        <LifecycleStatusBadge status={row.status} />
                      </td>
                      <td data-label={t.current}>
                        <CurrentReportCell measureId={row.measure.id} report={row.current} overdue={row.overdue} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>
      )}
    </>
  );
}
