import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PlanImportService } from '@prongsai/application';
import { MailOutboxEntity } from '@prongsai/persistence';
import { parsePlanDocument } from '@prongsai/importer';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { Response } from 'supertest';
import { ApiHarness, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';
import { roundReportWorkflowId } from '@prongsai/contracts';
import { saveHistoriesIfRecording } from '../support/measure-lifecycle-harness';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { lifecycleUntil, reportOpen } from '../support/lifecycle-read-model';
import { workerActivities } from '../support/worker-activities';

jest.setTimeout(120_000);

/** The fiscal year we are in (1 Oct 2026 – 30 Sep 2027): its first quarter is open already. */
const YEAR = 2570;
const SAMAI = path.resolve(__dirname, '../fixtures/seeds/000_e8f2a115087a8358.txt');

/** supertest keeps binary bodies as Buffers only when asked. */
const binary = (res: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('round reports: compiled from the measures, returned or signed off by the executive, published on a public page', () => {
  let env: TestWorkflowEnvironment;
  let api: ApiHarness;
  let worker: Worker;
  let running: Promise<void>;
  let org: SeededOrganization;
  let code: string;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    api = await startApi('sqlite', env.address);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
    code = encodeURIComponent(org.organization.code);
    worker = await createTestWorker(env, workerActivities(api.dataSource, {}, api.dataDir).activities);
    running = worker.run();
    const admin = await api.as(org.emails.admin);
    await api.http.post(`/api/orgs/${code}/fiscal-years`).set(admin).send({ yearBe: YEAR, cadence: 'quarterly' }).expect(201);
    const created = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', steps: [{ text: 'ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์' }], ownerDivisionIds: [org.divisions.finance.id] })
      .expect(201);
    const measureId = created.body.id as string;
    const act = async (who: string, action: string, body: object = {}) =>
      api.http.post(`/api/orgs/${code}/measures/${measureId}/lifecycle/${action}`).set(await api.as(who)).send(body).expect(200);
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(admin).expect(200);
    await act(org.emails.executive, 'approvePlan', { approvedOn: '2026-10-20' });
    await act(org.emails.financeHead, 'acknowledgeAssignment', { divisionId: org.divisions.finance.id, officerIds: [] });
    await lifecycleUntil(api, org.emails.admin, { code, measureId }, reportOpen('Q1'));
    const content = { done: 'ประกาศแผนแล้ว', results: 'เผยแพร่ครบ ๑๒ รายการ', outcome: 'ประชาชนตรวจสอบได้', completion: 100, evidence: [], publishedOn: '2026-11-02' };
    await act(org.emails.financeHead, 'submitReport', { periodKey: 'Q1', content });
    await act(org.emails.admin, 'acceptReport', { periodKey: 'Q1' });
    await act(org.emails.executive, 'signOff', { periodKey: 'Q1' });
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await api?.close();
    await env?.teardown();
  });

  async function compiled(): Promise<{ id: string; version: number; files: { format: string; fileName: string; sha256: string; url: string }[] }> {
    const started = await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/reports/Q1`).set(await api.as(org.emails.admin)).expect(201);
    expect(started.body.status).toBe('compiling');
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const report = await api.http.get(`/api/orgs/${code}/reports/${started.body.id}`).set(await api.as(org.emails.admin));
      if (report.body.status === 'awaiting_sign_off') return report.body;
      await sleep(100);
    }
    throw new Error('the report was never compiled');
  }

  it('compiles every format, lets only the executive decide, and takes a return with its comment', async () => {
    const first = await compiled();
    expect(first.version).toBe(1);
    const asked = await api.dataSource.getRepository(MailOutboxEntity).findBy({ kind: 'round_report_awaiting_sign_off' });
    expect(asked.map((mail) => [mail.recipientEmail, mail.subject])).toEqual([[org.emails.executive, expect.stringContaining('รอการลงนาม')]]);
    expect(first.files.map((f) => f.format).sort()).toEqual(['csv', 'docx', 'html', 'json', 'pdf', 'xlsx']);
    const json = await api.http.get(first.files.find((f) => f.format === 'json')!.url).set(await api.as(org.emails.financeOfficer)).expect(200);
    expect(JSON.parse(json.text).sections[0].rows[0]).toMatchObject({ title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', outcome: 'ประชาชนตรวจสอบได้' });

    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/reports/Q1`).set(await api.as(org.emails.admin)).expect(409); // one waits already
    await api.http.post(`/api/orgs/${code}/reports/${first.id}/sign-off`).set(await api.as(org.emails.financeHead)).send({}).expect(403);
    await api.http.post(`/api/orgs/${code}/reports/${first.id}/return`).set(await api.as(org.emails.executive)).send({}).expect(400); // no comment
    const returned = await api.http.post(`/api/orgs/${code}/reports/${first.id}/return`).set(await api.as(org.emails.executive)).send({ comment: 'โปรดเพิ่มภาพประกอบ' }).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', comment: 'โปรดเพิ่มภาพประกอบ' });
    const told = await api.dataSource.getRepository(MailOutboxEntity).findBy({ kind: 'round_report_decided' });
    expect(told.map((mail) => [mail.recipientEmail, mail.subject])).toEqual([[org.emails.admin, expect.stringContaining('ส่งคืน')]]);
    expect((told[0].input as { data: { comment: string } }).data.comment).toBe('โปรดเพิ่มภาพประกอบ');
    await saveHistoriesIfRecording(env, roundReportWorkflowId(first.id), [undefined], 'returned', 'round-report');
  });

  it('publishes a signed-off version, which no endpoint changes afterwards; a correction is the next version and both stay', async () => {
    const second = await compiled();
    expect(second.version).toBe(2);
    expect((await api.http.post(`/api/orgs/${code}/reports/${second.id}/sign-off`).set(await api.as(org.emails.executive)).send({}).expect(200)).body.status).toBe('published');
    await api.http.post(`/api/orgs/${code}/reports/${second.id}/sign-off`).set(await api.as(org.emails.executive)).send({}).expect(409);
    await saveHistoriesIfRecording(env, roundReportWorkflowId(second.id), [undefined], 'signed-off', 'round-report');
    await api.http.post(`/api/orgs/${code}/reports/${second.id}/return`).set(await api.as(org.emails.executive)).send({ comment: 'ย้อนหลัง' }).expect(409);

    const third = await compiled();
    await api.http.post(`/api/orgs/${code}/reports/${third.id}/sign-off`).set(await api.as(org.emails.executive)).send({}).expect(200);
    const versions = await api.http.get(`/api/orgs/${code}/fiscal-years/${YEAR}/reports`).set(await api.as(org.emails.admin)).expect(200);
    expect(versions.body.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [3, 'published'],
      [2, 'published'],
      [1, 'returned'],
    ]);
  });

  it('shows the public page without sign-in: the measures with their signed-off results, every published version with its files and their SHA-256', async () => {
    const page = await api.http.get(`/api/public/orgs/${code}`).expect(200);
    const year = page.body.fiscalYears.find((y: { yearBe: number }) => y.yearBe === YEAR);
    expect(year.measures).toEqual([expect.objectContaining({ no: 1, title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', results: [expect.objectContaining({ periodKey: 'Q1', outcome: 'ประชาชนตรวจสอบได้' })] })]);
    expect(year.reports.map((r: { version: number }) => r.version)).toEqual([3, 2]);
    for (const file of year.reports[1].files as { url: string; sha256: string }[]) {
      const download = await api.http.get(file.url).buffer(true).parse(binary).expect(200);
      expect(createHash('sha256').update(download.body as Buffer).digest('hex')).toBe(file.sha256);
    }
    const returned = (await api.http.get(`/api/orgs/${code}/fiscal-years/${YEAR}/reports`).set(await api.as(org.emails.admin))).body.find((v: { status: string }) => v.status === 'returned');
    await api.http.get(`/api/public/orgs/${code}/reports/${returned.id}/${returned.files[0].fileName}`).expect(404);
    await api.http.get('/api/public/orgs/ไม่มี').expect(404);
  });

  it('lists a past year imported as an archive on the public page, and renders it in every format', async () => {
    const preview = await parsePlanDocument({ fileName: 'samai.txt', content: fs.readFileSync(SAMAI) });
    await api.dataSource.transaction((manager) => new PlanImportService(manager).apply(preview, { archive: true }));
    const page = await api.http.get(`/api/public/orgs/${encodeURIComponent('สมัย')}`).expect(200);
    const archived = page.body.fiscalYears.find((y: { yearBe: number }) => y.yearBe === 2568);
    expect(archived).toMatchObject({ archived: true });
    expect(archived.measures.length).toBeGreaterThan(3);
    const pdf = archived.archive.find((a: { format: string }) => a.format === 'pdf');
    const rendered = await api.http.get(pdf.url).buffer(true).parse(binary).expect(200);
    expect((rendered.body as Buffer).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const html = archived.archive.find((a: { format: string }) => a.format === 'html');
    expect((await api.http.get(html.url).expect(200)).text).toContain('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส');
  });
  it('lets a stand-in sign off for the executive while a delegation covers today: asked by mail, both recorded, both named in the mail', async () => {
    const admin = await api.as(org.emails.admin);
    const people = (await api.http.get(`/api/orgs/${code}/people`).set(admin)).body.items as { id: string; email: string }[];
    const idOf = (email: string) => people.find((person) => person.email === email)!.id;
    const standIn = await api.as(org.emails.engineeringOfficer);
    const waiting = await compiled();
    const signOffFor = (onBehalfOfPersonId: string) => api.http.post(`/api/orgs/${code}/reports/${waiting.id}/sign-off`).set(standIn).send({ onBehalfOfPersonId });

    expect((await signOffFor(idOf(org.emails.executive)).expect(403)).body.messageTh).toBe('ท่านไม่ได้รับมอบหมายให้ปฏิบัติหน้าที่แทนบุคคลนี้ในวันนี้');
    await api.http.post(`/api/orgs/${code}/reports/${waiting.id}/sign-off`).set(standIn).send({ onBehalfOfPersonId: 'not-a-person' }).expect(400);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await api.http
      .post(`/api/orgs/${code}/delegations`)
      .set(admin)
      .send({ delegatorPersonId: idOf(org.emails.executive), delegatePersonId: idOf(org.emails.engineeringOfficer), startsOn: today, endsOn: today })
      .expect(201);

    const signed = await signOffFor(idOf(org.emails.executive)).expect(200);
    expect(signed.body).toMatchObject({ status: 'published', decidedByPersonId: idOf(org.emails.engineeringOfficer), decidedOnBehalfOfPersonId: idOf(org.emails.executive) });
    const told = await api.dataSource.getRepository(MailOutboxEntity).findBy({ kind: 'round_report_decided', recipientEmail: org.emails.admin });
    const latest = told.find((mail) => mail.idempotencyKey.includes(waiting.id))!;
    expect((latest.input as { data: object }).data).toMatchObject({ decidedBy: 'engineering-officer', decidedOnBehalfOf: 'executive' });

    const asked = await compiled();
    const askedMails = await api.dataSource.getRepository(MailOutboxEntity).findBy({ kind: 'round_report_awaiting_sign_off' });
    expect(askedMails.filter((mail) => mail.idempotencyKey.includes(asked.id)).map((mail) => mail.recipientEmail).sort()).toEqual([org.emails.engineeringOfficer, org.emails.executive].sort());
    const linkFor = (email: string) => (askedMails.find((mail) => mail.idempotencyKey.includes(asked.id) && mail.recipientEmail === email)!.input as { data: { link: string } }).data.link;
    expect(linkFor(org.emails.engineeringOfficer)).toMatch(new RegExp(`/reports/${asked.id}\\?for=${idOf(org.emails.executive)}$`));
    expect(linkFor(org.emails.executive)).toMatch(new RegExp(`/reports/${asked.id}$`));
  });
});
