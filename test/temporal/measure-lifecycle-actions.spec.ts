import { LIFECYCLE_REJECTED } from '../../workflows/src/measure-lifecycle.workflow';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { createTestWorker, startTimeSkippingServer } from '../support/temporal-test-env';
import { act, actors, approveAndAcknowledge, lifecycleInput, recordingActivities, report, reportThroughSignOff, sleepUntil, startLifecycle } from '../support/measure-lifecycle-harness';

describe('people acting on a measure lifecycle through Updates', () => {
  let env: TestWorkflowEnvironment;

  beforeEach(async () => {
    env = await startTimeSkippingServer();
  });
  afterEach(async () => {
    await env?.teardown();
  });

  it('returns reports for revision (coordinator and executive) and publishes a correction as version 2 beside version 1', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-review'));
      await approveAndAcknowledge(handle);
      await sleepUntil(env, '2029-01-05');
      await act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: 'Q1', content: report(30) });
      const returned = await act(handle, 'returnReport', { actor: actors.admin, periodKey: 'Q1', comment: 'กรุณาแนบภาพกิจกรรม' });
      expect(returned.reports[0]).toMatchObject({ status: 'returned', lastComment: 'กรุณาแนบภาพกิจกรรม' });
      await act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: 'Q1', content: report(40) });
      await act(handle, 'acceptReport', { actor: actors.admin, periodKey: 'Q1' });
      const byExecutive = await act(handle, 'returnSignOff', { actor: actors.mayor, periodKey: 'Q1', comment: 'ระบุผลลัพธ์เป็นตัวเลข' });
      expect(byExecutive.reports[0].status).toBe('returned_by_executive');
      const published = await reportThroughSignOff(handle, 'Q1', 45);
      expect(published.reports[0]).toMatchObject({ status: 'signed_off', version: 1 });

      await sleepUntil(env, '2029-02-01');
      const correcting = await act(handle, 'startCorrection', { actor: actors.admin, periodKey: 'Q1' });
      expect(correcting.reports[0]).toMatchObject({ status: 'draft', version: 2 });
      const corrected = await reportThroughSignOff(handle, 'Q1', 50);
      expect(corrected.reports[0].publishedVersions?.map((v) => [v.version, v.content.completion])).toEqual([
        [1, 45],
        [2, 50],
      ]);
      expect(rec.notifications.filter((n) => n.notification.kind === 'report_returned')).toHaveLength(2);

      await act(handle, 'requestCancel', { actor: actors.admin, reason: 'ยุบรวมกับมาตรการที่ ๒' });
      await act(handle, 'approveCancel', { actor: actors.mayor });
      const end = await handle.result();
      expect(end).toMatchObject({ status: 'cancelled', cancelRequest: null });
      expect(end.events.slice(-2).map((e) => [e.action, e.comment])).toEqual([
        ['requestCancel', 'ยุบรวมกับมาตรการที่ ๒'],
        ['approveCancel', 'ยุบรวมกับมาตรการที่ ๒'],
      ]);
    });
  });

  it('sends an amended plan back for approval, hands the measure to another division, and records a delegate', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-amend'));
      await approveAndAcknowledge(handle);
      const amended = await act(handle, 'amendPlan', { actor: actors.admin, comment: 'เพิ่มขั้นตอนการเผยแพร่' });
      expect(amended.status).toBe('plan_approval');
      const deputy = { personId: 'p-deputy-mayor', role: 'executive' as const, divisionId: null, onBehalfOfPersonId: 'p-mayor' };
      const reapproved = await act(handle, 'approvePlan', { actor: deputy, approvedOn: '2028-09-25' });
      expect(reapproved).toMatchObject({ status: 'in_progress', planApprovedOn: '2028-09-25' });
      expect(reapproved.events.at(-1)).toMatchObject({ action: 'approvePlan', actorPersonId: 'p-deputy-mayor', onBehalfOfPersonId: 'p-mayor' });

      await act(handle, 'reassign', { actor: actors.admin, fromDivisionId: 'd-finance', toDivisionId: 'd-works' });
      await act(handle, 'acknowledgeAssignment', { actor: actors.worksHead, divisionId: 'd-works', officerIds: ['p-works-officer'] });
      await sleepUntil(env, '2029-01-05');
      await expect(act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: 'Q1', content: report() })).rejects.toThrow(WorkflowUpdateFailedError);
      const submitted = await act(handle, 'submitReport', { actor: actors.worksOfficer, periodKey: 'Q1', content: report() });
      expect(submitted.assignments).toEqual([{ divisionId: 'd-works', acknowledged: true, officerIds: ['p-works-officer'] }]);
      expect(rec.notifications.filter((n) => n.notification.kind === 'task_assigned').map((n) => n.notification.divisionId)).toEqual(['d-finance', 'd-works']);
      await handle.terminate('test over');
    });
  });

  it('refuses wrong actions with a Thai and English reason and leaves no trace of them in the history', async () => {
    const rec = recordingActivities();
    const worker = await createTestWorker(env, rec.activities);
    await worker.runUntil(async () => {
      const handle = await startLifecycle(env, lifecycleInput('m-wrong'));
      await act(handle, 'submitPlan', { actor: actors.admin });
      const wrong = [
        act(handle, 'approvePlan', { actor: actors.financeOfficer, approvedOn: '2028-09-20' }),
        act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: 'Q1', content: report() }),
        act(handle, 'signOff', { actor: actors.admin, periodKey: 'Q9' }),
      ];
      for (const attempt of wrong) {
        await expect(attempt).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      }
      await expect(wrong[0]).rejects.toMatchObject({ cause: { type: LIFECYCLE_REJECTED, message: expect.stringMatching(/ไม่มีสิทธิ์.* \/ Your role may not do this\./) } });
      await act(handle, 'approvePlan', { actor: actors.mayor, approvedOn: '2028-09-20' });
      await act(handle, 'acknowledgeAssignment', { actor: actors.financeHead, divisionId: 'd-finance', officerIds: [] });
      await sleepUntil(env, '2029-01-05');
      await reportThroughSignOff(handle, 'Q1');
      await expect(act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey: 'Q1', content: report() })).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/already signed off|signed off/) },
      });
      await expect(act(handle, 'submitReport', { actor: actors.worksOfficer, periodKey: 'Q2', content: report() })).rejects.toThrow(WorkflowUpdateFailedError);

      // Only the current run's history: Q1 opened on 2028-10-01 and the workflow continued as new.
      const runs = [...rec.runIds];
      let accepted = 0;
      for (const runId of runs) {
        const history = await env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
        accepted += (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
      }
      expect(accepted).toBe(6); // submitPlan, approvePlan, acknowledge, submit, accept, sign off
      await handle.terminate('test over');
    });
  });
});
