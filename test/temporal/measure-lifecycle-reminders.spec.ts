import { holidaysChangedSignal } from '@prongsai/contracts';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { act, actors, approveAndAcknowledge, lifecycleInput, recordingActivities, report, saveHistoriesIfRecording, sleepUntil, startLifecycle } from '../support/measure-lifecycle-harness';

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

  it('escalates on working days: a day after the due date that falls on a weekend or a holiday moves to the next working day', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      // Step 1 is due Friday 2028-11-17; Monday 2028-11-20 is a holiday.
      const handle = await startLifecycle(env, lifecycleInput('m-weekend', { stepDueDates: ['2028-11-17'], holidays: ['2028-11-20'] }));
      await approveAndAcknowledge(handle);
      await sleepUntil(env, '2028-12-05');
      await handle.terminate('test over');
    });
    const overdue = rec.notifications.filter((n) => n.notification.periodKey === 'step-1' && n.notification.kind === 'overdue');
    expect(overdue.map((n) => [n.notification.escalationLevel, n.ranOn])).toEqual([
      [0, '2028-11-21'], // day 1 is Saturday; Monday is the holiday
      [1, '2028-11-24'], // day 7, a Friday
      [2, '2028-12-01'], // day 14, a Friday
    ]);
  });

  it('stops reminding once the report is submitted, reminds the reviewer and the executive after 2 working days, and follows a changed policy', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-stop', { stepDueDates: ['2028-11-15'] }));
      await approveAndAcknowledge(handle);
      await handle.signal('policyChanged', { reminderWorkingDaysBefore: [3], escalationDaysAfter: [2], reviewReminderWorkingDays: 2 });
      await sleepUntil(env, '2028-11-13'); // reminder for step 1 on Friday 2028-11-10 (3 working days before)
      await act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: 'step-1', content: report(100) });
      await sleepUntil(env, '2028-11-16'); // the review waited from Monday to Wednesday
      await act(handle, 'acceptReport', { actor: actors.admin, periodKey: 'step-1' });
      await sleepUntil(env, '2028-12-01');
      await handle.terminate('test over');
      await saveHistoriesIfRecording(env, handle.workflowId, rec.runIds, 'reminders');
    });
    const step = rec.notifications.filter((n) => n.notification.periodKey === 'step-1');
    expect(step.map((n) => [n.notification.kind, n.ranOn])).toEqual([
      ['period_opened', '2028-10-01'],
      ['reminder', '2028-11-10'],
      ['awaiting_review', '2028-11-13'],
      ['review_reminder', '2028-11-15'],
      ['awaiting_sign_off', '2028-11-16'],
      ['sign_off_reminder', '2028-11-20'], // Thursday + 2 working days, over the weekend
    ]);
  });

  it('follows holidays changed while it runs: a reminder given already is not given again, one moved into the past is given at once', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      // Step 1 is due Wednesday 2028-11-15; with Wednesday 2028-11-08 a holiday the first reminder falls on Friday 2028-11-03.
      const handle = await startLifecycle(env, lifecycleInput('m-holidays', { stepDueDates: ['2028-11-15'], holidays: ['2028-11-08'] }));
      await approveAndAcknowledge(handle);
      await sleepUntil(env, '2028-11-06');
      // The holiday is taken back: the first reminder would now fall on Monday the 6th, but it was given on the 3rd.
      await handle.signal(holidaysChangedSignal, []);
      await sleepUntil(env, '2028-11-13');
      await handle.signal(holidaysChangedSignal, ['2028-11-17']); // after the due date: moves nothing
      await env.sleep(60_000);
      // A special holiday on Tuesday the 14th: the last reminder moves to Monday the 13th, which has begun.
      await handle.signal(holidaysChangedSignal, ['2028-11-14', '2028-11-17']);
      await sleepUntil(env, '2028-11-15');
      await handle.terminate('test over');
      await saveHistoriesIfRecording(env, handle.workflowId, [undefined], 'holidays-changed'); // the last run: it got the signals
    });
    const reminders = rec.notifications.filter((n) => n.notification.periodKey === 'step-1' && n.notification.kind === 'reminder');
    expect(reminders.map((n) => [n.notification.on, n.ranOn])).toEqual([
      ['2028-11-03', '2028-11-03'],
      ['2028-11-13', '2028-11-13'],
    ]);
  });
});
