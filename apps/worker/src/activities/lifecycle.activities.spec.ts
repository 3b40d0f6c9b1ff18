import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LifecycleNotification, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { LifecycleNotificationEntity, MeasureLifecycleEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import type { DataSource } from 'typeorm';
import { MailDeliveries } from '../mail/mail-deliveries';
import { LifecycleActivitiesService } from './lifecycle.activities';

function snapshot(revision: number, status: MeasureLifecycleSnapshot['status']): MeasureLifecycleSnapshot {
  return {
    workflowId: 'measure/org/2568/m1',
    organizationId: 'org',
    fiscalYearBe: 2568,
    measureId: 'm1',
    revision,
    status,
    planApprovedOn: null,
    assignments: [],
    reports: [],
    events: [{ at: '2024-10-01T00:00:00.000Z', action: `revision ${revision}`, actorPersonId: null, onBehalfOfPersonId: null, periodKey: null, comment: 'ทดสอบ' }],
  };
}

describe('the lifecycle read model activities', () => {
  let dir: string;
  let dataSource: DataSource;
  let activities: LifecycleActivitiesService;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-lifecycle-'));
    const target = { kind: 'sqlite' as const, file: path.join(dir, 'db.sqlite') };
    await migrateDatabase(target);
    dataSource = await openDatabase(target);
    activities = new LifecycleActivitiesService(dataSource, { publicBaseUrl: 'http://prongsai.test' }, new MailDeliveries());
  });

  afterEach(async () => {
    await dataSource.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the newest revision, whatever order retries arrive in', async () => {
    await activities.recordLifecycleSnapshot(snapshot(1, 'draft'));
    await activities.recordLifecycleSnapshot(snapshot(3, 'in_progress'));
    await activities.recordLifecycleSnapshot(snapshot(2, 'plan_approval'));
    await activities.recordLifecycleSnapshot(snapshot(3, 'in_progress'));
    const stored = await dataSource.getRepository(MeasureLifecycleEntity).findOneByOrFail({ workflowId: 'measure/org/2568/m1' });
    expect(stored).toMatchObject({ revision: 3, status: 'in_progress' });
    expect(stored.snapshot.events[0].comment).toBe('ทดสอบ');
  });

  it('records a notification once however often the activity is retried', async () => {
    const overdue: LifecycleNotification = {
      workflowId: 'measure/org/2568/m1',
      organizationId: 'org',
      measureId: 'm1',
      kind: 'overdue',
      periodKey: 'Q1',
      escalationLevel: 1,
      dueDate: '2024-12-31',
    };
    await activities.recordLifecycleNotification(overdue);
    await activities.recordLifecycleNotification(overdue);
    await activities.recordLifecycleNotification({ ...overdue, escalationLevel: 2 });
    expect(await dataSource.getRepository(LifecycleNotificationEntity).count()).toBe(2);
  });

  it('keeps both reminders of one period, which differ only by their day', async () => {
    const reminder: LifecycleNotification = {
      workflowId: 'measure/org/2568/m1',
      organizationId: 'org',
      measureId: 'm1',
      kind: 'reminder',
      periodKey: 'Q1',
      escalationLevel: null,
      dueDate: '2025-01-15',
      on: '2025-01-06',
    };
    await activities.recordLifecycleNotification(reminder);
    await activities.recordLifecycleNotification({ ...reminder, on: '2025-01-14' });
    await activities.recordLifecycleNotification({ ...reminder, on: '2025-01-14' });
    expect(await dataSource.getRepository(LifecycleNotificationEntity).count()).toBe(2);
  });
});
