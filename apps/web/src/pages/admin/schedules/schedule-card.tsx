import type { ScheduleView } from '@prongsai/contracts';
import { formatDateTime } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { noteText } from './schedule-note';

const text = defineMessages({
  th: {
    running: 'ทำงานตามกำหนด',
    paused: 'หยุดชั่วคราว',
    missing: 'ยังไม่ได้สร้างใน Temporal',
    missingHint: 'ระบบจะสร้างงานนี้เมื่อ worker เริ่มทำงาน หากยังไม่ขึ้น ให้ตรวจว่า worker ทำงานอยู่',
    id: 'รหัสงาน',
    next: 'ครั้งต่อไป (เวลาประเทศไทย)',
    nextPaused: 'ตามกำหนด เมื่อเริ่มทำงานต่อ (เวลาประเทศไทย)',
    none: 'ไม่มีกำหนด',
    note: 'หมายเหตุ',
    noNote: 'ไม่มี',
    recent: 'ทำงานล่าสุด {count} ครั้ง',
    noRuns: 'ยังไม่เคยทำงาน',
    ranAt: 'กำหนด {scheduled} · เริ่มจริง {started}',
    pause: 'หยุดชั่วคราว',
    unpause: 'เริ่มทำงานต่อ',
    which: '{name}',
  },
  en: {
    running: 'Running on schedule',
    paused: 'Paused',
    missing: 'Not created in Temporal yet',
    missingHint: 'The worker creates it when it starts; if it does not appear, check that the worker is running.',
    id: 'Job id',
    next: 'Next runs (Bangkok time)',
    nextPaused: 'Scheduled, once unpaused (Bangkok time)',
    none: 'none scheduled',
    note: 'Note',
    noNote: 'none',
    recent: 'Last {count} runs',
    noRuns: 'Has not run yet',
    ranAt: 'scheduled {scheduled} · started {started}',
    pause: 'Pause',
    unpause: 'Unpause',
    which: '{name}',
  },
});

/** A recurring job: what it does, when it runs next, whether it is paused and why; the button to pause or unpause it. */
export function ScheduleCard({ schedule, busy, onToggle }: { schedule: ScheduleView; busy: boolean; onToggle(schedule: ScheduleView): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const name = schedule.description[language];
  const state = schedule.missing ? 'missing' : schedule.paused ? 'paused' : 'running';
  return (
    <li className={`card schedule-card schedule-${state}`}>
      <div className="schedule-head">
        <h3>{name}</h3>
        <span className={`badge schedule-badge-${state}`}>
          {state !== 'paused' && <span aria-hidden="true">{state === 'running' ? '✓ ' : '! '}</span>}
          {t[state]}
        </span>
      </div>
      {schedule.missing && <p className="field-hint">{t.missingHint}</p>}
      <dl className="schedule-facts">
        <div>
          <dt>{schedule.paused ? t.nextPaused : t.next}</dt>
          <dd>
            {schedule.nextRuns.length === 0 ? (
              t.none
            ) : (
              <ul className="schedule-times">
                {schedule.nextRuns.map((run) => (
                  <li key={run}>
                    <time dateTime={run}>{formatDateTime(run, language)}</time>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.note}</dt>
          <dd className="schedule-note">{schedule.note ? noteText(schedule.note, language) : t.noNote}</dd>
        </div>
        <div>
          <dt>{t.id}</dt>
          <dd>
            <code>{schedule.id}</code>
          </dd>
        </div>
      </dl>
      {schedule.recentRuns.length === 0 ? (
        <p className="field-hint">{t.noRuns}</p>
      ) : (
        <details className="schedule-runs">
          <summary>{fill(t.recent, { count: schedule.recentRuns.length })}</summary>
          <ul>
            {schedule.recentRuns.map((run) => (
              <li key={run.workflowId}>
                {fill(t.ranAt, { scheduled: formatDateTime(run.scheduledAt, language), started: formatDateTime(run.startedAt, language) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {!schedule.missing && (
        <button type="button" className={schedule.paused ? 'button button-primary' : 'button'} disabled={busy} onClick={() => onToggle(schedule)}>
          {schedule.paused ? t.unpause : t.pause}
          <span className="visually-hidden"> {fill(t.which, { name })}</span>
        </button>
      )}
    </li>
  );
}
