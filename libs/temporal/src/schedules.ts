import { OperatorError } from '@prongsai/config';
import { PRONGSAI_SCHEDULES, SCHEDULE_TIME_ZONE, type ProngsaiScheduleDefinition, type ScheduleView } from '@prongsai/contracts';
import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleDescription,
  type ScheduleHandle,
  type ScheduleOptions,
  type ScheduleUpdateOptions,
} from '@temporalio/client';

/** A run missed while Temporal was away is still taken when it is back within this window. */
export const SCHEDULE_CATCHUP_WINDOW = '1 day';

/** How many upcoming and past runs a {@link ScheduleView} shows. */
const NEXT_RUNS_SHOWN = 3;
const RECENT_RUNS_SHOWN = 5;


export enum ScheduleErrorCode {
  /** The id is none of {@link PRONGSAI_SCHEDULES}. */
  Unknown = 'UNKNOWN_SCHEDULE',
  /** A Prongsai schedule that Temporal does not have yet (no worker has started). */
  NotCreated = 'SCHEDULE_NOT_CREATED',
}

/** A schedule that cannot be acted on, with a one-line message for the CLI; the API maps the code. */
export class ScheduleError extends OperatorError {
  constructor(
    readonly code: ScheduleErrorCode,
    readonly scheduleId: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScheduleError';
  }
}

/** The ids of Prongsai's schedules, in their order. */
export const PRONGSAI_SCHEDULE_IDS: readonly string[] = PRONGSAI_SCHEDULES.map((definition) => definition.id);

/**
 * Creates each of {@link PRONGSAI_SCHEDULES} that Temporal lacks and brings the others up to their
 * definition (spec, action, policies), keeping whether they are paused and their note: an
 * administrator's pause survives a worker restart. Safe to call from several workers at once.
 *
 * @returns the ids it created and the ids it updated.
 */
export async function ensureSchedules(client: Client, taskQueue: string): Promise<{ created: string[]; updated: string[] }> {
  const created: string[] = [];
  const updated: string[] = [];
  for (const definition of PRONGSAI_SCHEDULES) {
    if (await updateSchedule(client, definition, taskQueue)) {
      updated.push(definition.id);
      continue;
    }
    try {
      await client.schedule.create({
        scheduleId: definition.id,
        ...scheduleBody(definition, taskQueue),
        memo: { description: definition.description },
      });
      created.push(definition.id);
    } catch (error) {
      // Another worker created it in the meantime.
      if (!(error instanceof ScheduleAlreadyRunning) || !(await updateSchedule(client, definition, taskQueue))) throw error;
      updated.push(definition.id);
    }
  }
  return { created, updated };
}

/** Prongsai's schedules (only those of {@link PRONGSAI_SCHEDULES}, in their order) with their state and runs. */
export async function listSchedules(client: Client): Promise<ScheduleView[]> {
  const views: ScheduleView[] = [];
  for (const definition of PRONGSAI_SCHEDULES) views.push(await viewOf(client, definition));
  return views;
}

/**
 * Pauses one of Prongsai's schedules with a note saying why (Temporal ignores an empty note, so
 * there is always one).
 *
 * @throws ScheduleError for an id that is not Prongsai's, or a schedule not created yet.
 */
export async function pauseSchedule(client: Client, id: string, note?: string): Promise<ScheduleView> {
  const definition = requireScheduleDefinition(id);
  await patch(client, definition, (handle) => handle.pause(noteOrDefault(note, 'paused by an administrator')));
  return viewOf(client, definition);
}

/**
 * Lets one of Prongsai's schedules run again, with a note.
 *
 * @throws ScheduleError for an id that is not Prongsai's, or a schedule not created yet.
 */
export async function unpauseSchedule(client: Client, id: string, note?: string): Promise<ScheduleView> {
  const definition = requireScheduleDefinition(id);
  await patch(client, definition, (handle) => handle.unpause(noteOrDefault(note, 'unpaused by an administrator')));
  return viewOf(client, definition);
}

/**
 * The definition of one of Prongsai's schedules.
 *
 * @throws ScheduleError naming the id and the valid ones when it is none of them.
 */
export function requireScheduleDefinition(id: string): ProngsaiScheduleDefinition {
  const definition = PRONGSAI_SCHEDULES.find((candidate) => candidate.id === id);
  if (definition === undefined) {
    throw new ScheduleError(ScheduleErrorCode.Unknown, id, `unknown schedule "${id}"; the schedules are ${PRONGSAI_SCHEDULE_IDS.join(', ')}`);
  }
  return definition;
}

/** What a schedule should be, apart from its id, memo and state. */
function scheduleBody(definition: ProngsaiScheduleDefinition, taskQueue: string): Omit<ScheduleOptions, 'scheduleId' | 'memo' | 'state'> {
  return {
    spec: { calendars: definition.calendars.map((calendar) => ({ ...calendar, comment: definition.description.en })), timezone: SCHEDULE_TIME_ZONE },
    action: { type: 'startWorkflow', workflowType: definition.workflowType, taskQueue, workflowId: definition.id, args: [] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: SCHEDULE_CATCHUP_WINDOW },
  };
}

/** Brings an existing schedule up to its definition; false when Temporal does not have it. */
async function updateSchedule(client: Client, definition: ProngsaiScheduleDefinition, taskQueue: string): Promise<boolean> {
  try {
    await client.schedule.getHandle(definition.id).update(
      (previous): ScheduleUpdateOptions => ({
        ...scheduleBody(definition, taskQueue),
        // An update replaces the whole schedule: without these, a restart would undo a pause.
        state: { paused: previous.state.paused, note: previous.state.note },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) return false;
    throw error;
  }
}

async function patch(client: Client, definition: ProngsaiScheduleDefinition, change: (handle: ScheduleHandle) => Promise<void>): Promise<void> {
  try {
    await change(client.schedule.getHandle(definition.id));
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) throw notCreated(definition.id);
    throw error;
  }
}

async function viewOf(client: Client, definition: ProngsaiScheduleDefinition): Promise<ScheduleView> {
  const base = { id: definition.id, workflowType: definition.workflowType, description: definition.description };
  let description: ScheduleDescription;
  try {
    description = await client.schedule.getHandle(definition.id).describe();
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) return { ...base, paused: false, note: null, nextRuns: [], recentRuns: [], missing: true };
    throw error;
  }
  return {
    ...base,
    paused: description.state.paused,
    note: description.state.note || null,
    nextRuns: description.info.nextActionTimes.slice(0, NEXT_RUNS_SHOWN).map((time) => time.toISOString()),
    recentRuns: description.info.recentActions
      .slice(-RECENT_RUNS_SHOWN)
      .reverse()
      .map((run) => ({ scheduledAt: run.scheduledAt.toISOString(), startedAt: run.takenAt.toISOString(), workflowId: run.action.workflow.workflowId })),
    missing: false,
  };
}

function notCreated(id: string): ScheduleError {
  return new ScheduleError(ScheduleErrorCode.NotCreated, id, `schedule "${id}" is not in Temporal yet; the worker creates it when it starts`);
}

function noteOrDefault(note: string | undefined, fallback: string): string {
  const trimmed = note?.trim();
  return trimmed ? trimmed : fallback;
}
