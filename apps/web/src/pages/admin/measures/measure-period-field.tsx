import { parsePeriodPhrase } from '@prongsai/domain';
import { useId } from 'react';
import { Field } from '../../../components/field';
import { formatDate } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { LIMITS, yearBounds, type MeasureDraft, type PeriodMode } from './measure-draft';

const text = defineMessages({
  th: {
    legend: 'ระยะเวลาดำเนินการ',
    byDates: 'ระบุวันที่เริ่มและวันสิ้นสุด',
    byText: 'เขียนเป็นข้อความตามแผน',
    start: 'วันเริ่ม',
    end: 'วันสิ้นสุด',
    dateShown: 'คือวันที่ {date}',
    dateHint: 'ภายในปีงบประมาณ {year} เว้นว่างได้หากยังไม่กำหนด',
    text: 'ระยะเวลาตามที่เขียนในแผน',
    textHint: 'เช่น "ไตรมาส ๑ – ไตรมาส ๓", "ตลอดปีงบประมาณ", "มี.ค. – เม.ย. ๒๕๗๐" ระบบจะอ่านเป็นวันที่ให้',
    readAs: 'ระบบอ่านได้เป็น {start} – {end}',
    outside: 'ข้อความนี้คือ {start} – {end} ซึ่งอยู่นอกปีงบประมาณ {year} ตรวจปีที่เขียนไว้',
    unread: 'ระบบอ่านข้อความนี้เป็นวันที่ไม่ได้ จะเก็บเป็นข้อความอย่างเดียว (ไม่มีวันครบกำหนด)',
  },
  en: {
    legend: 'Period',
    byDates: 'First and last day',
    byText: 'As written in the plan',
    start: 'First day',
    end: 'Last day',
    dateShown: 'that is {date}',
    dateHint: 'Within fiscal year {year}; leave blank if not decided yet',
    text: 'Period as written in the plan',
    textHint: 'Such as "ไตรมาส ๑ – ไตรมาส ๓", "ตลอดปีงบประมาณ", "มี.ค. – เม.ย. ๒๕๗๐": it is read into dates.',
    readAs: 'Read as {start} – {end}',
    outside: 'This means {start} – {end}, outside fiscal year {year}: check the year written.',
    unread: 'This cannot be read as dates: it is kept as text only (no due dates).',
  },
});

type PeriodFields = Pick<MeasureDraft, 'periodMode' | 'periodStart' | 'periodEnd' | 'periodText'>;

/** The period of a measure: two dates, or the text of the plan (read into dates by the API). */
export function MeasurePeriodField(props: PeriodFields & { fiscalYearBe: number; errorOf(field: string): string | undefined; onChange(changes: Partial<PeriodFields>): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const id = useId();
  const bounds = yearBounds(props.fiscalYearBe);
  const dateHint = (value: string) => (value ? fill(t.dateShown, { date: formatDate(value, language, 'long') }) : fill(t.dateHint, { year: props.fiscalYearBe }));
  const mode = (value: PeriodMode) => (
    <label className="checkbox">
      <input type="radio" name={`${id}-mode`} checked={props.periodMode === value} onChange={() => props.onChange({ periodMode: value })} />
      {value === 'dates' ? t.byDates : t.byText}
    </label>
  );

  return (
    <fieldset className="editor-fieldset">
      <legend>{t.legend}</legend>
      <div className="editor-choices">
        {mode('dates')}
        {mode('text')}
      </div>
      {props.periodMode === 'dates' ? (
        <div className="editor-pair">
          <Field label={t.start} hint={dateHint(props.periodStart)} error={props.errorOf('periodStart')}>
            <input type="date" value={props.periodStart} min={bounds.start} max={bounds.end} onChange={(event) => props.onChange({ periodStart: event.target.value })} />
          </Field>
          <Field label={t.end} hint={dateHint(props.periodEnd)} error={props.errorOf('periodEnd')}>
            <input
              type="date"
              value={props.periodEnd}
              min={props.periodStart || bounds.start}
              max={bounds.end}
              onChange={(event) => props.onChange({ periodEnd: event.target.value })}
            />
          </Field>
        </div>
      ) : (
        <Field label={t.text} hint={t.textHint} error={props.errorOf('periodText')}>
          <input type="text" value={props.periodText} maxLength={LIMITS.periodText} onChange={(event) => props.onChange({ periodText: event.target.value })} />
        </Field>
      )}
      {props.periodMode === 'text' && props.periodText.trim() !== '' && <PeriodReading text={props.periodText} fiscalYearBe={props.fiscalYearBe} />}
    </fieldset>
  );
}

/** What the API will make of the text, shown while typing. */
function PeriodReading({ text: phrase, fiscalYearBe }: { text: string; fiscalYearBe: number }) {
  const t = useText(text);
  const { language } = useLanguage();
  const parsed = parsePeriodPhrase(phrase.trim(), fiscalYearBe);
  if (!parsed.ok) return <p className="period-reading period-reading-unread">{t.unread}</p>;
  const bounds = yearBounds(fiscalYearBe);
  const values = { start: formatDate(parsed.start, language, 'long'), end: formatDate(parsed.end, language, 'long'), year: fiscalYearBe };
  const outside = parsed.start < bounds.start || parsed.end > bounds.end;
  return (
    <p className={outside ? 'period-reading period-reading-outside' : 'period-reading'} aria-live="polite">
      {fill(outside ? t.outside : t.readAs, values)}
    </p>
  );
}
