import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { LifecycleNotificationEntity } from '@prongsai/persistence';
import { requireTemporalBinary } from '@prongsai/temporal';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ApiHarness, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';

const WORKER = path.resolve(__dirname, '../../dist/apps/worker/src/main.js');
const YEAR = 2570;
const REPORT = { done: 'ประชุมชี้แจงแนวทาง', results: 'บุคลากรเข้าร่วมครบ', outcome: 'ปฏิบัติตามแนวทาง', completion: 100, evidence: [], publishedOn: null };

/**
 * The real worker process (dist/apps/worker), killed with SIGKILL in the middle of the year and
 * started again, against the real Temporal dev server and the same database as the API.
 */
describe('the worker killed and restarted mid-year', () => {
  let env: TestWorkflowEnvironment;
  let api: ApiHarness;
  let org: SeededOrganization;
  let code: string;
  let worker: ChildProcess | undefined;

  const startWorker = () => {
    if (api.database.target.kind !== 'sqlite') throw new Error('this test shares an SQLite file with the worker');
    worker = spawn(process.execPath, [WORKER], {
      env: { ...process.env, TEMPORAL_ADDRESS: env.address, DATABASE_URL: `sqlite:${api.database.target.file}`, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  };

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: requireTemporalBinary('cli') }, ip: '127.0.0.1' } });
    api = await startApi('sqlite', env.address);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลบางไทรป่า', 'นครปฐม');
    code = encodeURIComponent(org.organization.code);
    startWorker();
  }, 120_000);

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await api?.close();
    await env?.teardown();
  });

  const act = async (who: string, measureId: string, action: string, body: object = {}) => {
    const response = await api.http.post(`/api/orgs/${code}/measures/${measureId}/lifecycle/${action}`).set(await api.as(who)).send(body);
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as MeasureLifecycleSnapshot;
  };

  async function readModel(measureId: string, done: (snapshot: MeasureLifecycleSnapshot) => boolean): Promise<MeasureLifecycleSnapshot> {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const response = await api.http.get(`/api/orgs/${code}/measures/${measureId}/lifecycle`).set(await api.as(org.emails.admin));
      if (response.status === 200 && done(response.body)) return response.body;
      await sleep(100);
    }
    throw new Error('the read model never reached the expected state');
  }

  it('loses nothing: an action sent while no worker runs is carried out once the worker is back', async () => {
    const admin = await api.as(org.emails.admin);
    await api.http.post(`/api/orgs/${code}/fiscal-years`).set(admin).send({ yearBe: YEAR, cadence: 'quarterly' }).expect(201);
    const measure = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'การป้องกันการขัดกันระหว่างผลประโยชน์', steps: [{ text: 'ประชุมชี้แจง' }], ownerDivisionIds: [org.divisions.finance.id] })
      .expect(201);
    const id = measure.body.id as string;

    // The first plan submission waits for the worker to finish bundling and start polling.
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(admin).expect(200);
    await act(org.emails.executive, id, 'approvePlan', { approvedOn: '2026-10-20' });
    await act(org.emails.financeHead, id, 'acknowledgeAssignment', { divisionId: org.divisions.finance.id, officerIds: [] });
    await readModel(id, (snapshot) => snapshot.reports.some((report) => report.periodKey === 'Q1' && report.status === 'open'));
    await act(org.emails.financeOfficer, id, 'submitReport', { periodKey: 'Q1', content: REPORT });

    worker!.kill('SIGKILL');
    await once(worker!, 'exit');

    // While no worker runs: the coordinator accepts (the request waits), and the policy changes (a signal).
    const accepted = act(org.emails.admin, id, 'acceptReport', { periodKey: 'Q1' });
    const policy = { reminderWorkingDaysBefore: [5], escalationDaysAfter: [3], reviewReminderWorkingDays: 2 };
    const changed = await api.http.put(`/api/orgs/${code}/fiscal-years/${YEAR}/policy`).set(admin).send(policy).expect(200);
    expect(changed.body.signalled).toBe(1);
    await sleep(1000);

    startWorker();
    expect((await accepted).reports.find((report) => report.periodKey === 'Q1')?.status).toBe('accepted');
    await act(org.emails.executive, id, 'signOff', { periodKey: 'Q1' });

    const final = await readModel(id, (snapshot) => snapshot.reports.some((report) => report.periodKey === 'Q1' && report.status === 'signed_off'));
    expect(final.events.map((event) => event.action).filter((action) => !action.startsWith('period'))).toEqual([
      'submitPlan',
      'approvePlan',
      'acknowledgeAssignment',
      'submitReport',
      'acceptReport',
      'signOff',
    ]);
    const notices = await api.dataSource.getRepository(LifecycleNotificationEntity).findBy({ measureId: id });
    const count = (kind: string) => notices.filter((notice) => notice.kind === kind && notice.notification.periodKey === 'Q1').length;
    expect([count('awaiting_review'), count('awaiting_sign_off'), count('published')]).toEqual([1, 1, 1]);
  }, 180_000);
});
