import type { Division, LifecycleEvent, Person } from '../../api/types';
import { formatDateTime, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { EVENT, labelOf } from '../../i18n/labels';
import { nameOf } from './measure-queries';
import { eventComment, timelineEntries } from './timeline-entries';

const text = defineMessages({
  th: {
    heading: 'ความเป็นมา',
    none: 'ยังไม่มีการดำเนินการ',
    system: 'ระบบ (ตามกำหนดเวลา)',
    someone: 'ผู้ใช้ที่ไม่พบในระบบ',
    by: 'โดย {name}',
    onBehalf: 'แทน {name}',
    times: '{count} ครั้ง ตั้งแต่ {first}',
  },
  en: {
    heading: 'Timeline',
    none: 'Nothing has happened yet',
    system: 'the system (on schedule)',
    someone: 'a person no longer in the system',
    by: 'by {name}',
    onBehalf: 'on behalf of {name}',
    times: '{count} times since {first}',
  },
});

/** Events whose comment is a fact the system recorded (a division), not words someone wrote. */
const INLINE_DETAIL = ['acknowledgeAssignment', 'reassign'];

/** Every lifecycle event, newest first: when, what, who (and for whom), and the comment. */
export function MeasureTimeline({ events, people, divisions }: { events: LifecycleEvent[]; people?: Person[]; divisions?: Division[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  const entries = timelineEntries(events);
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.heading}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ol className="timeline">
          {entries.map(({ event, count, firstAt }, index) => {
            const comment = eventComment(event, (id) => nameOf(divisions, id));
            const who = event.actorPersonId === null ? t.system : (nameOf(people, event.actorPersonId) ?? t.someone);
            return (
              <li key={`${entries.length - index}-${event.at}`}>
                <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
                <div>
                  <span className="timeline-what">{labelOf(EVENT, event.action, language)}</span>
                  {event.periodKey && <span className="timeline-period"> · {periodLabel(event.periodKey, language)}</span>}
                  {count > 1 && <span className="timeline-period"> · {fill(t.times, { count, first: formatDateTime(firstAt, language) })}</span>}
                </div>
                <span className="timeline-who">
                  {fill(t.by, { name: who })}
                  {event.onBehalfOfPersonId && ` · ${fill(t.onBehalf, { name: nameOf(people, event.onBehalfOfPersonId) ?? t.someone })}`}
                </span>
                {comment && (INLINE_DETAIL.includes(event.action) ? <span className="timeline-detail">{comment}</span> : <p className="comment">{comment}</p>)}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
