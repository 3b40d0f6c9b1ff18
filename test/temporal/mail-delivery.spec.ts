import { MailOutboxService } from '@prongsai/application';
import { deliverMailWorkflowId, PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { sampleMailInput } from '@prongsai/mail';
import { MailOutboxEntity, migrateDatabase, openDatabase, OrganizationEntity, PersonEntity } from '@prongsai/persistence';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { deliverMailWorkflow } from '../../workflows/src';
import { seedOrganization } from '../support/api-harness';
import { createTestDatabase, type TestDatabase } from '../support/database-targets';
import { sentTo, startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server';
import { saveHistoriesIfRecording } from '../support/measure-lifecycle-harness';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { workerActivities } from '../support/worker-activities';

jest.setTimeout(60_000);

describe('delivering outbox mail with retries, on the time-skipping server and a real SMTP server', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let dataSource: DataSource;
  let smtp: SmtpTestServer;
  let officer: PersonEntity;
  let organization: OrganizationEntity;

  beforeEach(async () => {
    env = await startTimeSkippingServer();
    database = await createTestDatabase('sqlite');
    await migrateDatabase(database.target);
    dataSource = await openDatabase(database.target);
    const seeded = await seedOrganization(dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
    organization = seeded.organization;
    officer = await dataSource.getRepository(PersonEntity).findOneByOrFail({ email: seeded.emails.financeOfficer });
    smtp = await startSmtpTestServer();
  });

  afterEach(async () => {
    await smtp?.close();
    await dataSource?.destroy();
    await database?.dispose();
    await env?.teardown();
  });

  async function outboxMail(): Promise<MailOutboxEntity> {
    const row = await new MailOutboxService(dataSource.manager, 'http://prongsai.test').enqueue({
      organization,
      person: officer,
      kind: 'period_opened',
      idempotencyKey: `test|period_opened|${officer.id}`,
      data: sampleMailInput('period_opened', 'th').data,
    });
    return row!;
  }

  const startDelivery = (row: MailOutboxEntity) =>
    env.client.workflow.start(deliverMailWorkflow, { workflowId: deliverMailWorkflowId(row.id), taskQueue: PRONGSAI_TASK_QUEUE, args: [row.id] });

  it('keeps trying while the mail server refuses for an hour, then delivers the mail once', async () => {
    const { activities, sender } = workerActivities(dataSource, { smtpUrl: smtp.url });
    const worker = await createTestWorker(env, activities);
    const row = await outboxMail();
    smtp.refuseEverything = true;
    const outcome = await worker.runUntil(async () => {
      const handle = await startDelivery(row);
      await env.sleep(60 * 60_000);
      const waiting = await dataSource.getRepository(MailOutboxEntity).findOneByOrFail({ id: row.id });
      expect(waiting).toMatchObject({ status: 'pending', lastError: expect.stringContaining('try again later') });
      expect(waiting.attempts).toBeGreaterThanOrEqual(5); // 30 s, 1, 2, 4, 8, 16 minutes…
      smtp.refuseEverything = false;
      const sent = await handle.result();
      await saveHistoriesIfRecording(env, handle.workflowId, [undefined], 'smtp-refusing', 'deliver-mail');
      return sent;
    });
    sender.onApplicationShutdown();
    expect(outcome).toBe('sent');
    expect(smtp.received.filter((mail) => sentTo(mail, officer.email))).toHaveLength(1);
    expect(await dataSource.getRepository(MailOutboxEntity).findOneByOrFail({ id: row.id })).toMatchObject({ status: 'sent', transport: 'smtp', lastError: null });
  });

  it('sends nothing twice when the attempt that sent the mail never reports back (the worker died after sending)', async () => {
    const { activities, sender } = workerActivities(dataSource, { smtpUrl: smtp.url });
    const deliver = activities.deliverOutboxMail as (id: string) => Promise<string>;
    let attempts = 0;
    activities.deliverOutboxMail = async (id: string) => {
      attempts += 1;
      const outcome = await deliver(id);
      // The first attempt delivers and records the mail, then is lost before Temporal hears of it.
      if (attempts === 1) throw new Error('worker lost after sending');
      return outcome;
    };
    const row = await outboxMail();
    const outcome = await (await createTestWorker(env, activities)).runUntil(async () => (await startDelivery(row)).result());
    sender.onApplicationShutdown();
    expect(attempts).toBe(2);
    expect(outcome).toBe('skipped');
    expect(smtp.received.filter((mail) => sentTo(mail, officer.email))).toHaveLength(1);
    expect(await dataSource.getRepository(MailOutboxEntity).findOneByOrFail({ id: row.id })).toMatchObject({ status: 'sent' });
  });

  it('keeps mail in the local mailbox when no SMTP_URL is set', async () => {
    const { activities } = workerActivities(dataSource);
    const row = await outboxMail();
    const outcome = await (await createTestWorker(env, activities)).runUntil(async () => (await startDelivery(row)).result());
    expect(outcome).toBe('sent');
    expect(await dataSource.getRepository(MailOutboxEntity).findOneByOrFail({ id: row.id })).toMatchObject({ status: 'sent', transport: 'mailbox' });
    expect(smtp.received).toHaveLength(0);
  });
});
