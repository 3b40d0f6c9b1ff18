import { PeopleService } from '@prongsai/application';
import { MailOutboxEntity, PersonEntity } from '@prongsai/persistence';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { ApiHarness, PASSWORD, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';
import { sleepUntil, TEST_FISCAL_YEAR_BE } from '../support/measure-lifecycle-harness';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { workerActivities } from '../support/worker-activities';

jest.setTimeout(120_000);

/** A mail of the outbox as [kind, escalation level, day, recipient], read from its idempotency key. */
function chainEntry(row: MailOutboxEntity, emails: Map<string, string>): [string, string, string, string] {
  // …|kind|period|escalation level|day|division|recipient
  const parts = row.idempotencyKey.split('|');
  const [kind, , level, day] = parts.slice(-6);
  return [kind, level, day, emails.get(row.recipientPersonId) ?? row.recipientPersonId];
}

describe('a report ignored for three weeks: the reminders and the escalation chain, on working days, by mail', () => {
  let env: TestWorkflowEnvironment;
  let api: ApiHarness;
  let worker: Worker;
  let running: Promise<void>;
  let org: SeededOrganization;
  let code: string;
  let palat: string;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    api = await startApi('sqlite', env.address);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
    code = encodeURIComponent(org.organization.code);
    await api.dataSource.getRepository(PersonEntity).update({ email: org.emails.executive }, { position: 'นายกองค์การบริหารส่วนตำบลสมัย' });
    palat = `palat.${org.organization.id.slice(0, 8)}@org.test`;
    await new PeopleService(api.dataSource.manager).add({
      organizationId: org.organization.id,
      email: palat,
      displayName: 'ปลัด อบต.',
      position: 'ปลัดองค์การบริหารส่วนตำบลสมัย',
      role: 'executive',
      password: PASSWORD,
    });
    worker = await createTestWorker(env, workerActivities(api.dataSource).activities);
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await api?.close();
    await env?.teardown();
  });

  it('reminds the officer 7 and 1 working days before, then tells officer and head, the ปลัด and the นายก the policy names — each once, holidays moving them', async () => {
    const admin = await api.as(org.emails.admin);
    await api.http.post(`/api/orgs/${code}/fiscal-years`).set(admin).send({ yearBe: TEST_FISCAL_YEAR_BE, cadence: 'quarterly' }).expect(201);
    for (const [date, nameTh] of [
      ['2028-11-08', 'วันหยุดพิเศษ'],
      ['2028-11-22', 'วันหยุดชดเชย'],
    ]) {
      await api.http.post(`/api/orgs/${code}/holidays`).set(admin).send({ date, nameTh }).expect(201);
    }
    const person = (email: string) => api.dataSource.getRepository(PersonEntity).findOneByOrFail({ email });
    const policy = { reminderWorkingDaysBefore: [7, 1], escalationDaysAfter: [1, 7, 14], reviewReminderWorkingDays: 2 };
    const notExecutive = await api.http
      .put(`/api/orgs/${code}/fiscal-years/${TEST_FISCAL_YEAR_BE}/policy`)
      .set(admin)
      .send({ ...policy, chiefAdministratorPersonId: (await person(org.emails.financeHead)).id })
      .expect(400);
    expect(JSON.stringify(notExecutive.body)).toContain('chiefAdministratorPersonId');
    await api.http
      .put(`/api/orgs/${code}/fiscal-years/${TEST_FISCAL_YEAR_BE}/policy`)
      .set(admin)
      .send({ ...policy, chiefAdministratorPersonId: (await person(palat)).id, chiefExecutivePersonId: (await person(org.emails.executive)).id })
      .expect(200);
    const created = await api.http
      .post(`/api/orgs/${code}/measures`)
      .set(admin)
      .send({ fiscalYearBe: TEST_FISCAL_YEAR_BE, title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์', steps: [{ text: 'ประกาศแผนจัดซื้อจัดจ้าง', dueDate: '2028-11-15' }], ownerDivisionIds: [org.divisions.finance.id] })
      .expect(201);
    const measureId: string = created.body.id;
    const act = async (who: string, action: string, body: object) =>
      api.http.post(`/api/orgs/${code}/measures/${measureId}/lifecycle/${action}`).set(await api.as(who)).send(body).expect(200);
    await api.http.post(`/api/orgs/${code}/fiscal-years/${TEST_FISCAL_YEAR_BE}/plan/submit`).set(admin).expect(200);
    await act(org.emails.executive, 'approvePlan', { approvedOn: '2028-09-20' });
    const officer = await api.dataSource.getRepository(PersonEntity).findOneByOrFail({ email: org.emails.financeOfficer });
    await act(org.emails.financeHead, 'acknowledgeAssignment', { divisionId: org.divisions.finance.id, officerIds: [officer.id] });

    await sleepUntil(env, '2028-12-04'); // three weeks after the due date; nobody reports

    const emails = new Map((await api.dataSource.getRepository(PersonEntity).find()).map((p) => [p.id, p.email]));
    const rows = (await api.dataSource.getRepository(MailOutboxEntity).findBy({ periodKey: 'step-1' })).filter((row) => row.kind === 'reminder' || row.kind === 'overdue');
    const chain = rows.map((row) => chainEntry(row, emails)).sort((a, b) => a[2].localeCompare(b[2]) || a[3].localeCompare(b[3]));
    expect(chain).toEqual(
      [
        ['reminder', '-', '2028-11-03', org.emails.financeOfficer], // 7 working days before Wednesday 15th: the weekend and the 8th skipped
        ['reminder', '-', '2028-11-14', org.emails.financeOfficer],
        ['overdue', '0', '2028-11-16', org.emails.financeHead],
        ['overdue', '0', '2028-11-16', org.emails.financeOfficer],
        ['overdue', '1', '2028-11-23', palat], // day 7 is the 22nd, a holiday
        ['overdue', '2', '2028-11-29', org.emails.executive],
      ].sort((a, b) => a[2].localeCompare(b[2]) || a[3].localeCompare(b[3])),
    );
    for (let attempt = 0; attempt < 100 && rows.some((row) => row.status !== 'sent'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const row of rows) Object.assign(row, await api.dataSource.getRepository(MailOutboxEntity).findOneByOrFail({ id: row.id }));
    }
    expect(rows.map((row) => [row.status, row.transport])).toEqual(rows.map(() => ['sent', 'mailbox']));
    const mailbox = await api.http.get('/api/dev/mailbox').set(await api.as(palat)).expect(200);
    expect(mailbox.body).toEqual([expect.objectContaining({ to: palat, kind: 'overdue' })]);
    const opened = await api.http.get(`/api/dev/mailbox/${mailbox.body[0].id}`).set(await api.as(palat)).expect(200);
    expect(opened.body.text).toContain('เรียน ปลัดองค์การบริหารส่วนตำบลสมัย');
  });
});
