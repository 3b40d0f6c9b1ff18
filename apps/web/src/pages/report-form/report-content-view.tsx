import type { ReportContent } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { defineMessages, useLanguage, useText } from '../../i18n/language';

export const CONTENT_LABELS = defineMessages({
  th: {
    done: 'สิ่งที่ดำเนินการ',
    results: 'ผลการดำเนินการ',
    outcome: 'ผลลัพธ์หรือความสำเร็จ',
    completion: 'ความคืบหน้า (ร้อยละ)',
    publishedOn: 'วันที่เผยแพร่บนเว็บไซต์',
    evidence: 'หลักฐาน',
    file: 'ไฟล์',
    empty: '–',
  },
  en: {
    done: 'What was done',
    results: 'Results',
    outcome: 'Outcome or achievement',
    completion: 'Progress (per cent)',
    publishedOn: 'Published on the website on',
    evidence: 'Evidence',
    file: 'file',
    empty: '–',
  },
});

/** A report's content as written, read only: the same words the form asks for. */
export function ReportContentView({ content }: { content: ReportContent }) {
  const t = useText(CONTENT_LABELS);
  const { language } = useLanguage();
  const completion = Math.max(0, Math.min(100, content.completion ?? 0));
  return (
    <dl className="content-view">
      <div>
        <dt>{t.done}</dt>
        <dd>{content.done.trim() || t.empty}</dd>
      </div>
      <div>
        <dt>{t.results}</dt>
        <dd>{content.results.trim() || t.empty}</dd>
      </div>
      <div>
        <dt>{t.outcome}</dt>
        <dd>{content.outcome.trim() || t.empty}</dd>
      </div>
      <div>
        <dt>{t.completion}</dt>
        <dd className="completion">
          <span>{completion}%</span>
          <span className="progress" aria-hidden="true">
            <span style={{ width: `${completion}%` }} />
          </span>
        </dd>
      </div>
      {content.publishedOn && (
        <div>
          <dt>{t.publishedOn}</dt>
          <dd>{formatDate(content.publishedOn, language, 'long')}</dd>
        </div>
      )}
      <div>
        <dt>{t.evidence}</dt>
        <dd>
          {content.evidence.length === 0 ? (
            t.empty
          ) : (
            <ul>
              {content.evidence.map((item, index) => (
                <li key={`${item.fileId ?? item.url}-${index}`}>
                  <a href={item.url} {...(item.fileId ? { download: '' } : { target: '_blank', rel: 'noreferrer' })}>
                    {item.title || item.url}
                  </a>
                  {item.fileId && <span className="muted"> ({t.file})</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
