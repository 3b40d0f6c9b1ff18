import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_LIFECYCLE_POLICY,
  lifecycleUpdates,
  measureLifecycleWorkflowId,
  PRONGSAI_TASK_QUEUE,
  type LifecycleActor,
  type LifecycleHumanCommandType,
  type LifecycleNotification,
  type LifecycleUpdateArgs,
  type LifecycleChanges,
  type MeasureLifecycleActivities,
  type MeasureLifecycleInput,
  type MeasureLifecycleSnapshot,
  type ReportContent,
} from '@prongsai/contracts';
import { bangkokDateOf, lifecycleMomentOf } from '@prongsai/domain';
import { Context } from '@temporalio/activity';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { measureLifecycleWorkflow } from '../../workflows/src';

/** The fiscal year the lifecycle tests run in: after today's date, so the test server can reach it. */
export const TEST_FISCAL_YEAR_BE = 2572; // 2028-10-01 … 2029-09-30

/** People of the test organisation, one per role. */
export const actors = {
  admin: { personId: 'p-admin', role: 'admin', divisionId: 'd-office' },
  mayor: { personId: 'p-mayor', role: 'executive', divisionId: null },
  financeHead: { personId: 'p-finance-head', role: 'division_head', divisionId: 'd-finance' },
  financeOfficer: { personId: 'p-finance-officer', role: 'officer', divisionId: 'd-finance' },
  worksHead: { personId: 'p-works-head', role: 'division_head', divisionId: 'd-works' },
  worksOfficer: { personId: 'p-works-officer', role: 'officer', divisionId: 'd-works' },
} satisfies Record<string, LifecycleActor>;

/** A plausible progress report. */
export function report(completion = 50): ReportContent {
  return { done: 'จัดอบรมเจ้าหน้าที่', results: 'ผู้เข้าร่วม ๓๐ คน', outcome: 'เจ้าหน้าที่เข้าใจแนวทาง', completion, evidence: [], publishedOn: null };
}

/** A notice as the activity received it, with the Bangkok day of the workflow's clock when it gave it. */
export interface RecordedNotification {
  notification: LifecycleNotification;
  ranOn: string;
}

/** Activities that keep what the workflow records in arrays, like the read model would. */
export function recordingActivities() {
  const snapshots: MeasureLifecycleSnapshot[] = [];
  const notifications: RecordedNotification[] = [];
  const runIds = new Set<string>();
  const recordSnapshot = (snapshot: MeasureLifecycleSnapshot) => {
    runIds.add(Context.current().info.workflowExecution?.runId ?? 'unknown');
    snapshots.push(snapshot);
  };
  const recordNotification = (notification: LifecycleNotification) => {
    // The workflow's clock when it gave the notice (a local activity's own timestamps are the worker's).
    const ranOn = bangkokDateOf(notification.at ?? new Date(Context.current().info.scheduledTimestampMs ?? 0).toISOString());
    notifications.push({ notification, ranOn });
  };
  const activities = {
    async recordLifecycleChanges({ snapshot, notifications: notices }: LifecycleChanges): Promise<void> {
      if (snapshot !== null) recordSnapshot(snapshot);
      notices.forEach(recordNotification);
    },
    async recordLifecycleSnapshot(snapshot: MeasureLifecycleSnapshot): Promise<void> {
      recordSnapshot(snapshot);
    },
    async recordLifecycleNotification(notification: LifecycleNotification): Promise<void> {
      recordNotification(notification);
    },
  } satisfies MeasureLifecycleActivities;
  return { activities, snapshots, notifications, runIds };
}

/** The input of a test measure; quarterly, owned by the finance division, no steps or holidays. */
export function lifecycleInput(measureId: string, overrides: Partial<MeasureLifecycleInput> = {}): MeasureLifecycleInput {
  return {
    organizationId: 'org-test',
    fiscalYearBe: TEST_FISCAL_YEAR_BE,
    measureId,
    measureNo: 1,
    title: 'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
    cadence: 'quarterly',
    ownerDivisionIds: ['d-finance'],
    stepDueDates: [],
    holidays: [],
    policy: DEFAULT_LIFECYCLE_POLICY,
    ...overrides,
  };
}

/** Starts a measure's lifecycle on the test server. */
export function startLifecycle(env: TestWorkflowEnvironment, input: MeasureLifecycleInput): Promise<WorkflowHandle<typeof measureLifecycleWorkflow>> {
  return env.client.workflow.start(measureLifecycleWorkflow, {
    workflowId: measureLifecycleWorkflowId(input.organizationId, input.fiscalYearBe, input.measureId),
    taskQueue: PRONGSAI_TASK_QUEUE,
    args: [input],
  });
}

/** Sends one human action as its Update and returns the new snapshot. */
export function act<T extends LifecycleHumanCommandType>(
  handle: WorkflowHandle<typeof measureLifecycleWorkflow>,
  type: T,
  args: LifecycleUpdateArgs<T>,
): Promise<MeasureLifecycleSnapshot> {
  return handle.executeUpdate(lifecycleUpdates[type] as unknown as typeof lifecycleUpdates.submitPlan, { args: [args as LifecycleUpdateArgs<'submitPlan'>] });
}

/** Skips the test server's clock to midday (Bangkok) of a day. */
export async function sleepUntil(env: TestWorkflowEnvironment, date: string): Promise<void> {
  const target = lifecycleMomentOf(date) + 4 * 3_600_000;
  const now = await env.currentTimeMs();
  if (target > now) await env.sleep(target - now);
}

/** Takes a measure through plan approval and the finance division's acknowledgement. */
export async function approveAndAcknowledge(handle: WorkflowHandle<typeof measureLifecycleWorkflow>): Promise<MeasureLifecycleSnapshot> {
  await act(handle, 'submitPlan', { actor: actors.admin });
  await act(handle, 'approvePlan', { actor: actors.mayor, approvedOn: '2028-09-20' });
  return act(handle, 'acknowledgeAssignment', { actor: actors.financeHead, divisionId: 'd-finance', officerIds: ['p-finance-officer'] });
}

/** Submits, accepts and signs off one period's report. */
export async function reportThroughSignOff(handle: WorkflowHandle<typeof measureLifecycleWorkflow>, periodKey: string, completion = 50): Promise<MeasureLifecycleSnapshot> {
  await act(handle, 'submitReport', { actor: actors.financeOfficer, periodKey, content: report(completion) });
  await act(handle, 'acceptReport', { actor: actors.admin, periodKey });
  return act(handle, 'signOff', { actor: actors.mayor, periodKey });
}

/**
 * Set PRONGSAI_RECORD_HISTORIES to a new generation label (v3, v4…) to write the histories the
 * replay test replays, after a patched() change to a workflow; commit them next to the older
 * generations. Writes `<workflow>-<generation>-<scenario>-run-<n>.json`, one per run (the latest
 * run when no run ids are given).
 */
export async function saveHistoriesIfRecording(
  env: TestWorkflowEnvironment,
  workflowId: string,
  runIds: Iterable<string | undefined>,
  scenario: string,
  workflow = 'measure-lifecycle',
): Promise<void> {
  const generation = process.env.PRONGSAI_RECORD_HISTORIES;
  if (!generation) return;
  const folder = path.join(__dirname, '../temporal/histories');
  fs.mkdirSync(folder, { recursive: true });
  let index = 0;
  for (const runId of runIds) {
    const history = await env.client.workflow.getHandle(workflowId, runId).fetchHistory();
    fs.writeFileSync(path.join(folder, `${workflow}-${generation}-${scenario}-run-${++index}.json`), JSON.stringify(history, null, 1));
  }
}
