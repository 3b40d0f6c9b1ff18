import { MailOutboxEntity, PersonEntity } from '@prongsai/persistence';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { ParsedMail } from 'mailparser';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiHarness, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';
import { sentTo, startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { lifecycleUntil, reportOpen } from '../support/lifecycle-read-model';
import { TEST_PUBLIC_BASE_URL, workerActivities } from '../support/worker-activities';

/** The fiscal year we are in (1 Oct 2026 – 30 Sep 2027): its first quarter is open already. */
const YEAR = 2570;
const HOSTILE_COMMENT = 'แก้ไขตัวเลข <script>alert(1)</script> & "ผลลัพธ์" ให้ครบถ้วน';

jest.setTimeout(60_000);

describe('mail about a measure, sent through a real SMTP exchange by the real worker', () => {
  let env: TestWorkflowEnvironment;
  let api: ApiHarness;
  let worker: Worker;
  let running: Promise<void>;
  let smtp: SmtpTestServer;
  let org: SeededOrganization;
  let code: string;
  let measureId: string;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    api = await startApi('sqlite', env.address);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
    code = encodeURIComponent(org.organization.code);
    smtp = await startSmtpTestServer({ refusedAddress: org.emails.engineeringOfficer });
    const { activities, sender } = workerActivities(api.dataSource, { smtpUrl: smtp.url });
    worker = await createTestWorker(env, activities);
    running = worker.run().finally(() => sender.onApplicationShutdown());
    const admin = await api.as(org.emails.admin);
    await api.http.post(`/api/orgs/${code}/fiscal-years`).set(admin).send({ yearBe: YEAR, cadence: 'quarterly' }).expect(201);
    const created = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'ความโปร่งใสในการจัดซื้อจัดจ้าง <ปี ๒๕๗๐>', steps: [{ text: 'จัดทำคู่มือ' }], ownerDivisionIds: [org.divisions.finance.id] })
      .expect(201);
    measureId = created.body.id;
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await smtp?.close();
    await api?.close();
    await env?.teardown();
  });

  const act = async (who: string, action: string, body: object = {}) =>
    api.http.post(`/api/orgs/${code}/measures/${measureId}/lifecycle/${action}`).set(await api.as(who)).send(body).expect(200);

  const mailTo = (address: string, subjectPart: string): Promise<ParsedMail> =>
    smtp.waitFor((m) => sentTo(m, address) && (m.subject ?? '').includes(subjectPart), `to ${address} with "${subjectPart}" in its subject`);

  it('tells the division head of the task, in Thai, with a link to it', async () => {
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(await api.as(org.emails.admin)).expect(200);
    await act(org.emails.executive, 'approvePlan', { approvedOn: '2026-10-20' });
    const mail = await mailTo(org.emails.financeHead, 'มาตรการที่');
    expect(mail.text).toContain('เรียน');
    expect(mail.text).toContain('ความโปร่งใสในการจัดซื้อจัดจ้าง <ปี ๒๕๗๐>');
    expect(mail.text).toContain(`${TEST_PUBLIC_BASE_URL}/orgs/${code}/measures/${measureId}`);
    expect(mail.html).toContain('&lt;ปี ๒๕๗๐&gt;');
    expect(mail.from?.text).toContain('no-reply@prongsai.test');
  });

  it('asks the coordinator to review a submitted report, and gives the owners the returned report with its comment, escaped', async () => {
    await act(org.emails.financeHead, 'acknowledgeAssignment', { divisionId: org.divisions.finance.id, officerIds: [] });
    await lifecycleUntil(api, org.emails.admin, { code, measureId }, reportOpen('Q1'));
    const report = { done: 'จัดทำคู่มือ', results: 'เผยแพร่แล้ว', outcome: 'ประชาชนเข้าถึงได้', completion: 40, evidence: [], publishedOn: null };
    await act(org.emails.financeHead, 'submitReport', { periodKey: 'Q1', content: report });
    const review = await mailTo(org.emails.admin, 'มาตรการที่');
    expect(review.text).toContain('ไตรมาสที่');

    await act(org.emails.admin, 'returnReport', { periodKey: 'Q1', comment: HOSTILE_COMMENT });
    const returned = await mailTo(org.emails.financeHead, 'ส่งกลับ');
    expect(returned.text).toContain(HOSTILE_COMMENT);
    expect(returned.html).not.toContain('<script>');
    expect(returned.html).toContain('&lt;script&gt;');
  });

  it('records a refused recipient as failed for the administrator, and keeps delivering to the others', async () => {
    // Make the engineering officer a coordinator, so the next review request goes to them too.
    await api.dataSource.getRepository(PersonEntity).update({ email: org.emails.engineeringOfficer }, { role: 'admin', divisionId: org.divisions.palad.id });
    const report = { done: 'แก้ไขแล้ว', results: 'ครบถ้วน', outcome: 'ประชาชนเข้าถึงได้', completion: 60, evidence: [], publishedOn: null };
    const before = smtp.received.length;
    await act(org.emails.financeHead, 'submitReport', { periodKey: 'Q1', content: report });
    // This submission's request, not the one the coordinator got for the first submission.
    await smtp.waitFor((m) => smtp.received.indexOf(m) >= before && sentTo(m, org.emails.admin), `a new review request to ${org.emails.admin}`);
    let failed: MailOutboxEntity[] = [];
    for (let attempt = 0; attempt < 100 && failed.length === 0; attempt += 1) {
      failed = await api.dataSource.getRepository(MailOutboxEntity).findBy({ recipientEmail: org.emails.engineeringOfficer, status: 'failed' });
      await sleep(100);
    }
    expect(failed).toHaveLength(1);
    expect(failed[0].lastError).toContain('mailbox unavailable');
    expect(smtp.received.length).toBeGreaterThan(before);
    const listed = await api.http.get(`/api/orgs/${code}/mail/outbox?status=failed`).set(await api.as(org.emails.admin)).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ to: org.emails.engineeringOfficer, status: 'failed', kind: 'awaiting_review' })]);
    await api.http.get(`/api/orgs/${code}/mail/outbox?status=lost`).set(await api.as(org.emails.admin)).expect(400);
    await api.http.get(`/api/orgs/${code}/mail/outbox`).set(await api.as(org.emails.financeOfficer)).expect(403);
  });

  it('never sends one notice twice to one person', async () => {
    const rows = await api.dataSource.getRepository(MailOutboxEntity).find();
    expect(new Set(rows.map((row) => row.idempotencyKey)).size).toBe(rows.length);
    const subjects = smtp.received.map((m) => `${JSON.stringify(m.to)}|${m.messageId}`);
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});
