import { PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { MailOutboxEntity, PersonEntity } from '@prongsai/persistence';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { setTimeout as sleep } from 'node:timers/promises';
import { dailyDigestWorkflow, reportRoundsOpenedWorkflow, weeklySummaryWorkflow } from '../../workflows/src';
import { ApiHarness, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';
import { sleepUntil } from '../support/measure-lifecycle-harness';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { lifecycleUntil, reportOpen } from '../support/lifecycle-read-model';
import { workerActivities } from '../support/worker-activities';

jest.setTimeout(120_000);

/** The fiscal year we are in (1 Oct 2026 – 30 Sep 2027): its first quarter is open already. */
const YEAR = 2570;

describe('the scheduled mails: daily digest, weekly summary for executives, report round opened', () => {
  let env: TestWorkflowEnvironment;
  let api: ApiHarness;
  let worker: Worker;
  let running: Promise<void>;
  let org: SeededOrganization;
  let code: string;
  let measureId: string;
  let runs = 0;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    api = await startApi('sqlite', env.address);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
    code = encodeURIComponent(org.organization.code);
    worker = await createTestWorker(env, workerActivities(api.dataSource).activities);
    running = worker.run();
    const admin = await api.as(org.emails.admin);
    await api.http.post(`/api/orgs/${code}/fiscal-years`).set(admin).send({ yearBe: YEAR, cadence: 'quarterly' }).expect(201);
    const created = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'ความโปร่งใสในการจัดซื้อจัดจ้าง', steps: [{ text: 'จัดทำคู่มือ' }], ownerDivisionIds: [org.divisions.finance.id] })
      .expect(201);
    measureId = created.body.id;
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await api?.close();
    await env?.teardown();
  });

  const act = async (who: string, action: string, body: object = {}) =>
    api.http.post(`/api/orgs/${code}/measures/${measureId}/lifecycle/${action}`).set(await api.as(who)).send(body).expect(200);
  const run = (workflow: typeof dailyDigestWorkflow) => env.client.workflow.execute(workflow, { taskQueue: PRONGSAI_TASK_QUEUE, workflowId: `test-scheduled-${++runs}` });
  const outbox = (where: Partial<Pick<MailOutboxEntity, 'kind' | 'recipientEmail'>>) => api.dataSource.getRepository(MailOutboxEntity).findBy(where);

  it('lets people choose the digest for themselves, and shows what each template looks like', async () => {
    const me = await api.http.put('/api/auth/me/preferences').set(await api.as(org.emails.financeOfficer)).send({ mailPreference: 'digest' }).expect(200);
    expect(me.body).toMatchObject({ mailPreference: 'digest', language: 'th' });
    await api.http.put('/api/auth/me/preferences').set(await api.as(org.emails.financeOfficer)).send({ mailPreference: 'weekly' }).expect(400);
    const preview = await api.http.get('/api/mail/templates/daily_digest/preview?lang=th').set(await api.as(org.emails.financeOfficer)).expect(200);
    expect(preview.body.subject).toContain('สรุป');
    expect(preview.body.html).toContain('<html');
    await api.http.get('/api/mail/templates/nothing/preview').set(await api.as(org.emails.financeOfficer)).expect(404);
    await api.http.get('/api/mail/templates/daily_digest/preview?lang=fr').set(await api.as(org.emails.financeOfficer)).expect(400);
  });

  it('holds the notices of someone who chose the digest, and sends them one digest a day with what is theirs to do', async () => {
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(await api.as(org.emails.admin)).expect(200);
    await act(org.emails.executive, 'approvePlan', { approvedOn: '2026-10-20' });
    const officer = await api.dataSource.getRepository(PersonEntity).findOneByOrFail({ email: org.emails.financeOfficer });
    await act(org.emails.financeHead, 'acknowledgeAssignment', { divisionId: org.divisions.finance.id, officerIds: [officer.id] });
    await lifecycleUntil(api, org.emails.admin, { code, measureId }, reportOpen('Q1'));
    const report = { done: 'จัดทำคู่มือ', results: 'ร่างแล้ว', outcome: 'อยู่ระหว่างดำเนินการ', completion: 30, evidence: [], publishedOn: null };
    await act(org.emails.financeOfficer, 'submitReport', { periodKey: 'Q1', content: report });
    await act(org.emails.admin, 'returnReport', { periodKey: 'Q1', comment: 'โปรดแนบหลักฐาน' });
    let held: MailOutboxEntity[] = [];
    for (let attempt = 0; attempt < 100 && held.length === 0; attempt += 1) {
      held = await outbox({ kind: 'report_returned', recipientEmail: org.emails.financeOfficer });
      await sleep(100);
    }
    expect(held.map((row) => row.status)).toEqual(['digest']);

    expect(await run(dailyDigestWorkflow)).toBe(1);
    expect(await run(dailyDigestWorkflow)).toBe(0); // the same day again: nothing new
    const [digest] = await outbox({ kind: 'daily_digest' });
    expect(digest.recipientEmail).toBe(org.emails.financeOfficer);
    const input = digest.input as { data: { returned: unknown[]; overdue: unknown[] } };
    expect(input.data.returned).toHaveLength(1);
    expect((await outbox({ kind: 'report_returned', recipientEmail: org.emails.financeOfficer })).map((row) => row.status)).toEqual(['digested']);
  });

  it('sends each executive a weekly summary by division', async () => {
    expect(await run(weeklySummaryWorkflow)).toBe(1);
    const [summary] = await outbox({ kind: 'weekly_summary' });
    expect(summary.recipientEmail).toBe(org.emails.executive);
    expect((summary.input as { data: { divisions: { name: string }[] } }).data.divisions.map((d) => d.name)).toEqual([]); // nothing due yet this year
  });

  it('tells the coordinator when a report round opens on the fiscal calendar', async () => {
    expect(await run(reportRoundsOpenedWorkflow)).toBe(0); // no round opens today
    await sleepUntil(env, '2027-01-01');
    expect(await run(reportRoundsOpenedWorkflow)).toBe(1);
    const [round] = await outbox({ kind: 'round_opened' });
    expect(round).toMatchObject({ recipientEmail: org.emails.admin, periodKey: 'Q2' });
    expect((round.input as { data: { reportTasksOpened: number } }).data.reportTasksOpened).toBe(1);
  });
});
