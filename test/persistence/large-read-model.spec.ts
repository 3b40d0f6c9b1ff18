import type { MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { MeasureLifecycleEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import { MailDeliveries } from '../../apps/worker/src/mail/mail-deliveries';
import { LifecycleActivitiesService } from '../../apps/worker/src/activities/lifecycle.activities';
import { createTestDatabase, DATABASE_KINDS } from '../support/database-targets';

/** A year of a measure at the limits people may write: four reports of 3 × 10,000 characters, 200 events. */
function bigSnapshot(): MeasureLifecycleSnapshot {
  const text = 'รายงานผลการดำเนินการตามมาตรการ '.repeat(320).slice(0, 10_000);
  return {
    workflowId: 'measure/org/2568/m-big',
    organizationId: 'org',
    fiscalYearBe: 2568,
    measureId: 'm-big',
    revision: 1,
    status: 'in_progress',
    planApprovedOn: '2024-10-15',
    assignments: [{ divisionId: 'd', acknowledged: true, officerIds: ['p'] }],
    reports: ['Q1', 'Q2', 'Q3', 'Q4'].map((periodKey) => ({
      periodKey,
      start: '2024-10-01',
      dueDate: '2025-01-15',
      status: 'submitted' as const,
      version: 1,
      late: false,
      content: { done: text, results: text, outcome: text, completion: 50, evidence: [], publishedOn: null },
      lastComment: null,
    })),
    events: Array.from({ length: 200 }, (_, i) => ({ at: '2024-10-01T00:00:00.000Z', action: 'submitReport', actorPersonId: `p-${i}`, onBehalfOfPersonId: null, periodKey: 'Q1', comment: text.slice(0, 500) })),
  };
}

describe.each(DATABASE_KINDS)('the read model keeps a whole year of a measure, however long the reports (%s)', (kind) => {
  it('stores and reads back a snapshot far over 64 KB', async () => {
    const database = await createTestDatabase(kind);
    await migrateDatabase(database.target);
    const dataSource = await openDatabase(database.target);
    try {
      const snapshot = bigSnapshot();
      expect(Buffer.byteLength(JSON.stringify(snapshot))).toBeGreaterThan(300_000);
      await new LifecycleActivitiesService(dataSource, { publicBaseUrl: 'http://prongsai.test' }, new MailDeliveries()).recordLifecycleSnapshot(snapshot);
      const row = await dataSource.getRepository(MeasureLifecycleEntity).findOneByOrFail({ workflowId: snapshot.workflowId });
      expect(row.snapshot).toEqual(snapshot);
    } finally {
      await dataSource.destroy();
      await database.dispose();
    }
  });
});
