import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import type { ImportResult } from './import-preview';

const text = defineMessages({
  th: {
    heading: 'ขั้นที่ 3 นำเข้าเรียบร้อย',
    done: 'นำเข้า {count} มาตรการเป็นร่างของ{year} เรียบร้อยแล้ว',
    divisions: 'เพิ่มกอง/หน่วยงานใหม่: {names}',
    next: 'ขั้นต่อไป: ตรวจและแก้ไขมาตรการ (ตัวชี้วัด ผู้รับผิดชอบ ระยะเวลา) แล้วส่งให้ผู้บริหารเห็นชอบ',
    edit: 'ตรวจและแก้ไขมาตรการที่นำเข้า',
    list: 'ไปที่หน้ามาตรการ',
    another: 'นำเข้าไฟล์อื่น',
  },
  en: {
    heading: 'Step 3: imported',
    done: '{count} measures imported as drafts of {year}.',
    divisions: 'New divisions added: {names}',
    next: 'Next: check and complete the measures (indicator, owners, period), then send them for the executive’s approval.',
    edit: 'Check and edit the imported measures',
    list: 'Go to the Measures page',
    another: 'Import another file',
  },
});

/** Step 3 of the import: what was written, and where to go on. */
export function ImportSummary({ result, onAnother }: { result: ImportResult; onAnother(): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel admin-editor import-step" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t.heading}
      </h3>
      <div className="notice notice-success" role="status">
        <p className="notice-title">{fill(t.done, { count: result.measures, year: fiscalYearLabel(result.fiscalYear, language) })}</p>
        {result.divisionsCreated.length > 0 && <p>{fill(t.divisions, { names: result.divisionsCreated.join(', ') })}</p>}
      </div>
      <p>{t.next}</p>
      <div className="editor-actions">
        <Link className="button button-primary" to={`/admin/measures?year=${result.fiscalYear}`}>
          {t.edit}
        </Link>
        <Link className="button" to="/measures">
          {t.list}
        </Link>
        <button type="button" className="button" onClick={onAnother}>
          {t.another}
        </button>
      </div>
    </section>
  );
}
