import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { EvidenceFileEntity } from '@prongsai/persistence';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { ApiHarness, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';
import { seedRoles, type RoleFixture } from '../support/role-fixture';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { workerActivities } from '../support/worker-activities';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Title (รายงานการประชุมคณะกรรมการ) >> endobj\n%%EOF\n');
const THAI_NAME = 'รายงานการประชุม (ครั้งที่ ๑).pdf';
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** The fiscal year we are in (1 Oct 2026 – 30 Sep 2027): its first quarter is open already. */
const YEAR = 2570;

describe.each(['sqlite', 'mariadb'] as const)('evidence files through the API (%s)', (kind) => {
  let api: ApiHarness;
  let roles: RoleFixture;
  let org: string;

  beforeAll(async () => {
    api = await startApi(kind);
    roles = await seedRoles(api);
    org = roles.org;
  });

  afterAll(() => api.close());

  const upload = async (who: string, content: Buffer, fileName: string, options: { field?: string; contentType?: string; organization?: string } = {}) =>
    api.http
      .post(`/api/orgs/${options.organization ?? org}/evidence`)
      .set(await api.as(who))
      .attach(options.field ?? 'file', content, options.contentType ? { filename: fileName, contentType: options.contentType } : fileName);
  const download = async (who: string, url: string) => api.http.get(url).set(await api.as(who)).responseType('blob');
  /** What is on disk for the organisation under test. */
  const storedFiles = () => {
    const folder = path.join(api.dataDir, 'evidence', roles.samai.organization.id);
    return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  };
  const rows = () => api.dataSource.getRepository(EvidenceFileEntity).countBy({ organizationId: roles.samai.organization.id });

  it('takes a Thai-named PDF and gives back the same bytes under the same name', async () => {
    const uploaded = await upload(roles.emails.financeOfficer, PDF, THAI_NAME);

    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ fileName: THAI_NAME, mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF) });
    expect(uploaded.body.url).toBe(`/api/orgs/${org}/evidence/${uploaded.body.id}`);
    expect(fs.readFileSync(path.join(api.dataDir, 'evidence', roles.samai.organization.id, sha256(PDF)))).toEqual(PDF);

    for (const reader of ['executive', 'engineeringOfficer', 'oversight', 'systemAdmin'] as const) {
      const response = await download(roles.emails[reader], uploaded.body.url);
      expect(response.status).toBe(200);
      expect(Buffer.compare(response.body as Buffer, PDF)).toBe(0);
    }
    const response = await download(roles.emails.executive, uploaded.body.url);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(
      "filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1%20%28%E0%B8%84%E0%B8%A3%E0%B8%B1%E0%B9%89%E0%B8%87%E0%B8%97%E0%B8%B5%E0%B9%88%20%E0%B9%91%29.pdf",
    );
    expect(response.headers['content-disposition']).toMatch(/^attachment; /);
    expect(response.headers.etag).toBe(`"${sha256(PDF)}"`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const unchanged = await api.http.get(uploaded.body.url).set(await api.as(roles.emails.executive)).set('If-None-Match', `"${sha256(PDF)}"`);
    expect(unchanged.status).toBe(304);

    const meta = await api.http.get(`${uploaded.body.url}/meta`).set(await api.as(roles.emails.oversight)).expect(200);
    expect(meta.body).toEqual({ ...uploaded.body, uploadedAt: expect.any(String) });
  });

  it('keeps the same content once on disk, with a row for each upload', async () => {
    const content = Buffer.from('ลำดับ,กิจกรรม,ผล\n1,อบรมคุณธรรม,ครบ\n');
    const rowsBefore = await rows();
    const first = await upload(roles.emails.financeHead, content, 'ผลการอบรม.csv');
    const second = await upload(roles.emails.admin, content, 'สำเนา ผลการอบรม.csv');

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.sha256).toBe(first.body.sha256);
    expect(storedFiles().filter((name) => name === first.body.sha256)).toHaveLength(1);
    expect(storedFiles().every((name) => /^[0-9a-f]{64}$/.test(name))).toBe(true);
    expect(await rows()).toBe(rowsBefore + 2);
    expect((await download(roles.emails.executive, second.body.url)).headers['content-disposition']).toContain(encodeURIComponent('สำเนา ผลการอบรม.csv'));
  });

  it('refuses a type it does not take, a file too large, and a missing file, naming `file`, and keeps nothing', async () => {
    const rowsBefore = await rows();
    const filesBefore = storedFiles();

    const exe = await upload(roles.emails.financeOfficer, Buffer.from('MZ\x90\x00'), 'โปรแกรม.exe');
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0]).toMatchObject({ field: 'file', message: expect.stringContaining('.pdf'), messageTh: expect.stringContaining('.pdf') });
    const disguised = await upload(roles.emails.financeOfficer, Buffer.from('<script>alert(1)</script>'), 'รายงาน.pdf', { contentType: 'text/html' });
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors[0].field).toBe('file');

    const large = await upload(roles.emails.financeOfficer, Buffer.alloc(20 * 1024 * 1024 + 1, 0x25), 'ภาพถ่าย.png');
    expect([400, 413]).toContain(large.status);
    expect(large.body.errors[0]).toMatchObject({ field: 'file', message: expect.stringContaining('20 MB'), messageTh: expect.stringContaining('20 MB') });

    const missing = await api.http.post(`/api/orgs/${org}/evidence`).set(await api.as(roles.emails.financeOfficer)).field('note', 'ไม่มีไฟล์').expect(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'file', messageTh: 'กรุณาแนบไฟล์' });
    const wrongField = await upload(roles.emails.financeOfficer, PDF, 'รายงาน.pdf', { field: 'document' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.errors[0].field).toBe('file');
    const empty = await upload(roles.emails.financeOfficer, Buffer.alloc(0), 'รายงาน.pdf');
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('file');

    expect(await rows()).toBe(rowsBefore);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it("keeps each organisation's files to itself, and to those who may act in it", async () => {
    const mine = await upload(roles.emails.financeOfficer, Buffer.from('ไฟล์ข้อความของสมัย'), 'บันทึก.txt');
    expect(mine.status).toBe(201);
    const otherOrg = encodeURIComponent(roles.other.organization.code);

    // Through their own organisation, another organisation's id is no file at all; through ours, they may not look.
    await api.http.get(`/api/orgs/${otherOrg}/evidence/${mine.body.id}`).set(await api.as(roles.emails.otherAdmin)).expect(404);
    await api.http.get(`/api/orgs/${otherOrg}/evidence/${mine.body.id}/meta`).set(await api.as(roles.emails.otherAdmin)).expect(404);
    await api.http.get(mine.body.url).set(await api.as(roles.emails.otherAdmin)).expect(403);
    await api.http.get(mine.body.url).set(await api.as(roles.emails.otherProvinceOversight)).expect(403);

    const rowsBefore = await rows();
    for (const stranger of ['oversight', 'otherAdmin', 'otherProvinceOversight'] as const) {
      const refused = await upload(roles.emails[stranger], PDF, 'รายงาน.pdf');
      expect(refused.status).toBe(403);
      expect(refused.body.messageTh).toBeTruthy();
    }
    expect(await rows()).toBe(rowsBefore);
    // Their own organisation's upload goes to their own folder.
    expect((await upload(roles.emails.otherAdmin, PDF, 'รายงาน.pdf', { organization: otherOrg })).status).toBe(201);
    await api.http.get(`/api/orgs/${otherOrg}/evidence/00000000-0000-4000-8000-000000000000`).set(await api.as(roles.emails.otherAdmin)).expect(404);
  });

  it('asks whoever is not signed in to sign in', async () => {
    const mine = await upload(roles.emails.financeOfficer, PDF, 'รายงาน.pdf');
    const rowsBefore = await rows();

    const anonymous = await api.http.post(`/api/orgs/${org}/evidence`).attach('file', PDF, 'รายงาน.pdf');
    expect(anonymous.status).toBe(401);
    await api.http.get(mine.body.url).expect(401);
    await api.http.get(`${mine.body.url}/meta`).expect(401);
    expect(await rows()).toBe(rowsBefore);
  });

  it('lets a report name only files of its own organisation, and each item a link or a file', async () => {
    const admin = await api.as(roles.emails.admin);
    await api.http.post(`/api/orgs/${org}/fiscal-years`).set(admin).send({ yearBe: YEAR, cadence: 'quarterly' }).expect(201);
    const measure = await api.http
      .post(`/api/orgs/${org}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง', steps: [], ownerDivisionIds: [roles.samai.divisions.finance.id] })
      .expect(201);
    const theirs = await upload(roles.emails.otherAdmin, Buffer.from('ของแม่คะตวน'), 'ของเขา.txt', { organization: encodeURIComponent(roles.other.organization.code) });
    const mine = await upload(roles.emails.financeOfficer, Buffer.from('ของสมัย'), 'ของเรา.txt');
    const report = (evidence: object[]) => ({ periodKey: 'Q1', content: { done: 'ทำแล้ว', results: 'ดี', outcome: 'ดี', completion: 50, evidence, publishedOn: null } });
    const submit = async (action: string, evidence: object[]) =>
      api.http
        .post(`/api/orgs/${org}/measures/${measure.body.id}/lifecycle/${action}`)
        .set(await api.as(roles.emails.financeOfficer))
        .send(report(evidence));

    // Each of these is answered before the lifecycle (no Temporal here) is asked anything.
    for (const action of ['submitReport', 'saveReportDraft']) {
      const foreign = await submit(action, [{ title: 'ลิงก์', url: 'https://www.samai.go.th/a' }, { title: '', fileId: theirs.body.id }]);
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors[0]).toMatchObject({ field: 'content.evidence.1.fileId', messageTh: expect.stringContaining('ไม่พบไฟล์หลักฐาน') });
    }
    const both = await submit('submitReport', [{ title: 'x', url: 'https://www.samai.go.th/a', fileId: mine.body.id }]);
    expect(both.status).toBe(400);
    expect(both.body.errors[0]).toMatchObject({ field: 'content.evidence.0.fileId', message: expect.stringContaining('not both') });
    const neither = await submit('submitReport', [{ title: 'x' }]);
    expect(neither.status).toBe(400);
    expect(neither.body.errors[0].field).toBe('content.evidence.0.url');
    const notHttp = await submit('submitReport', [{ title: 'x', url: 'ftp://www.samai.go.th/a' }]);
    expect(notHttp.status).toBe(400);
    expect(notHttp.body.errors[0].field).toBe('content.evidence.0.url');
    const linkWithoutTitle = await submit('submitReport', [{ url: 'https://www.samai.go.th/a' }]);
    expect(linkWithoutTitle.status).toBe(400);
    expect(linkWithoutTitle.body.errors[0].field).toBe('content.evidence.0.title');
    const notAnId = await submit('submitReport', [{ fileId: 'รายงาน.pdf' }]);
    expect(notAnId.status).toBe(400);
    expect(notAnId.body.errors[0].field).toBe('content.evidence.0.fileId');
  });
});

describe('a progress report with an uploaded file, through the real worker', () => {
  let env: TestWorkflowEnvironment;
  let api: ApiHarness;
  let worker: Worker;
  let running: Promise<void>;
  let org: SeededOrganization;
  let code: string;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    api = await startApi('sqlite', env.address);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลบ้านเอื้อม', 'ลำปาง');
    code = encodeURIComponent(org.organization.code);
    worker = await createTestWorker(env, workerActivities(api.dataSource).activities);
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await api?.close();
    await env?.teardown();
  });

  it('sends the file with its download address and name, which the report then keeps', async () => {
    const admin = await api.as(org.emails.admin);
    await api.http.post(`/api/orgs/${code}/fiscal-years`).set(admin).send({ yearBe: YEAR, cadence: 'quarterly' }).expect(201);
    const measure = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'การประกาศเจตนารมณ์สุจริต', steps: [], ownerDivisionIds: [org.divisions.finance.id] })
      .expect(201);
    const act = async (who: string, action: string, body: object) =>
      api.http.post(`/api/orgs/${code}/measures/${measure.body.id}/lifecycle/${action}`).set(await api.as(who)).send(body);
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(admin).expect(200);
    expect((await act(org.emails.executive, 'approvePlan', { approvedOn: '2026-10-20' })).status).toBe(200);
    expect((await act(org.emails.financeHead, 'acknowledgeAssignment', { divisionId: org.divisions.finance.id, officerIds: [] })).status).toBe(200);
    for (let attempt = 0; ; attempt += 1) {
      const snapshot = (await api.http.get(`/api/orgs/${code}/measures/${measure.body.id}/lifecycle`).set(admin)).body as MeasureLifecycleSnapshot;
      if (snapshot.reports?.some((report) => report.periodKey === 'Q1' && report.status === 'open')) break;
      if (attempt === 100) throw new Error('Q1 never opened');
      await sleep(100);
    }

    const file = await api.http.post(`/api/orgs/${code}/evidence`).set(await api.as(org.emails.financeOfficer)).attach('file', PDF, THAI_NAME).expect(201);
    const content = {
      done: 'ประกาศเจตนารมณ์แล้ว',
      results: 'ลงนามครบทุกกอง',
      outcome: 'บุคลากรรับทราบ',
      completion: 100,
      evidence: [{ title: 'ประกาศบนเว็บไซต์', url: 'https://www.baneuam.go.th/announce' }, { title: '', fileId: file.body.id }],
      publishedOn: null,
    };
    const submitted = await act(org.emails.financeOfficer, 'submitReport', { periodKey: 'Q1', content });

    expect(submitted.status).toBe(200);
    const q1 = (submitted.body as MeasureLifecycleSnapshot).reports.find((report) => report.periodKey === 'Q1')!;
    expect(q1.content?.evidence).toEqual([
      { title: 'ประกาศบนเว็บไซต์', url: 'https://www.baneuam.go.th/announce' },
      { title: THAI_NAME, url: file.body.url, fileId: file.body.id },
    ]);
    const downloaded = await api.http.get(q1.content!.evidence[1].url).set(await api.as(org.emails.executive)).responseType('blob').expect(200);
    expect(Buffer.compare(downloaded.body as Buffer, PDF)).toBe(0);
  });
});
