import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { act, actors, approveAndAcknowledge, lifecycleInput, recordingActivities, report, sleepUntil, startLifecycle } from '../support/measure-lifecycle-harness';

describe('reminders and escalations of a measure lifecycle', () => {
  let env: TestWorkflowEnvironment;

  beforeEach(async () => {
    env = await startTimeSkippingServer();
  });
  afterEach(async () => {
    await env?.teardown();
  });

  it('reminds the owners 7 and 1 working days before a step is due (a holiday moves the first), then escalates 1, 7 and 14 days after', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      // Step 1 is due Wednesday 2028-11-15; Wednesday 2028-11-08 is a holiday.
      const handle = await startLifecycle(env, lifecycleInput('m-remind', { stepDueDates: ['2028-11-15'], holidays: ['2028-11-08'] }));
      await approveAndAcknowledge(handle);
      await sleepUntil(env, '2028-12-01');
      await handle.terminate('test over');
    });
    const step = rec.notifications.filter((n) => n.notification.periodKey === 'step-1' && (n.notification.kind === 'reminder' || n.notification.kind === 'overdue'));
    expect(step.map((n) => [n.notification.kind, n.notification.escalationLevel, n.notification.on, n.ranOn])).toEqual([
      ['reminder', null, '2028-11-03', '2028-11-03'], // 7 working days before, skipping the weekend and the holiday
      ['reminder', null, '2028-11-14', '2028-11-14'],
      ['overdue', 0, '2028-11-16', '2028-11-16'],
      ['overdue', 1, '2028-11-22', '2028-11-22'],
      ['overdue', 2, '2028-11-29', '2028-11-29'],
    ]);
  });

  it('stops reminding once the report is submitted, and follows a changed policy', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-stop', { stepDueDates: ['2028-11-15'] }));
      await approveAndAcknowledge(handle);
      await handle.signal('policyChanged', { reminderWorkingDaysBefore: [3], escalationDaysAfter: [2], reviewReminderWorkingDays: 2 });
      await sleepUntil(env, '2028-11-13'); // reminder for step 1 on Friday 2028-11-10 (3 working days before)
      await act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: 'step-1', content: report(100) });
      await sleepUntil(env, '2028-12-01');
      await handle.terminate('test over');
    });
    const step = rec.notifications.filter((n) => n.notification.periodKey === 'step-1');
    expect(step.map((n) => [n.notification.kind, n.ranOn])).toEqual([
      ['period_opened', '2028-10-01'],
      ['reminder', '2028-11-10'],
      ['awaiting_review', '2028-11-13'],
    ]);
  });
});
