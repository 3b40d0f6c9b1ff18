import {
  holidaysChangedSignal,
  LIFECYCLE_HUMAN_COMMAND_TYPES,
  LIFECYCLE_SEARCH_ATTRIBUTES,
  lifecycleUpdates,
  measureLifecycleWorkflowId,
  policyChangedSignal,
  snapshotQuery,
  type LifecycleActor,
  type LifecycleCommand,
  type LifecycleHumanCommandType,
  type LifecycleNotification,
  type LifecyclePolicy,
  type MeasureLifecycleActivities,
  type MeasureLifecycleInput,
  type MeasureLifecycleSnapshot,
} from '@prongsai/contracts';
import {
  agendaItemIdentity,
  agendaNotification,
  bangkokDateOf,
  createLifecycleState,
  decide,
  formatLifecycleRejection,
  lifecycleAgenda,
  lifecycleMomentOf,
  rescheduledNotices,
  TERMINAL_LIFECYCLE_STATUSES,
  toLifecycleSnapshot,
  yearCanClose,
  type LifecycleDecision,
  type LifecycleRejectionReason,
  lifecycleTimingKey,
  timingMayHaveChanged,
  type LifecycleAgendaItem,
  type LifecycleState,
} from '@prongsai/domain';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  defineUpdate,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';

const READ_MODEL_ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
} as const;
const readModelOnServer = proxyActivities<MeasureLifecycleActivities>(READ_MODEL_ACTIVITY_OPTIONS);
const readModelInWorker = proxyLocalActivities<MeasureLifecycleActivities>(READ_MODEL_ACTIVITY_OPTIONS);

/**
 * Since this patch a decision's snapshot and notices go to the read model in one local activity (a
 * quick database write needs no round trip through the server), and a human action wakes the timer
 * loop only when it changes what the timers wait for. Runs recorded before it keep the old way
 * until they continue as new. `npm run bench:lifecycle` measures the difference.
 */
const LEAN_ACTIONS_PATCH = 'lifecycle-lean-actions';

/**
 * Since this patch a change of holidays or policy moves the notices still to come without giving
 * one twice or losing one: a notice given already that now falls later is not given again, and
 * one not given yet that now falls on a day passed is given at once.
 */
const CALENDAR_CHANGES_PATCH = 'lifecycle-calendar-changes';

/**
 * Since this patch the lifecycle also continues as new when Temporal suggests it (a history grown
 * long, say by a day of draft saves), not only at a period boundary.
 */
const CONTINUE_WHEN_SUGGESTED_PATCH = 'lifecycle-continue-when-suggested';
const continueAsNewSuggested = (): boolean => workflowInfo().continueAsNewSuggested && patched(CONTINUE_WHEN_SUGGESTED_PATCH);

/** Every lifecycle Update seen through one shape: the actor plus the command's own fields. */
type AnyLifecycleUpdate = ReturnType<typeof defineUpdate<MeasureLifecycleSnapshot, [{ actor: LifecycleActor } & Record<string, unknown>]>>;

/** The error type of a refused action; its message is "ไทย / English", its details the reason. */
export const LIFECYCLE_REJECTED = 'LifecycleRejected';

/**
 * The lifecycle of one measure in one fiscal year (DESIGN.md): plan approval, assignment, a report
 * per period with review and sign-off, corrections, amendments and cancellation.
 *
 * - People act through Updates (`lifecycleUpdates.<command>`); a validator runs the lifecycle rules
 *   first, so a refused action leaves no trace in the history. Each accepted one returns the new
 *   snapshot after the read model has it.
 * - Timers open the report periods, remind owners before due dates (working days) and escalate
 *   overdue reports; each notice goes to the read model with `recordLifecycleChanges`.
 * - Continues as new when a report period of the cadence opens (or Temporal suggests it, the
 *   history grown long); completes after the fiscal year
 *   once nothing waits (or 30 days after it at the latest), or when cancelled.
 */
export async function measureLifecycleWorkflow(input: MeasureLifecycleInput): Promise<MeasureLifecycleSnapshot> {
  // Validate input.
  const workflowId = measureLifecycleWorkflowId(input.organizationId, input.fiscalYearBe, input.measureId);
  let state: LifecycleState = input.state?.snapshot ?? newState(input, workflowId);
  let policy: LifecyclePolicy = input.policy;
  let holidays: string[] = input.holidays;
  const alreadyGiven = new Set(input.state?.rescheduled?.alreadyGiven ?? []);
  const owed = new Set(input.state?.rescheduled?.owed ?? []);
  let noticesThrough = input.state ? Date.parse(input.state.noticesHandledThrough) : Date.now();
  let woken = false;
  let outbox: Promise<void> = Promise.resolve();
  // Asked once, first thing: a run recorded before the patch replays the old way to its end.
  const lean = patched(LEAN_ACTIONS_PATCH);
  let publishedAttributes: string | null = null;

  const record = (snapshot: MeasureLifecycleSnapshot | null, decided: LifecycleNotification[]): Promise<void> => {
    const at = new Date().toISOString();
    const notifications = decided.map((notification) => ({ ...notification, at }));
    if (snapshot !== null) {
      const attributes = searchAttributesOf(snapshot);
      const key = JSON.stringify(attributes);
      // Lean runs leave the attributes alone while they stay the same (most actions within a period).
      if (attributes !== null && (!lean || key !== publishedAttributes)) upsertSearchAttributes(attributes);
      publishedAttributes = key;
    }
    outbox = lean
      ? outbox.then(() => readModelInWorker.recordLifecycleChanges({ snapshot, notifications }))
      : outbox.then(async () => {
          if (snapshot !== null) await readModelOnServer.recordLifecycleSnapshot(snapshot);
          for (const notification of notifications) await readModelOnServer.recordLifecycleNotification(notification);
        });
    return outbox;
  };
  // The agenda changes only with the timing of the state, the policy or the holidays; timers ask for it often.
  let agendaCache: { key: string; policy: LifecyclePolicy; holidays: string[]; items: LifecycleAgendaItem[] } | null = null;
  const agendaOf = (current: LifecycleState): LifecycleAgendaItem[] => {
    const key = lifecycleTimingKey(current);
    if (agendaCache === null || agendaCache.key !== key || agendaCache.policy !== policy || agendaCache.holidays !== holidays) {
      agendaCache = { key, policy, holidays, items: lifecycleAgenda(current, { policy, holidays, version: 2 }) };
    }
    return agendaCache.items;
  };
  const agendaNow = (): LifecycleAgendaItem[] => (lean ? agendaOf(state) : lifecycleAgenda(state, { policy, holidays }));
  // A new policy or new holidays: the timers wait for the new days (see CALENDAR_CHANGES_PATCH).
  const changeCalendar = (change: () => void) => {
    if (patched(CALENDAR_CHANGES_PATCH)) {
      const before = agendaNow();
      change();
      const moved = rescheduledNotices(before, agendaNow(), noticesThrough, lifecycleMomentOf);
      moved.alreadyGiven.forEach((identity) => alreadyGiven.add(identity));
      moved.owed.forEach((identity) => owed.add(identity));
    } else {
      change();
    }
    woken = true;
  };
  // One timer at a time, for the next moment on the agenda (lean runs; see LEAN_ACTIONS_PATCH).
  let timer: { due: number; fired: boolean } | null = null;
  const waitForTimerOrWake = (due: number | undefined, now: number): Promise<void> => {
    if (due !== undefined && (timer === null || timer.fired || timer.due !== due)) {
      const mine = { due, fired: false };
      timer = mine;
      void sleep(due - now).then(() => {
        mine.fired = true;
      });
    }
    return condition(() => woken || timer?.fired === true);
  };
  const decideNow = (command: LifecycleCommand, actor: LifecycleActor | null): LifecycleDecision => decide(state, command, actor, new Date().toISOString());
  const adopt = (decision: Extract<LifecycleDecision, { ok: true }>): Promise<void> => {
    const before = state;
    state = decision.state;
    woken ||= !lean || timingMayHaveChanged(before, state, bangkokDateOf(new Date().toISOString()));
    return record(toLifecycleSnapshot(state), decision.notifications);
  };

  // Set up handlers.
  for (const type of LIFECYCLE_HUMAN_COMMAND_TYPES) {
    setHandler(
      lifecycleUpdates[type] as unknown as AnyLifecycleUpdate,
      (args) => {
        const decision = decideNow(commandOf(type, args), args?.actor ?? null);
        if (!decision.ok) throw rejection(decision.reason);
        woken ||= continueAsNewSuggested();
        return adopt(decision).then(() => toLifecycleSnapshot(state));
      },
      {
        validator: (args) => {
          const decision = decideNow(commandOf(type, args), args?.actor ?? null);
          if (!decision.ok) throw rejection(decision.reason);
        },
      },
    );
  }
  setHandler(policyChangedSignal, (next) => changeCalendar(() => (policy = next)));
  setHandler(holidaysChangedSignal, (next) => changeCalendar(() => (holidays = next)));
  setHandler(snapshotQuery, () => toLifecycleSnapshot(state));

  // Business logic.
  if (!input.state) await record(toLifecycleSnapshot(state), []);
  for (let firstPass = true; !TERMINAL_LIFECYCLE_STATUSES.includes(state.status); firstPass = false) {
    const now = Date.now();
    const agenda = agendaNow();
    let periodBoundary = false;
    for (const item of agenda) {
      const due = lifecycleMomentOf(item.date);
      if (item.kind === 'open' && due <= now) {
        const decision = decideNow({ type: 'periodOpened', periodKey: item.periodKey }, null);
        if (decision.ok) void adopt(decision);
        periodBoundary ||= !item.periodKey.startsWith('step-');
      } else if (due <= now && (due > noticesThrough || owed.size > 0)) {
        const identity = agendaItemIdentity(item);
        const give = owed.delete(identity) || (due > noticesThrough && !alreadyGiven.delete(identity));
        const notification = give ? agendaNotification(state, item) : null;
        if (notification !== null) void record(null, [notification]);
      }
    }
    noticesThrough = Math.max(noticesThrough, now);

    if (yearCanClose(state, bangkokDateOf(new Date(now).toISOString()))) {
      const decision = decideNow({ type: 'yearEnded' }, null);
      if (decision.ok) void adopt(decision);
      break;
    }
    if ((periodBoundary && !firstPass) || continueAsNewSuggested()) {
      await outbox;
      await condition(allHandlersFinished);
      const rescheduled = alreadyGiven.size + owed.size > 0 ? { alreadyGiven: [...alreadyGiven], owed: [...owed] } : undefined;
      return continueAsNew<typeof measureLifecycleWorkflow>({
        ...input,
        policy,
        holidays,
        state: { snapshot: toLifecycleSnapshot(state), noticesHandledThrough: new Date(noticesThrough).toISOString(), ...(rescheduled && { rescheduled }) },
      });
    }

    const next = agenda.map((item) => lifecycleMomentOf(item.date)).filter((due) => due > now).sort((a, b) => a - b)[0];
    woken = false;
    if (lean) await waitForTimerOrWake(next, now);
    else if (next === undefined) await condition(() => woken);
    else await condition(() => woken, next - now);
  }
  await outbox;
  await condition(allHandlersFinished);
  return toLifecycleSnapshot(state);
}

/** Workflows recorded before search attributes existed replay without them. */
const SEARCH_ATTRIBUTES_PATCH = 'lifecycle-search-attributes';

/** Status, owner divisions and the next due date, for finding workflows in the Temporal UI. */
function searchAttributesOf(snapshot: MeasureLifecycleSnapshot): SearchAttributeUpdatePair[] | null {
  if (!patched(SEARCH_ATTRIBUTES_PATCH)) return null;
  const pending = snapshot.reports.filter((report) => ['not_open', 'open', 'draft', 'returned', 'returned_by_executive'].includes(report.status));
  const nextDue = pending.map((report) => report.dueDate).sort()[0];
  return [
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.organization, value: snapshot.organizationId },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.fiscalYear, value: snapshot.fiscalYearBe },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.status, value: snapshot.status },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.divisions, value: snapshot.assignments.map((assignment) => assignment.divisionId) },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.nextDueDate, value: nextDue ? new Date(`${nextDue}T00:00:00+07:00`) : null },
  ];
}

function newState(input: MeasureLifecycleInput, workflowId: string): LifecycleState {
  try {
    return createLifecycleState({ workflowId, ...input });
  } catch (error) {
    throw ApplicationFailure.nonRetryable(`invalid lifecycle input: ${(error as Error).message}`, 'InvalidLifecycleInput');
  }
}

function commandOf(type: LifecycleHumanCommandType, args: { actor: LifecycleActor } & Record<string, unknown>): LifecycleCommand {
  const { actor: _actor, ...fields } = args ?? {};
  return { ...fields, type } as LifecycleCommand;
}

function rejection(reason: LifecycleRejectionReason): ApplicationFailure {
  return ApplicationFailure.nonRetryable(formatLifecycleRejection(reason), LIFECYCLE_REJECTED, reason);
}
