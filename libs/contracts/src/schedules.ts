/** The time zone every Prongsai schedule runs in. */
export const SCHEDULE_TIME_ZONE = 'Asia/Bangkok';

/** A recurring job of Prongsai: a Temporal Schedule that starts a workflow without arguments. */
export interface ProngsaiScheduleDefinition {
  /** The Schedule id, also the prefix of the workflow ids it starts. */
  id: string;
  /** The workflow type it starts (no arguments; the workflow reads the day from its clock). */
  workflowType: string;
  description: { th: string; en: string };
  /** When, in {@link SCHEDULE_TIME_ZONE}: calendar specs in Temporal's terms. */
  calendars: {
    hour: number;
    minute?: number;
    dayOfWeek?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY')[];
    dayOfMonth?: number;
    month?: ('JANUARY' | 'APRIL' | 'JULY' | 'OCTOBER')[];
  }[];
}

export const DAILY_DIGEST_WORKFLOW = 'dailyDigestWorkflow';
export const WEEKLY_SUMMARY_WORKFLOW = 'weeklySummaryWorkflow';
export const REPORT_ROUNDS_OPENED_WORKFLOW = 'reportRoundsOpenedWorkflow';

/** Every schedule, created (or brought up to date) when the worker starts. */
export const PRONGSAI_SCHEDULES: readonly ProngsaiScheduleDefinition[] = [
  {
    id: 'prongsai-daily-digest',
    workflowType: DAILY_DIGEST_WORKFLOW,
    description: { th: 'สรุปงานประจำวันทางอีเมล (ผู้ที่เลือกรับแบบสรุปรายวัน)', en: 'Daily digest mail (for people who chose the digest)' },
    calendars: [{ hour: 7, minute: 0 }],
  },
  {
    id: 'prongsai-weekly-summary',
    workflowType: WEEKLY_SUMMARY_WORKFLOW,
    description: { th: 'สรุปความก้าวหน้ารายสัปดาห์สำหรับผู้บริหาร', en: 'Weekly progress summary for executives' },
    calendars: [{ dayOfWeek: ['MONDAY'], hour: 8, minute: 0 }],
  },
  {
    id: 'prongsai-report-rounds',
    workflowType: REPORT_ROUNDS_OPENED_WORKFLOW,
    description: { th: 'แจ้งเปิดรอบการรายงานตามปีงบประมาณ (๑ ต.ค. ๑ ม.ค. ๑ เม.ย. ๑ ก.ค.)', en: 'Report rounds opening on the fiscal calendar (1 Oct, 1 Jan, 1 Apr, 1 Jul)' },
    calendars: [{ month: ['OCTOBER', 'JANUARY', 'APRIL', 'JULY'], dayOfMonth: 1, hour: 8, minute: 0 }],
  },
];

/** The activities of the scheduled workflows; each returns how many mails it wrote. */
export interface ScheduledMailActivities {
  /** Each person who chose the digest: one mail with what is due, overdue and waiting for them on `day`. */
  sendDailyDigests(day: string): Promise<number>;
  /** Each executive: progress and overdue reports by division, for the week ending `day`. */
  sendWeeklySummaries(day: string): Promise<number>;
  /** Each coordinator: the report round opening on `day`, with the report tasks it opened. */
  announceReportRounds(day: string): Promise<number>;
}

/** One of Prongsai's schedules as administrators see it. */
export interface ScheduleView {
  id: string;
  workflowType: string;
  description: { th: string; en: string };
  paused: boolean;
  /** Why it was paused or unpaused, as the administrator wrote it (or Temporal, on a failure). */
  note: string | null;
  /** The calendar's next times, ISO instants, soonest first (Temporal lists them while paused too, but takes none). */
  nextRuns: string[];
  /** The latest runs, newest first. */
  recentRuns: { scheduledAt: string; startedAt: string; workflowId: string }[];
  /** Defined, but not in Temporal yet: the worker creates it when it starts. */
  missing: boolean;
}
