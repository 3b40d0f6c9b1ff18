import { fiscalYearLabel, formatDate, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { ReportFiles } from '../reports/report-files';
import { formatLabel, roundReportTitle } from '../reports/round-report-labels';
import { groupByRound } from '../reports/round-reports';
import { measuresWithResults, type PublicFiscalYear } from './public-index';
import { PublicMeasureCard } from './public-measure';

const text = defineMessages({
  th: {
    archived: 'ข้อมูลเก็บถาวร',
    reports: 'รายงานผลการดำเนินการที่เผยแพร่',
    noReports: 'ยังไม่มีรายงานประจำรอบที่ผู้บริหารลงนามเผยแพร่ในปีนี้',
    version: 'ฉบับที่ {version}',
    publishedOn: 'เผยแพร่เมื่อ {date}',
    latest: 'ฉบับล่าสุด',
    measures: 'มาตรการและผลการดำเนินการ',
    measuresCount: '{count} มาตรการ มีผลการดำเนินการที่เผยแพร่แล้ว {done} มาตรการ',
    noMeasures: 'ยังไม่มีมาตรการที่เผยแพร่ในปีนี้',
    archive: 'รายงานรอบ 12 เดือน (ฉบับเก็บถาวร)',
  },
  en: {
    archived: 'archive',
    reports: 'Published reports',
    noReports: 'No round report has been signed off and published for this year yet.',
    version: 'Version {version}',
    publishedOn: 'published {date}',
    latest: 'latest',
    measures: 'Measures and their results',
    measuresCount: '{count} measures, {done} with published results',
    noMeasures: 'No measure has been published for this year yet.',
    archive: '12-month report (archive)',
  },
});

/** One fiscal year on the public page: its published round reports, then every measure with its results. */
export function PublicYear({ year }: { year: PublicFiscalYear }) {
  const t = useText(text);
  const { language } = useLanguage();
  const groups = groupByRound(year.reports);
  const headingId = `fy-${year.yearBe}-title`;
  return (
    <section id={`fy-${year.yearBe}`} className="public-year" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {fiscalYearLabel(year.yearBe, language)}
        {year.archived && <span className="badge public-archived">{t.archived}</span>}
      </h2>

      <section className="public-block" aria-labelledby={`${headingId}-reports`}>
        <h3 id={`${headingId}-reports`}>{t.reports}</h3>
        {groups.length === 0 && year.archive.length === 0 && <p className="public-none">{t.noReports}</p>}
        {groups.map(({ round, versions }) =>
          versions.map((report, index) => (
            <div key={report.id} className="public-report">
              <h4>
                {roundReportTitle(round, year.yearBe, language)}
                <span className="public-version">
                  {fill(t.version, { version: report.version })}
                  {versions.length > 1 && index === 0 && ` · ${t.latest}`}
                  {report.publishedAt && ` · ${fill(t.publishedOn, { date: formatDate(report.publishedAt, language, 'long') })}`}
                </span>
              </h4>
              <ReportFiles files={report.files} headingLevel={5} showChecksums />
            </div>
          )),
        )}
        {year.archive.length > 0 && (
          <div className="public-report">
            <h4>{t.archive}</h4>
            <ul className="report-file-list">
              {year.archive.map((file) => (
                <li key={file.format}>
                  <a className="report-file" href={file.url} download>
                    <span className="report-file-format">{formatLabel(file.format, language)}</span>
                    <span className="report-file-size">{periodLabel('R12', language)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section className="public-block" aria-labelledby={`${headingId}-measures`}>
        <h3 id={`${headingId}-measures`}>{t.measures}</h3>
        {year.measures.length === 0 ? (
          <p className="public-none">{t.noMeasures}</p>
        ) : (
          <>
            <p className="public-count">{fill(t.measuresCount, { count: year.measures.length, done: measuresWithResults(year) })}</p>
            {year.measures.map((measure) => (
              <PublicMeasureCard key={measure.no} measure={measure} />
            ))}
          </>
        )}
      </section>
    </section>
  );
}
