import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import {
  act,
  actors,
  approveAndAcknowledge,
  lifecycleInput,
  recordingActivities,
  report,
  reportThroughSignOff,
  saveHistoriesIfRecording,
  sleepUntil,
  startLifecycle,
} from '../support/measure-lifecycle-harness';

describe('a measure lifecycle over a fiscal year on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;

  beforeEach(async () => {
    // A fresh server per test: its clock is global, and each test travels through the whole year.
    env = await startTimeSkippingServer();
  });
  afterEach(async () => {
    await env?.teardown();
  });

  it('runs a quarterly measure through four signed-off reports and completes after the year', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    const result = await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-quarterly'));
      await approveAndAcknowledge(handle);
      for (const [periodKey, reportDay] of [['Q1', '2029-01-03'], ['Q2', '2029-04-03'], ['Q3', '2029-07-03'], ['Q4', '2029-10-03']] as const) {
        await sleepUntil(env, reportDay);
        await reportThroughSignOff(handle, periodKey);
      }
      const done = await handle.result();
      await saveHistoriesIfRecording(env, handle.workflowId, rec.runIds, 'quarterly');
      return done;
    });
    expect(result.status).toBe('completed');
    expect(result.reports.map((r) => [r.periodKey, r.status, r.late, r.publishedVersions?.length])).toEqual([
      ['Q1', 'signed_off', false, 1],
      ['Q2', 'signed_off', false, 1],
      ['Q3', 'signed_off', false, 1],
      ['Q4', 'signed_off', false, 1],
    ]);
    // The read model saw every change, in order, through the three continue-as-new boundaries.
    const revisions = rec.snapshots.map((s) => s.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(rec.snapshots.at(-1)).toMatchObject({ status: 'completed', revision: result.revision });
    expect(rec.runIds.size).toBe(5); // the first run, then one per quarter from its opening day
    const opened = rec.notifications.filter((n) => n.notification.kind === 'period_opened');
    expect(opened.map((n) => [n.notification.periodKey, n.ranOn])).toEqual([
      ['Q1', '2028-10-01'],
      ['Q2', '2029-01-01'],
      ['Q3', '2029-04-01'],
      ['Q4', '2029-07-01'],
    ]);
    expect(rec.notifications.filter((n) => n.notification.kind === 'published')).toHaveLength(4);
    // Every report went in before its reminders, so nobody was reminded or chased.
    expect(rec.notifications.filter((n) => n.notification.kind === 'reminder' || n.notification.kind === 'overdue')).toEqual([]);
  });

  it('runs the 6- and 12-month rounds, taking a late round report and marking it late', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    const result = await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-rounds', { cadence: 'semiannual' }));
      await approveAndAcknowledge(handle);
      await sleepUntil(env, '2029-04-20'); // R6 was due 2029-04-15
      const late = await act(handle, 'submitReport', { actor: actors.financeHead, periodKey: 'R6', content: report(40) });
      expect(late.reports[0]).toMatchObject({ periodKey: 'R6', status: 'submitted', late: true });
      await act(handle, 'acceptReport', { actor: actors.admin, periodKey: 'R6' });
      await act(handle, 'signOff', { actor: actors.mayor, periodKey: 'R6' });
      await sleepUntil(env, '2029-10-10');
      await reportThroughSignOff(handle, 'R12', 100);
      return handle.result();
    });
    expect(result.status).toBe('completed');
    expect(result.reports.map((r) => [r.periodKey, r.start, r.dueDate, r.status, r.late])).toEqual([
      ['R6', '2028-10-01', '2029-04-15', 'signed_off', true],
      ['R12', '2028-10-01', '2029-10-15', 'signed_off', false],
    ]);
    const r6Overdue = rec.notifications.filter((n) => n.notification.kind === 'overdue' && n.notification.periodKey === 'R6');
    expect(r6Overdue.map((n) => [n.notification.escalationLevel, n.ranOn])).toEqual([[0, '2029-04-16']]);
  });
});
