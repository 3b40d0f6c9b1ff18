import { PRONGSAI_SCHEDULES, PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { ensureSchedules } from '@prongsai/temporal';
import { Client, Connection } from '@temporalio/client';
import { ApiHarness, seedOrganization, startApi, SYSTEM_ADMIN, type SeededOrganization } from '../support/api-harness';
import { startDevServer, type DevServer } from '../support/temporal-dev-server';

const IDS = PRONGSAI_SCHEDULES.map((definition) => definition.id);
const DAILY_DIGEST = 'prongsai-daily-digest';

jest.setTimeout(60_000);

describe('the scheduled jobs through the API, on the real Temporal dev server', () => {
  let server: DevServer;
  let connection: Connection;
  let api: ApiHarness;
  let org: SeededOrganization;

  beforeAll(async () => {
    server = await startDevServer();
    connection = await Connection.connect({ address: server.address });
    // What the worker does when it starts.
    await ensureSchedules(new Client({ connection }), PRONGSAI_TASK_QUEUE);
    api = await startApi('sqlite', server.address);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
  }, 90_000);

  afterAll(async () => {
    await api?.close();
    await connection?.close();
    await server?.stop();
  });

  it('lists the schedules to the system administrator, with their next runs', async () => {
    const response = await api.http.get('/api/schedules').set(await api.as(SYSTEM_ADMIN.email)).expect(200);
    expect(response.body.map((view: { id: string }) => view.id)).toEqual(IDS);
    expect(response.body[0]).toMatchObject({
      id: DAILY_DIGEST,
      workflowType: 'dailyDigestWorkflow',
      description: PRONGSAI_SCHEDULES[0].description,
      paused: false,
      note: null,
      recentRuns: [],
      missing: false,
    });
    expect(response.body[0].nextRuns).toHaveLength(3);
    expect(response.body[0].nextRuns[0]).toMatch(/T00:00:00\.000Z$/);
  });

  it('pauses and unpauses a schedule with a note', async () => {
    const admin = await api.as(SYSTEM_ADMIN.email);
    const paused = await api.http.post(`/api/schedules/${DAILY_DIGEST}/pause`).set(admin).send({ note: 'งดส่งช่วงสงกรานต์' }).expect(200);
    expect(paused.body).toMatchObject({ id: DAILY_DIGEST, paused: true, note: 'งดส่งช่วงสงกรานต์' });
    const listed = await api.http.get('/api/schedules').set(admin).expect(200);
    expect(listed.body[0]).toMatchObject({ paused: true, note: 'งดส่งช่วงสงกรานต์' });
    expect((await connection.workflowService.describeSchedule({ namespace: 'default', scheduleId: DAILY_DIGEST })).schedule?.state?.paused).toBe(true);

    // Without a note, the note says who.
    const unpaused = await api.http.post(`/api/schedules/${DAILY_DIGEST}/unpause`).set(admin).send({}).expect(200);
    expect(unpaused.body).toMatchObject({ paused: false, note: `unpaused by ${SYSTEM_ADMIN.email}` });
  });

  it('refuses an unknown schedule, naming it, and a note that is too long', async () => {
    const admin = await api.as(SYSTEM_ADMIN.email);
    const unknown = await api.http.post('/api/schedules/prongsai-nightly-backup/pause').set(admin).send({}).expect(404);
    expect(unknown.body).toMatchObject({
      code: 'NOT_FOUND',
      message: `unknown schedule "prongsai-nightly-backup"; the schedules are ${IDS.join(', ')}`,
      messageTh: `ไม่มีงานตามกำหนดเวลา "prongsai-nightly-backup" (มี ${IDS.join(', ')})`,
    });
    const tooLong = await api.http.post(`/api/schedules/${DAILY_DIGEST}/pause`).set(admin).send({ note: 'ก'.repeat(501) }).expect(400);
    expect(tooLong.body.errors[0]).toMatchObject({ field: 'note' });
    const notAllowed = await api.http.post(`/api/schedules/${DAILY_DIGEST}/pause`).set(admin).send({ note: 'x', paused: true }).expect(400);
    expect(notAllowed.body.errors[0]).toMatchObject({ field: 'paused' });
    expect((await api.http.get('/api/schedules').set(admin).expect(200)).body[0].paused).toBe(false);
  });

  it('refuses everyone but the system administrator, in Thai and English', async () => {
    for (const email of [org.emails.admin, org.emails.executive]) {
      const headers = await api.as(email);
      const listed = await api.http.get('/api/schedules').set(headers).expect(403);
      expect(listed.body).toMatchObject({
        code: 'FORBIDDEN',
        message: 'only the system administrator may see and pause the scheduled jobs',
        messageTh: 'เฉพาะผู้ดูแลระบบกลางเท่านั้นที่ดูและหยุดงานตามกำหนดเวลาได้',
      });
      await api.http.post(`/api/schedules/${DAILY_DIGEST}/pause`).set(headers).send({ note: 'x' }).expect(403);
      await api.http.post(`/api/schedules/${DAILY_DIGEST}/unpause`).set(headers).send({}).expect(403);
    }
    await api.http.get('/api/schedules').expect(401);
    expect((await api.http.get('/api/schedules').set(await api.as(SYSTEM_ADMIN.email)).expect(200)).body[0].paused).toBe(false);
  });
});

describe('the scheduled jobs through the API while Temporal is away', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('sqlite'); // Temporal at 127.0.0.1:9, where nothing answers
  });

  afterAll(async () => {
    await api?.close();
  });

  it('says the workflow service is not reachable', async () => {
    const response = await api.http.get('/api/schedules').set(await api.as(SYSTEM_ADMIN.email)).expect(409);
    expect(response.body).toMatchObject({ code: 'CONFLICT', messageTh: 'ติดต่อระบบงาน (Temporal) ไม่ได้ กรุณาลองใหม่' });
    expect(response.body.message).toMatch(/^the workflow service is not reachable; try again \(/);
  });
});
