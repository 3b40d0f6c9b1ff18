import type { ReportContent } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { defineMessages, useLanguage, useText } from '../../i18n/language';

/** The words the report form asks with; every view of a report reads with the same ones. */
export const CONTENT_LABELS = defineMessages({
  th: {
    done: 'สิ่งที่ดำเนินการ',
    results: 'ผลการดำเนินการ',
    outcome: 'ผลลัพธ์หรือความสำเร็จ',
    completion: 'ความคืบหน้า (ร้อยละ)',
    publishedOn: 'วันที่เผยแพร่บนเว็บไซต์',
    evidence: 'หลักฐาน',
    noEvidence: 'ไม่มีหลักฐานแนบ',
    file: 'ไฟล์',
    link: 'ลิงก์',
    empty: '–',
  },
  en: {
    done: 'What was done',
    results: 'Results',
    outcome: 'Outcome or achievement',
    completion: 'Progress (per cent)',
    publishedOn: 'Published on the website on',
    evidence: 'Evidence',
    noEvidence: 'No evidence attached',
    file: 'file',
    link: 'link',
    empty: '–',
  },
});

/**
 * A report's content as written, read only: on the report form, the measure page and the review
 * and sign-off queues alike. `compact` (a previous report beside the plan) keeps only what was
 * written of done, results and outcome.
 */
export function ReportContentView({ content, compact = false }: { content: ReportContent; compact?: boolean }) {
  const t = useText(CONTENT_LABELS);
  const { language } = useLanguage();
  const completion = Math.max(0, Math.min(100, content.completion ?? 0));
  const paragraphs: [string, string][] = [
    [t.done, content.done],
    [t.results, content.results],
    [t.outcome, content.outcome],
  ];
  return (
    <dl className={compact ? 'content-view content-view-compact' : 'content-view'}>
      {paragraphs
        .filter(([, value]) => !compact || value.trim() !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value.trim() || t.empty}</dd>
          </div>
        ))}
      {!compact && (
        <div>
          <dt>{t.completion}</dt>
          <dd className="completion">
            <span>{completion}%</span>
            <span className="progress" aria-hidden="true">
              <span style={{ width: `${completion}%` }} />
            </span>
          </dd>
        </div>
      )}
      {!compact && content.publishedOn && (
        <div>
          <dt>{t.publishedOn}</dt>
          <dd>{formatDate(content.publishedOn, language, 'long')}</dd>
        </div>
      )}
      {!compact && (
        <div>
          <dt>{t.evidence}</dt>
          <dd>
            {content.evidence.length === 0 ? (
              t.noEvidence
            ) : (
              <ul className="content-evidence">
                {content.evidence.map((item, index) => (
                  <li key={`${item.fileId ?? item.url}-${index}`}>
                    <span className="badge">{item.fileId ? t.file : t.link}</span>{' '}
                    <a href={item.url} {...(item.fileId ? { download: '' } : { target: '_blank', rel: 'noreferrer' })}>
                      {item.title || item.url}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
