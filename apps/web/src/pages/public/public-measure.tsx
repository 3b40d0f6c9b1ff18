import { formatDate, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { LIFECYCLE_STATUS, labelOf } from '../../i18n/labels';
import { resultsByPeriod, type PeriodResults, type PublicMeasure, type PublicResult } from './public-index';

const text = defineMessages({
  th: {
    measureNo: 'มาตรการที่ {no}',
    status: 'สถานะ',
    summary: 'สรุปผลการดำเนินการ',
    outcome: 'ผลลัพธ์หรือความสำเร็จ',
    signedOff: 'ผู้บริหารลงนามรับรองเมื่อ',
    version: 'ฉบับที่ {version}',
    corrected: 'ฉบับแก้ไข (ฉบับที่ {version}) ใช้แทนฉบับก่อนหน้า',
    earlier: 'ฉบับก่อนแก้ไข (ฉบับที่ {version})',
    wholeYear: 'ผลการดำเนินการทั้งปี',
    noResults: 'ยังไม่มีผลการดำเนินการที่ผู้บริหารลงนามรับรอง',
    empty: '–',
  },
  en: {
    measureNo: 'Measure {no}',
    status: 'Status',
    summary: 'Summary of what was done',
    outcome: 'Outcome or success',
    signedOff: 'Signed off by the executive on',
    version: 'Version {version}',
    corrected: 'Corrected version ({version}), replacing the earlier one',
    earlier: 'Before the correction (version {version})',
    wholeYear: 'Results for the whole year',
    noResults: 'No results signed off by the executive yet.',
    empty: '–',
  },
});

function ResultFacts({ result }: { result: PublicResult }) {
  const t = useText(text);
  const { language } = useLanguage();
  return (
    <dl className="public-result-facts">
      <dt>{t.summary}</dt>
      <dd>{result.summary.trim() || t.empty}</dd>
      <dt>{t.outcome}</dt>
      <dd>{result.outcome.trim() || t.empty}</dd>
      {result.signedOffAt && (
        <>
          <dt>{t.signedOff}</dt>
          <dd>{formatDate(result.signedOffAt, language, 'long')}</dd>
        </>
      )}
    </dl>
  );
}

function PeriodBlock({ period }: { period: PeriodResults }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { current, earlier } = period;
  return (
    <div className="public-period">
      <h5>
        {period.periodKey === null ? t.wholeYear : periodLabel(period.periodKey, language)}
        {current.version !== undefined && (
          <span className="public-version">{earlier.length > 0 ? fill(t.corrected, { version: current.version }) : fill(t.version, { version: current.version })}</span>
        )}
      </h5>
      <ResultFacts result={current} />
      {earlier.map((result) => (
        <div key={result.version} className="public-earlier">
          <p className="public-earlier-title">{fill(t.earlier, { version: result.version ?? '' })}</p>
          <ResultFacts result={result} />
        </div>
      ))}
    </div>
  );
}

/** A measure with everything published for it, period by period. */
export function PublicMeasureCard({ measure }: { measure: PublicMeasure }) {
  const t = useText(text);
  const { language } = useLanguage();
  const periods = resultsByPeriod(measure.results.filter((result) => result.summary.trim() !== '' || result.outcome.trim() !== ''));
  return (
    <article className="public-measure">
      <header className="public-measure-header">
        <h4>
          <span className="public-measure-no">{fill(t.measureNo, { no: measure.no })}</span> {measure.title}
        </h4>
        <span className={`badge badge-lifecycle-${measure.status}`}>
          <span className="visually-hidden">{t.status}: </span>
          {labelOf(LIFECYCLE_STATUS, measure.status, language)}
        </span>
      </header>
      {periods.length === 0 ? <p className="public-no-results">{t.noResults}</p> : periods.map((period) => <PeriodBlock key={period.periodKey ?? 'year'} period={period} />)}
    </article>
  );
}
