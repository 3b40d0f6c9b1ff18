import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Division, Person } from '../../api/types';
import { formatDate, formatDateTime, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import type { QueueItem } from './queue-items';
import { ReportComparison } from './report-comparison';

const text = defineMessages({
  th: {
    measureNo: 'มาตรการที่ {no}',
    submitted: 'ส่งเมื่อ',
    by: 'โดย',
    due: 'กำหนดส่ง',
    late: 'ส่งล่าช้า',
    onTime: 'ส่งตรงเวลา',
    version: 'ฉบับแก้ไขครั้งที่ {n}',
    lastComment: 'ความเห็นเมื่อส่งกลับครั้งก่อน',
    allDivisions: 'ทุกกอง/สำนัก',
  },
  en: {
    measureNo: 'Measure {no}',
    submitted: 'sent',
    by: 'by',
    due: 'due',
    late: 'Late',
    onTime: 'On time',
    version: 'correction {n}',
    lastComment: 'Comment when it was last returned',
    allDivisions: 'All divisions',
  },
});

/** The name a queue item is known by: its measure's title and its period (the checkbox's label). */
export function queueItemName(item: QueueItem, language: 'th' | 'en'): string {
  return `${item.measure.title} ${periodLabel(item.report.periodKey, language)}`;
}

/**
 * One report in a queue: heading (measure number, title, period), the facts at a glance, the plan
 * beside the report, and the actions the page gives (review or sign-off).
 */
export function QueueArticle({
  item,
  divisions,
  people,
  selected,
  onToggle,
  focused,
  reportTitle,
  extraFacts,
  collapsiblePlan = false,
  children,
}: {
  item: QueueItem;
  divisions: Division[];
  people: Person[];
  selected: boolean;
  onToggle(selected: boolean): void;
  focused: boolean;
  reportTitle?: string;
  extraFacts?: ReactNode;
  collapsiblePlan?: boolean;
  children: ReactNode;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const id = useId();
  const article = useRef<HTMLElement>(null);
  const { measure, report } = item;
  const submittedBy = people.find((person) => person.id === item.submittedByPersonId)?.displayName;
  const owners = measure.allDivisions ? t.allDivisions : measure.owners.map((owner) => divisions.find((division) => division.id === owner.divisionId)?.name ?? owner.divisionName).join(', ');

  useEffect(() => {
    if (!focused || !article.current) return;
    article.current.scrollIntoView({ block: 'start' });
    article.current.focus({ preventScroll: true });
  }, [focused]);

  return (
    <article ref={article} className={focused ? 'queue-item queue-item-focused' : 'queue-item'} aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <header className="queue-item-head">
        <label className="queue-select">
          <input type="checkbox" checked={selected} onChange={(event) => onToggle(event.target.checked)} aria-labelledby={`${id}-title ${id}-period`} />
        </label>
        <div className="queue-item-title">
          <h2 id={`${id}-heading`}>
            <span className="queue-no">{fill(t.measureNo, { no: measure.no })}</span> <span id={`${id}-title`}>{measure.title}</span>{' '}
            <span className="queue-period" id={`${id}-period`}>
              {periodLabel(report.periodKey, language)}
            </span>
          </h2>
          <ul className="queue-facts">
            {owners && <li>{owners}</li>}
            <li>
              {t.submitted}{' '}
              <span className="queue-nowrap">{formatDateTime(report.submittedAt ?? item.waitingSince, language)}</span>
              {submittedBy && (
                <>
                  {' '}
                  {t.by}{' '}
                  <span className="queue-nowrap">{submittedBy}</span>
                </>
              )}
            </li>
            <li>
              {t.due}{' '}
              <span className="queue-nowrap">{formatDate(report.dueDate, language)}</span>
            </li>
            <li>{report.late ? <span className="badge badge-late-report">{t.late}</span> : <span className="badge badge-on-time">{t.onTime}</span>}</li>
            {report.version > 1 && <li>{fill(t.version, { n: report.version - 1 })}</li>}
            {extraFacts}
          </ul>
        </div>
      </header>
      {item.lastComment && (
        <div className="comment queue-last-comment">
          <strong>{t.lastComment}:</strong> {item.lastComment}
        </div>
      )}
      <ReportComparison item={item} divisions={divisions} people={people} reportTitle={reportTitle} collapsible={collapsiblePlan} />
      <div className="queue-actions">{children}</div>
    </article>
  );
}
