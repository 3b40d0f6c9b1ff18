import { LIFECYCLE_SEARCH_ATTRIBUTES, type MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { MeasureEntity } from '@prongsai/persistence';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { ApiHarness, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { lifecycleUntil } from '../support/lifecycle-read-model';
import { workerActivities } from '../support/worker-activities';

/** The fiscal year we are in (1 Oct 2026 – 30 Sep 2027): its first quarter is open already. */
const YEAR = 2570;

const REPORT = { done: 'จัดทำคู่มือการจัดซื้อจัดจ้าง', results: 'เผยแพร่บนเว็บไซต์แล้ว', outcome: 'ประชาชนเข้าถึงข้อมูลได้', completion: 60, evidence: [{ title: 'คู่มือ', url: 'https://www.samai.go.th/manual' }], publishedOn: '2026-11-02' };

describe('a measure through plan approval, a returned report and sign-off, through the API and the real worker', () => {
  let env: TestWorkflowEnvironment;
  let api: ApiHarness;
  let worker: Worker;
  let running: Promise<void>;
  let org: SeededOrganization;
  let code: string;
  let measureId: string;

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

  const act = async (who: string, action: string, body: object = {}, onMeasure = measureId) =>
    api.http.post(`/api/orgs/${code}/measures/${onMeasure}/lifecycle/${action}`).set(await api.as(who)).send(body);

  const readModelUntil = (done: (snapshot: MeasureLifecycleSnapshot) => boolean) => lifecycleUntil(api, org.emails.admin, { code, measureId }, done);

  it('follows the lifecycle, refusing every wrong action with its reason', async () => {
    const submitted = await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(await api.as(org.emails.admin)).expect(200);
    expect(submitted.body[0]).toMatchObject({ measureId, status: 'plan_approval' });
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(await api.as(org.emails.financeOfficer)).expect(403);

    const officerApproves = await act(org.emails.financeOfficer, 'approvePlan', { approvedOn: '2026-10-20' });
    expect(officerApproves.status).toBe(403);
    expect(officerApproves.body).toMatchObject({ messageTh: 'บทบาทของท่านไม่มีสิทธิ์ดำเนินการนี้', message: 'Your role may not do this.' });
    const noComment = await act(org.emails.executive, 'returnPlan', { comment: '' });
    expect(noComment.status).toBe(400);
    expect((await act(org.emails.executive, 'approvePlan', { approvedOn: '2026-10-20' })).body).toMatchObject({ status: 'assignment', planApprovedOn: '2026-10-20' });
    expect((await api.http.get(`/api/orgs/${code}/inbox`).set(await api.as(org.emails.financeHead))).body).toContainEqual(
      expect.objectContaining({ measureId, task: 'acknowledge', measureNo: 1, measureTitle: 'ความโปร่งใสในการจัดซื้อจัดจ้าง', fiscalYearBe: YEAR }),
    );
    const acknowledged = await act(org.emails.financeHead, 'acknowledgeAssignment', { divisionId: org.divisions.finance.id, officerIds: [] });
    expect(acknowledged.body.status).toBe('in_progress');
    expect((await api.dataSource.getRepository(MeasureEntity).findOneByOrFail({ id: measureId })).status).toBe('in_progress');

    await readModelUntil((snapshot) => snapshot.reports.some((report) => report.periodKey === 'Q1' && report.status === 'open'));
    const strangerReports = await act(org.emails.engineeringOfficer, 'submitReport', { periodKey: 'Q1', content: REPORT });
    expect(strangerReports.status).toBe(403);
    expect(strangerReports.body.messageTh).toBe('หน่วยงานของท่านไม่ได้รับผิดชอบมาตรการนี้');
    expect((await act(org.emails.financeOfficer, 'submitReport', { periodKey: 'Q1', content: REPORT })).status).toBe(200);
    expect((await api.http.get(`/api/orgs/${code}/inbox`).set(await api.as(org.emails.admin))).body).toContainEqual(
      expect.objectContaining({ measureId, periodKey: 'Q1', task: 'review', section: 'waiting' }),
    );

    expect((await act(org.emails.admin, 'returnReport', { periodKey: 'Q1', comment: 'กรุณาแนบลิงก์หลักฐานการเผยแพร่' })).status).toBe(200);
    await readModelUntil((snapshot) => snapshot.reports.some((report) => report.periodKey === 'Q1' && report.status === 'returned'));
    expect((await api.http.get(`/api/orgs/${code}/inbox`).set(await api.as(org.emails.financeOfficer))).body[0]).toMatchObject({
      measureId,
      periodKey: 'Q1',
      section: 'returned',
    });
    expect((await act(org.emails.financeOfficer, 'submitReport', { periodKey: 'Q1', content: { ...REPORT, completion: 100 } })).status).toBe(200);
    expect((await act(org.emails.admin, 'acceptReport', { periodKey: 'Q1' })).status).toBe(200);

    const signOff = await api.http
      .post(`/api/orgs/${code}/sign-off`)
      .set(await api.as(org.emails.executive))
      .send({ items: [{ measureId, periodKey: 'Q1' }, { measureId, periodKey: 'Q2' }] })
      .expect(200);
    expect(signOff.body[0]).toEqual({ measureId, periodKey: 'Q1', ok: true });
    expect(signOff.body[1]).toMatchObject({ ok: false });
    expect(signOff.body[1].messageTh).toBeTruthy();

    const final = await readModelUntil((snapshot) => snapshot.reports.some((report) => report.periodKey === 'Q1' && report.status === 'signed_off'));
    const q1 = final.reports.find((report) => report.periodKey === 'Q1')!;
    expect(q1.content).toMatchObject({ completion: 100, done: REPORT.done });
    const description = await env.client.workflow.getHandle(final.workflowId).describe();
    expect(description.typedSearchAttributes.get(LIFECYCLE_SEARCH_ATTRIBUTES.status)).toBe('in_progress');
    expect(description.typedSearchAttributes.get(LIFECYCLE_SEARCH_ATTRIBUTES.divisions)).toEqual([org.divisions.finance.id]);
    expect(description.typedSearchAttributes.get(LIFECYCLE_SEARCH_ATTRIBUTES.nextDueDate)?.toISOString()).toBe('2027-04-14T17:00:00.000Z');
    expect(final.events.map((event) => event.action)).toEqual(expect.arrayContaining(['submitPlan', 'approvePlan', 'acknowledgeAssignment', 'submitReport', 'returnReport', 'acceptReport', 'signOff']));
  });

  it('lets a stand-in approve for an absent executive only while a delegation covers today, recording both', async () => {
    const admin = await api.as(org.emails.admin);
    const created = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, no: 10, title: 'การเปิดเผยข้อมูลต่อสาธารณชน', steps: [], ownerDivisionIds: [org.divisions.palad.id] })
      .expect(201);
    const other = created.body.id as string;
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(admin).expect(200);
    const people = (await api.http.get(`/api/orgs/${code}/people`).set(admin)).body.items as { id: string; email: string }[];
    const idOf = (email: string) => people.find((person) => person.email === email)!.id;
    const approve = async () =>
      api.http
        .post(`/api/orgs/${code}/measures/${other}/lifecycle/approvePlan`)
        .set(await api.as(org.emails.financeHead))
        .send({ approvedOn: '2026-11-01', onBehalfOfPersonId: idOf(org.emails.executive) });

    expect((await approve()).body.messageTh).toBe('ท่านไม่ได้รับมอบหมายให้ปฏิบัติหน้าที่แทนบุคคลนี้ในวันนี้');
    const delegation = { delegatorPersonId: idOf(org.emails.executive), delegatePersonId: idOf(org.emails.financeHead), startsOn: '2026-01-01', endsOn: '2030-12-31' };
    await api.http.post(`/api/orgs/${code}/delegations`).set(await api.as(org.emails.financeOfficer)).send(delegation).expect(403);
    await api.http.post(`/api/orgs/${code}/delegations`).set(admin).send({ ...delegation, endsOn: '2025-12-31' }).expect(400);
    await api.http.post(`/api/orgs/${code}/delegations`).set(admin).send(delegation).expect(201);

    const approved = await approve();
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('assignment');
    expect(approved.body.events.at(-1)).toMatchObject({
      action: 'approvePlan',
      actorPersonId: idOf(org.emails.financeHead),
      onBehalfOfPersonId: idOf(org.emails.executive),
    });
  });

  it('lets the administrator change the reminder policy, which running lifecycles receive at once', async () => {
    expect((await api.http.get(`/api/orgs/${code}/fiscal-years/${YEAR}/policy`).set(await api.as(org.emails.financeOfficer))).body).toEqual({
      reminderWorkingDaysBefore: [7, 1],
      escalationDaysAfter: [1, 7, 14],
      reviewReminderWorkingDays: 2,
    });
    const policy = { reminderWorkingDaysBefore: [10, 3], escalationDaysAfter: [2, 9, 16], reviewReminderWorkingDays: 3 };
    await api.http.put(`/api/orgs/${code}/fiscal-years/${YEAR}/policy`).set(await api.as(org.emails.executive)).send(policy).expect(403);
    const bad = await api.http.put(`/api/orgs/${code}/fiscal-years/${YEAR}/policy`).set(await api.as(org.emails.admin)).send({ ...policy, reminderWorkingDaysBefore: [-1] }).expect(400);
    expect(bad.body.errors[0].field).toBe('reminderWorkingDaysBefore');
    const saved = await api.http.put(`/api/orgs/${code}/fiscal-years/${YEAR}/policy`).set(await api.as(org.emails.admin)).send(policy).expect(200);
    expect(saved.body.policy).toEqual(policy);
    expect(saved.body.signalled).toBeGreaterThanOrEqual(1);
    const history = await env.client.workflow.getHandle(`measure/${org.organization.id}/${YEAR}/${measureId}`).fetchHistory();
    const signals = (history.events ?? []).filter((event) => event.workflowExecutionSignaledEventAttributes?.signalName === 'policyChanged');
    expect(signals.length).toBeGreaterThanOrEqual(1);
    expect((await api.http.get(`/api/orgs/${code}/fiscal-years/${YEAR}/policy`).set(await api.as(org.emails.admin))).body).toEqual(policy);
  });

  it('tells running lifecycles when the administrator adds or removes a holiday, with the whole list as it stands', async () => {
    const admin = await api.as(org.emails.admin);
    // A signal that arrives while the workflow is busy enters its history when that task ends.
    const lastHolidaysSignalled = async (expected: (holidays: string[]) => boolean) => {
      for (let attempt = 0; ; attempt += 1) {
        const history = await env.client.workflow.getHandle(`measure/${org.organization.id}/${YEAR}/${measureId}`).fetchHistory();
        const signalled = (history.events ?? [])
          .filter((event) => event.workflowExecutionSignaledEventAttributes?.signalName === 'holidaysChanged')
          .map((event) => JSON.parse(Buffer.from(event.workflowExecutionSignaledEventAttributes!.input!.payloads![0].data!).toString()) as string[]);
        if ((signalled.length > 0 && expected(signalled.at(-1)!)) || attempt === 50) return signalled.at(-1);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const added = await api.http.post(`/api/orgs/${code}/holidays`).set(admin).send({ date: '2027-01-04', nameTh: 'วันหยุดพิเศษเพิ่มเติม' }).expect(201);
    expect(await lastHolidaysSignalled((holidays) => holidays.includes('2027-01-04'))).toContain('2027-01-04');
    await api.http.delete(`/api/orgs/${code}/holidays/${added.body.id}`).set(admin).expect(204);
    expect(await lastHolidaysSignalled((holidays) => !holidays.includes('2027-01-04'))).not.toContain('2027-01-04');
    // A holiday early in the next fiscal year still falls in this year's last reporting window.
    await api.http.post(`/api/orgs/${code}/holidays`).set(admin).send({ date: '2027-10-13', nameTh: 'วันนวมินทรมหาราช' }).expect(201);
    expect(await lastHolidaysSignalled((holidays) => holidays.includes('2027-10-13'))).toContain('2027-10-13');
  });

  it("lists a year's lifecycles from the read model, each person seeing only the measures they may read", async () => {
    const lifecyclesSeenBy = async (email: string) =>
      (await api.http.get(`/api/orgs/${code}/fiscal-years/${YEAR}/lifecycles`).set(await api.as(email)).expect(200)).body as MeasureLifecycleSnapshot[];
    expect((await lifecyclesSeenBy(org.emails.admin)).map((snapshot) => snapshot.measureId)).toContain(measureId);
    expect((await lifecyclesSeenBy(org.emails.financeOfficer)).map((snapshot) => snapshot.measureId)).toContain(measureId);
    expect(await lifecyclesSeenBy(org.emails.engineeringOfficer)).toEqual([]);
    expect((await api.http.get(`/api/orgs/${code}/fiscal-years/${YEAR + 1}/lifecycles`).set(await api.as(org.emails.admin)).expect(200)).body).toEqual([]);
  });

  it('hands a reassigned measure to the new division: it sees the measure and its steps, the old one no longer does', async () => {
    const admin = await api.as(org.emails.admin);
    const created = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'การตรวจสอบการใช้รถราชการ', steps: [{ text: 'ตรวจสมุดบันทึกการใช้รถ', ownerDivisionId: org.divisions.engineering.id }], ownerDivisionIds: [org.divisions.engineering.id] })
      .expect(201);
    const vehicles = created.body.id as string;
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(admin).expect(200);
    const reassign = { fromDivisionId: org.divisions.engineering.id, toDivisionId: org.divisions.finance.id };
    expect((await api.http.post(`/api/orgs/${code}/measures/${vehicles}/lifecycle/reassign`).set(admin).send(reassign)).status).toBe(200);

    await lifecycleUntil(api, org.emails.admin, { code, measureId: vehicles }, (snapshot) => snapshot.assignments[0]?.divisionId === org.divisions.finance.id);
    const seenByFinance = await api.http.get(`/api/orgs/${code}/measures/${vehicles}`).set(await api.as(org.emails.financeOfficer)).expect(200);
    expect(seenByFinance.body.owners).toEqual([expect.objectContaining({ divisionId: org.divisions.finance.id, role: 'lead' })]);
    expect(seenByFinance.body.steps[0].ownerDivisionId).toBe(org.divisions.finance.id);
    await api.http.get(`/api/orgs/${code}/measures/${vehicles}/lifecycle`).set(await api.as(org.emails.financeOfficer)).expect(200);
    await api.http.get(`/api/orgs/${code}/measures/${vehicles}`).set(await api.as(org.emails.engineeringOfficer)).expect(403);
  });

  it("gives a stand-in for an absent division head that division's measures and tasks, marked whose, while the delegation lasts", async () => {
    const admin = await api.as(org.emails.admin);
    const created = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: YEAR, title: 'การจัดทำทะเบียนทรัพย์สิน', steps: [], ownerDivisionIds: [org.divisions.finance.id] })
      .expect(201);
    const assets = created.body.id as string;
    await api.http.post(`/api/orgs/${code}/fiscal-years/${YEAR}/plan/submit`).set(admin).expect(200);
    await act(org.emails.executive, 'approvePlan', { approvedOn: '2026-11-01' }, assets);
    await lifecycleUntil(api, org.emails.admin, { code, measureId: assets }, (snapshot) => snapshot.status === 'assignment');
    const people = (await api.http.get(`/api/orgs/${code}/people`).set(admin)).body.items as { id: string; email: string }[];
    const idOf = (email: string) => people.find((person) => person.email === email)!.id;
    const standIn = await api.as(org.emails.engineeringOfficer);
    const inbox = async () => (await api.http.get(`/api/orgs/${code}/inbox`).set(standIn).expect(200)).body as { measureId: string; task: string; onBehalfOf?: { personId: string } }[];

    await api.http.get(`/api/orgs/${code}/measures/${assets}`).set(standIn).expect(403);
    expect((await api.http.get(`/api/orgs/${code}/delegations/mine`).set(standIn).expect(200)).body).toEqual([]);
    expect((await inbox()).filter((item) => item.measureId === assets)).toEqual([]);

    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const delegation = await api.http
      .post(`/api/orgs/${code}/delegations`)
      .set(admin)
      .send({ delegatorPersonId: idOf(org.emails.financeHead), delegatePersonId: idOf(org.emails.engineeringOfficer), startsOn: today, endsOn: today })
      .expect(201);
    expect((await api.http.get(`/api/orgs/${code}/delegations/mine`).set(standIn).expect(200)).body).toEqual([
      expect.objectContaining({ personId: idOf(org.emails.financeHead), role: 'division_head', divisionId: org.divisions.finance.id, endsOn: today }),
    ]);
    await api.http.get(`/api/orgs/${code}/measures/${assets}`).set(standIn).expect(200);
    const seen = (await api.http.get(`/api/orgs/${code}/fiscal-years/${YEAR}/lifecycles`).set(standIn).expect(200)).body as MeasureLifecycleSnapshot[];
    expect(seen.map((snapshot) => snapshot.measureId)).toContain(assets);
    const theirs = (await inbox()).filter((item) => item.measureId === assets);
    expect(theirs.map((item) => item.task).sort()).toEqual(['acknowledge', 'report']);
    expect(theirs.map((item) => item.onBehalfOf)).toEqual([0, 1].map(() => ({ personId: idOf(org.emails.financeHead), displayName: 'finance-head' })));

    const acknowledged = await api.http
      .post(`/api/orgs/${code}/measures/${assets}/lifecycle/acknowledgeAssignment`)
      .set(standIn)
      .send({ divisionId: org.divisions.finance.id, officerIds: [], onBehalfOfPersonId: idOf(org.emails.financeHead) })
      .expect(200);
    expect(acknowledged.body.events.at(-1)).toMatchObject({ actorPersonId: idOf(org.emails.engineeringOfficer), onBehalfOfPersonId: idOf(org.emails.financeHead) });

    await api.http.delete(`/api/orgs/${code}/delegations/${delegation.body.id}`).set(admin).expect(204);
    await api.http.get(`/api/orgs/${code}/measures/${assets}`).set(standIn).expect(403);
  });

  it('answers an unknown action and an action on a measure never submitted clearly', async () => {
    await api.http.post(`/api/orgs/${code}/measures/${measureId}/lifecycle/approveEverything`).set(await api.as(org.emails.executive)).send({}).expect(404);
    const other = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(await api.as(org.emails.admin))
      .send({ fiscalYearBe: YEAR, title: 'มาตรการที่ยังเป็นร่าง', steps: [], allDivisions: true })
      .expect(201);
    const response = await api.http.post(`/api/orgs/${code}/measures/${other.body.id}/lifecycle/approvePlan`).set(await api.as(org.emails.executive)).send({ approvedOn: '2026-10-20' });
    expect(response.status).toBe(409);
    expect(response.body.messageTh).toBe('มาตรการนี้ยังไม่ได้เสนอแผน');
  });
});
