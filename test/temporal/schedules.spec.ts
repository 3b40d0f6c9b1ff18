import { PRONGSAI_SCHEDULES, PRONGSAI_TASK_QUEUE, SCHEDULE_TIME_ZONE, type ProngsaiScheduleDefinition } from '@prongsai/contracts';
import { ensureSchedules, listSchedules, pauseSchedule, ScheduleError, ScheduleErrorCode, unpauseSchedule } from '@prongsai/temporal';
import { Client, Connection, type CalendarSpecDescription } from '@temporalio/client';
import { startDevServer, type DevServer } from '../support/temporal-dev-server';

const IDS = PRONGSAI_SCHEDULES.map((definition) => definition.id);
const DAILY_DIGEST = 'prongsai-daily-digest';
const DAY_MS = 86_400_000;

/** A definition's calendar as Temporal describes it back: every field a list of ranges. */
function described(calendar: ProngsaiScheduleDefinition['calendars'][number]): Partial<CalendarSpecDescription> {
  const exactly = <T>(value: T) => ({ start: value, end: value, step: 1 });
  return {
    hour: [exactly(calendar.hour)],
    minute: [exactly(calendar.minute ?? 0)],
    dayOfMonth: calendar.dayOfMonth === undefined ? [{ start: 1, end: 31, step: 1 }] : [exactly(calendar.dayOfMonth)],
    month: calendar.month === undefined ? [{ start: 'JANUARY', end: 'DECEMBER', step: 1 }] : calendar.month.map(exactly),
    dayOfWeek: calendar.dayOfWeek === undefined ? [{ start: 'SUNDAY', end: 'SATURDAY', step: 1 }] : calendar.dayOfWeek.map(exactly),
  };
}

describe('the Temporal Schedules of Prongsai, on the real dev server', () => {
  let server: DevServer;
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    server = await startDevServer();
    connection = await Connection.connect({ address: server.address });
    client = new Client({ connection });
  }, 90_000);

  afterAll(async () => {
    await connection?.close();
    await server?.stop();
  });

  it('creates every schedule once; calling again only brings them up to date', async () => {
    expect(await ensureSchedules(client, PRONGSAI_TASK_QUEUE)).toEqual({ created: IDS, updated: [] });
    expect(await ensureSchedules(client, PRONGSAI_TASK_QUEUE)).toEqual({ created: [], updated: IDS });
  });

  it('starts each workflow on the task queue at the calendar of its definition, in Asia/Bangkok', async () => {
    for (const definition of PRONGSAI_SCHEDULES) {
      const schedule = await client.schedule.getHandle(definition.id).describe();
      expect(schedule.spec.timezone).toBe(SCHEDULE_TIME_ZONE);
      expect(schedule.spec.calendars).toHaveLength(definition.calendars.length);
      definition.calendars.forEach((calendar, i) => expect(schedule.spec.calendars![i]).toMatchObject(described(calendar)));
      expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: definition.workflowType, taskQueue: PRONGSAI_TASK_QUEUE, workflowId: definition.id, args: [] });
      expect(schedule.policies).toMatchObject({ overlap: 'SKIP', catchupWindow: DAY_MS });
      expect(schedule.memo).toEqual({ description: definition.description });
    }
  });

  it("keeps an administrator's pause and note when the worker brings the schedules up to date again", async () => {
    const paused = await pauseSchedule(client, DAILY_DIGEST, 'งดส่งช่วงสงกรานต์');
    expect(paused).toMatchObject({ id: DAILY_DIGEST, paused: true, note: 'งดส่งช่วงสงกรานต์', missing: false });

    expect(await ensureSchedules(client, PRONGSAI_TASK_QUEUE)).toEqual({ created: [], updated: IDS });
    const schedule = await client.schedule.getHandle(DAILY_DIGEST).describe();
    expect(schedule.state).toMatchObject({ paused: true, note: 'งดส่งช่วงสงกรานต์' });
    expect((await listSchedules(client)).map(({ id, paused, note }) => ({ id, paused, note }))).toEqual([
      { id: DAILY_DIGEST, paused: true, note: 'งดส่งช่วงสงกรานต์' },
      { id: 'prongsai-weekly-summary', paused: false, note: null },
      { id: 'prongsai-report-rounds', paused: false, note: null },
    ]);

    expect(await unpauseSchedule(client, DAILY_DIGEST, 'ส่งตามปกติ')).toMatchObject({ paused: false, note: 'ส่งตามปกติ' });
    // Without a note there is still one: Temporal ignores an empty one.
    expect(await pauseSchedule(client, DAILY_DIGEST)).toMatchObject({ paused: true, note: 'paused by an administrator' });
    expect(await unpauseSchedule(client, DAILY_DIGEST, '   ')).toMatchObject({ paused: false, note: 'unpaused by an administrator' });
  });

  it('lists only Prongsai’s schedules, in order, with their next runs in Bangkok time', async () => {
    await client.schedule.create({
      scheduleId: 'someone-elses-schedule',
      spec: { intervals: [{ every: '1 hour' }] },
      action: { type: 'startWorkflow', workflowType: 'other', taskQueue: 'other' },
    });
    const now = Date.now();
    const views = await listSchedules(client);
    expect(views.map((view) => view.id)).toEqual(IDS);
    for (const view of views) {
      const definition = PRONGSAI_SCHEDULES.find((candidate) => candidate.id === view.id)!;
      expect(view).toMatchObject({ workflowType: definition.workflowType, description: definition.description, missing: false, recentRuns: [] });
      expect(view.nextRuns).toHaveLength(3);
      expect(view.nextRuns.map(Date.parse)).toEqual([...view.nextRuns.map(Date.parse)].sort());
      expect(Date.parse(view.nextRuns[0])).toBeGreaterThan(now);
    }
    const [daily, weekly, rounds] = views;
    // 07:00 in Bangkok is midnight UTC, every day.
    expect(daily.nextRuns.every((run) => run.endsWith('T00:00:00.000Z'))).toBe(true);
    expect(Date.parse(daily.nextRuns[0]) - now).toBeLessThanOrEqual(DAY_MS);
    expect(Date.parse(daily.nextRuns[1]) - Date.parse(daily.nextRuns[0])).toBe(DAY_MS);
    // Monday 08:00 in Bangkok is Monday 01:00 UTC.
    expect(weekly.nextRuns.every((run) => new Date(run).getUTCDay() === 1 && run.endsWith('T01:00:00.000Z'))).toBe(true);
    // 1 Oct, 1 Jan, 1 Apr, 1 Jul at 08:00 in Bangkok.
    expect(rounds.nextRuns.every((run) => /-(01|04|07|10)-01T01:00:00\.000Z$/.test(run))).toBe(true);
  });

  it('shows a schedule Temporal does not have as missing, refuses to pause it, and creates it again', async () => {
    await client.schedule.getHandle('prongsai-weekly-summary').delete();
    expect((await listSchedules(client))[1]).toEqual({
      id: 'prongsai-weekly-summary',
      workflowType: 'weeklySummaryWorkflow',
      description: PRONGSAI_SCHEDULES[1].description,
      paused: false,
      note: null,
      nextRuns: [],
      recentRuns: [],
      missing: true,
    });
    await expect(pauseSchedule(client, 'prongsai-weekly-summary', 'x')).rejects.toMatchObject({ code: ScheduleErrorCode.NotCreated, scheduleId: 'prongsai-weekly-summary' });
    expect(await ensureSchedules(client, PRONGSAI_TASK_QUEUE)).toEqual({ created: ['prongsai-weekly-summary'], updated: [DAILY_DIGEST, 'prongsai-report-rounds'] });
    expect((await listSchedules(client))[1]).toMatchObject({ missing: false, paused: false });
  });

  it('refuses an unknown id, naming it and the valid ones', async () => {
    for (const action of [pauseSchedule, unpauseSchedule]) {
      const refusal = action(client, 'prongsai-nightly-backup', 'x');
      await expect(refusal).rejects.toBeInstanceOf(ScheduleError);
      await expect(refusal).rejects.toMatchObject({
        code: ScheduleErrorCode.Unknown,
        message: `unknown schedule "prongsai-nightly-backup"; the schedules are ${IDS.join(', ')}`,
      });
    }
    await expect(pauseSchedule(client, 'someone-elses-schedule')).rejects.toMatchObject({ code: ScheduleErrorCode.Unknown });
    expect((await client.schedule.getHandle('someone-elses-schedule').describe()).state.paused).toBe(false);
  });
});
