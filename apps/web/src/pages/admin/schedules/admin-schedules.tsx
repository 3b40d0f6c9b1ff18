import '../../../styles/admin-editor.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client';
import { CommentDialog } from '../../../components/comment-dialog';
import { ErrorNotice, SuccessNotice } from '../../../components/feedback';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { replaceInList } from '../shared/admin-data';
import { Panel } from '../shared/panel';
import { QueryList } from '../shared/query-list';
import type { ScheduleView } from '@prongsai/contracts';
import { ScheduleCard } from './schedule-card';

const text = defineMessages({
  th: {
    heading: 'งานตามกำหนดเวลา',
    intro: 'งานที่ระบบทำเองเป็นประจำ เช่น ส่งอีเมลสรุปงานและแจ้งเปิดรอบรายงาน หยุดชั่วคราวได้ เช่น ช่วงวันหยุดยาว แล้วเริ่มต่อเมื่อพร้อม',
    onlySystemAdmin: 'เฉพาะผู้ดูแลระบบกลางเท่านั้นที่ดูและหยุดงานตามกำหนดเวลาได้ หากต้องการหยุดงานใด ติดต่อผู้ดูแลระบบกลาง',
    none: 'ยังไม่มีงานตามกำหนดเวลา ระบบจะสร้างเมื่อ worker เริ่มทำงาน',
    pauseTitle: 'หยุดงาน "{name}" ชั่วคราว?',
    unpauseTitle: 'เริ่มงาน "{name}" ต่อ?',
    noteLabel: 'หมายเหตุ (ไม่บังคับ) เช่น เหตุผลที่หยุด และจะเริ่มต่อเมื่อใด',
    unpauseNoteLabel: 'หมายเหตุ (ไม่บังคับ)',
    pause: 'หยุดชั่วคราว',
    unpause: 'เริ่มทำงานต่อ',
    paused: 'หยุด "{name}" ชั่วคราวแล้ว จะไม่ทำงานจนกว่าจะกดเริ่มทำงานต่อ',
    unpaused: 'เริ่ม "{name}" ต่อแล้ว จะทำงานตามกำหนดครั้งถัดไป',
    working: 'กำลังบันทึก…',
  },
  en: {
    heading: 'Scheduled jobs',
    intro: 'Jobs the system runs by itself, such as the summary mails and the report round openings. Pause one, for a long holiday for example, and unpause it when ready.',
    onlySystemAdmin: 'Only the system administrator may see and pause the scheduled jobs; ask them if one should stop.',
    none: 'No scheduled jobs yet: the worker creates them when it starts.',
    pauseTitle: 'Pause "{name}"?',
    unpauseTitle: 'Unpause "{name}"?',
    noteLabel: 'Note (optional): why, and when it should start again',
    unpauseNoteLabel: 'Note (optional)',
    pause: 'Pause',
    unpause: 'Unpause',
    paused: '"{name}" paused: it will not run until unpaused.',
    unpaused: '"{name}" unpaused: it runs at its next time.',
    working: 'Saving…',
  },
});

const SCHEDULES_KEY = ['admin', 'schedules'] as const;

/** The system administrator's view of the recurring jobs (Temporal Schedules): pause and unpause with a note. */
export function AdminSchedules() {
  const t = useText(text);
  const { language } = useLanguage();
  const { self: person } = useSignedIn();
  const allowed = person.role === 'system_admin';
  const queries = useQueryClient();
  const [asking, setAsking] = useState<ScheduleView | null>(null);
  const [done, setDone] = useState<ScheduleView | null>(null);

  const schedules = useQuery({ queryKey: SCHEDULES_KEY, queryFn: () => api<ScheduleView[]>('GET', '/schedules'), enabled: allowed, refetchInterval: 60_000 });
  const toggle = useMutation({
    mutationFn: ({ schedule, note }: { schedule: ScheduleView; note: string }) =>
      api<ScheduleView>('POST', `/schedules/${encodeURIComponent(schedule.id)}/${schedule.paused ? 'unpause' : 'pause'}`, note ? { note } : {}),
    onSuccess: (updated) => {
      replaceInList(queries, SCHEDULES_KEY, updated);
      setAsking(null);
      setDone(updated);
    },
    // The dialog has no room for the refusal: close it so the error shows on the page.
    onError: () => setAsking(null),
  });

  if (!allowed) {
    return (
      <Panel id="admin-schedules-title" heading={t.heading} className="admin-editor">
        <p className="notice notice-info">{t.onlySystemAdmin}</p>
      </Panel>
    );
  }

  const name = (schedule: ScheduleView | null) => (schedule ? schedule.description[language] : '');
  return (
    <Panel id="admin-schedules-title" heading={t.heading} className="admin-editor">
      <p className="page-subtitle">{t.intro}</p>
      {done && (
        <SuccessNotice>
          <p>{fill(done.paused ? t.paused : t.unpaused, { name: name(done) })}</p>
        </SuccessNotice>
      )}
      <QueryList query={schedules} none={t.none}>
        {(list) => (
          <ul className="schedule-cards">
            {list.map((schedule) => (
              <ScheduleCard
                key={schedule.id}
                schedule={schedule}
                busy={toggle.isPending}
                onToggle={(chosen) => {
                  toggle.reset();
                  setDone(null);
                  setAsking(chosen);
                }}
              />
            ))}
          </ul>
        )}
      </QueryList>
      {toggle.error ? <ErrorNotice error={toggle.error} /> : null}
      <CommentDialog
        open={asking !== null}
        title={fill(asking?.paused ? t.unpauseTitle : t.pauseTitle, { name: name(asking) })}
        label={asking?.paused ? t.unpauseNoteLabel : t.noteLabel}
        confirmLabel={toggle.isPending ? t.working : asking?.paused ? t.unpause : t.pause}
        required={false}
        busy={toggle.isPending}
        onConfirm={(note) => asking && toggle.mutate({ schedule: asking, note })}
        onClose={() => setAsking(null)}
      />
    </Panel>
  );
}
