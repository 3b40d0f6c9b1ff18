import type { MeasureLifecycleInput, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { LifecycleNotificationEntity, MeasureLifecycleEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/database-targets';
import { inBatches } from '../support/in-batches';
import { act, actors, lifecycleInput, reportThroughSignOff, sleepUntil, startLifecycle } from '../support/measure-lifecycle-harness';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { workerActivities } from '../support/worker-activities';

const MEASURES = 40;
const BATCH = 10;
/** The first measures get their plan approved one by one; the rest all at once. */
const APPROVED_ONE_BY_ONE = 5;
/** A day in each quarter's reporting window, before the first reminder, so nobody is chased. */
const REPORT_DAYS = [
  ['Q1', '2029-01-03'],
  ['Q2', '2029-04-03'],
  ['Q3', '2029-07-03'],
  ['Q4', '2029-10-03'],
] as const;

/** Every other measure is shared by the finance and works divisions, so both heads acknowledge it. */
function organisationMeasures(): MeasureLifecycleInput[] {
  return Array.from({ length: MEASURES }, (_, i) =>
    lifecycleInput(`m-${String(i + 1).padStart(2, '0')}`, { measureNo: i + 1, ownerDivisionIds: i % 2 === 0 ? ['d-finance'] : ['d-finance', 'd-works'] }),
  );
}

describe('a whole organisation of 40 measures through a fiscal year, with the real worker and read model', () => {
  const measures = organisationMeasures();
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let dataSource: DataSource;
  let results: MeasureLifecycleSnapshot[];
  let notices: LifecycleNotificationEntity[];

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    database = await createTestDatabase('sqlite');
    await migrateDatabase(database.target);
    dataSource = await openDatabase(database.target);
    const worker = await createTestWorker(env, workerActivities(dataSource).activities);
    results = await worker.runUntil(async () => {
      const handles = await inBatches(measures, BATCH, (input) => startLifecycle(env, input));
      const submitAndApprove = async (handle: (typeof handles)[number]) => {
        await act(handle, 'submitPlan', { actor: actors.admin });
        await act(handle, 'approvePlan', { actor: actors.mayor, approvedOn: '2028-09-20' });
      };
      for (const handle of handles.slice(0, APPROVED_ONE_BY_ONE)) await submitAndApprove(handle);
      await inBatches(handles.slice(APPROVED_ONE_BY_ONE), BATCH, submitAndApprove);
      await inBatches(handles, BATCH, async (handle, i) => {
        await act(handle, 'acknowledgeAssignment', { actor: actors.financeHead, divisionId: 'd-finance', officerIds: ['p-finance-officer'] });
        if (measures[i].ownerDivisionIds.includes('d-works')) {
          await act(handle, 'acknowledgeAssignment', { actor: actors.worksHead, divisionId: 'd-works', officerIds: ['p-works-officer'] });
        }
      });
      for (const [periodKey, reportDay] of REPORT_DAYS) {
        await sleepUntil(env, reportDay);
        await inBatches(handles, BATCH, (handle) => reportThroughSignOff(handle, periodKey));
      }
      // One at a time: each result() unlocks and relocks the test server's time skipping, and
      // concurrent calls unbalance that lock (the server logs "Unbalanced lock and unlock calls"
      // and may stop skipping time for the rest of the run).
      const completed: MeasureLifecycleSnapshot[] = [];
      for (const handle of handles) completed.push(await handle.result());
      return completed;
    });
    notices = await dataSource.getRepository(LifecycleNotificationEntity).find();
  }, 240_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.dispose();
    await env?.teardown();
  });

  it('completes every measure once the year is over and all four quarters are signed off', () => {
    expect(results.map((r) => [r.measureId, r.status])).toEqual(measures.map((m) => [m.measureId, 'completed']));
  });

  it('leaves all 40 measures in the read model as completed, every quarterly report signed off on time', async () => {
    const rows = await dataSource.getRepository(MeasureLifecycleEntity).find({ order: { measureId: 'ASC' } });
    expect(rows.map((row) => [row.measureId, row.status])).toEqual(measures.map((m) => [m.measureId, 'completed']));
    for (const row of rows) {
      expect(row.snapshot.reports.map((r) => [r.periodKey, r.status, r.late, r.publishedVersions?.length])).toEqual(
        REPORT_DAYS.map(([periodKey]) => [periodKey, 'signed_off', false, 1]),
      );
      expect(row.revision).toBe(results.find((r) => r.measureId === row.measureId)?.revision);
    }
  });

  it('records each period opening, review request, sign-off request and publication once per measure and quarter, and no reminders', () => {
    const countOf = (kind: LifecycleNotificationEntity['kind']) => notices.filter((n) => n.kind === kind).length;
    const perQuarter = 4 * MEASURES;
    expect(Object.fromEntries(['period_opened', 'awaiting_review', 'awaiting_sign_off', 'published', 'reminder', 'overdue'].map((kind) => [kind, countOf(kind as LifecycleNotificationEntity['kind'])]))).toEqual({
      period_opened: perQuarter,
      awaiting_review: perQuarter,
      awaiting_sign_off: perQuarter,
      published: perQuarter,
      reminder: 0,
      overdue: 0,
    });
  });

  it('tells every owner division of a shared measure about its task', () => {
    const told = notices.filter((n) => n.kind === 'task_assigned').map((n) => `${n.measureId}/${n.notification.divisionId}`);
    expect(told.sort()).toEqual(measures.flatMap((m) => m.ownerDivisionIds.map((d) => `${m.measureId}/${d}`)).sort());
  });
});
