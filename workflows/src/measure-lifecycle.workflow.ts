import {
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
  agendaNotification,
  bangkokDateOf,
  createLifecycleState,
  decide,
  formatLifecycleRejection,
  lifecycleAgenda,
  lifecycleMomentOf,
  TERMINAL_LIFECYCLE_STATUSES,
  toLifecycleSnapshot,
  yearCanClose,
  type LifecycleDecision,
  type LifecycleRejectionReason,
  type LifecycleState,
} from '@prongsai/domain';
import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, defineUpdate, patched, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';

const { recordLifecycleSnapshot, recordLifecycleNotification } = proxyActivities<MeasureLifecycleActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

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
 *   overdue reports; each notice goes through `recordLifecycleNotification`.
 * - Continues as new when a report period of the cadence opens; completes after the fiscal year
 *   once nothing waits (or 30 days after it at the latest), or when cancelled.
 */
export async function measureLifecycleWorkflow(input: MeasureLifecycleInput): Promise<MeasureLifecycleSnapshot> {
  // Validate input.
  const workflowId = measureLifecycleWorkflowId(input.organizationId, input.fiscalYearBe, input.measureId);
  let state: LifecycleState = input.state?.snapshot ?? newState(input, workflowId);
  let policy: LifecyclePolicy = input.policy;
  let noticesThrough = input.state ? Date.parse(input.state.noticesHandledThrough) : Date.now();
  let woken = false;
  let outbox: Promise<void> = Promise.resolve();

  const record = (snapshot: MeasureLifecycleSnapshot | null, notifications: LifecycleNotification[]): Promise<void> => {
    if (snapshot !== null) publishSearchAttributes(snapshot);
    outbox = outbox.then(async () => {
      if (snapshot !== null) await recordLifecycleSnapshot(snapshot);
      for (const notification of notifications) await recordLifecycleNotification(notification);
    });
    return outbox;
  };
  const decideNow = (command: LifecycleCommand, actor: LifecycleActor | null): LifecycleDecision => decide(state, command, actor, new Date().toISOString());
  const adopt = (decision: Extract<LifecycleDecision, { ok: true }>): Promise<void> => {
    state = decision.state;
    woken = true;
    return record(toLifecycleSnapshot(state), decision.notifications);
  };

  // Set up handlers.
  for (const type of LIFECYCLE_HUMAN_COMMAND_TYPES) {
    setHandler(
      lifecycleUpdates[type] as unknown as AnyLifecycleUpdate,
      async (args) => {
        const decision = decideNow(commandOf(type, args), args?.actor ?? null);
        if (!decision.ok) throw rejection(decision.reason);
        await adopt(decision);
        return toLifecycleSnapshot(state);
      },
      {
        validator: (args) => {
          const decision = decideNow(commandOf(type, args), args?.actor ?? null);
          if (!decision.ok) throw rejection(decision.reason);
        },
      },
    );
  }
  setHandler(policyChangedSignal, (next) => {
    policy = next;
    woken = true;
  });
  setHandler(snapshotQuery, () => toLifecycleSnapshot(state));

  // Business logic.
  if (!input.state) await record(toLifecycleSnapshot(state), []);
  for (let firstPass = true; !TERMINAL_LIFECYCLE_STATUSES.includes(state.status); firstPass = false) {
    const now = Date.now();
    const agenda = lifecycleAgenda(state, { policy, holidays: input.holidays });
    let periodBoundary = false;
    for (const item of agenda) {
      const due = lifecycleMomentOf(item.date);
      if (item.kind === 'open' && due <= now) {
        const decision = decideNow({ type: 'periodOpened', periodKey: item.periodKey }, null);
        if (decision.ok) void adopt(decision);
        periodBoundary ||= !item.periodKey.startsWith('step-');
      } else if (due > noticesThrough && due <= now) {
        const notification = agendaNotification(state, item);
        if (notification !== null) void record(null, [notification]);
      }
    }
    noticesThrough = Math.max(noticesThrough, now);

    if (yearCanClose(state, bangkokDateOf(new Date(now).toISOString()))) {
      const decision = decideNow({ type: 'yearEnded' }, null);
      if (decision.ok) void adopt(decision);
      break;
    }
    if (periodBoundary && !firstPass) {
      await outbox;
      await condition(allHandlersFinished);
      return continueAsNew<typeof measureLifecycleWorkflow>({
        ...input,
        policy,
        state: { snapshot: toLifecycleSnapshot(state), noticesHandledThrough: new Date(noticesThrough).toISOString() },
      });
    }

    const next = agenda.map((item) => lifecycleMomentOf(item.date)).filter((due) => due > now).sort((a, b) => a - b)[0];
    woken = false;
    if (next === undefined) await condition(() => woken);
    else await condition(() => woken, next - now);
  }
  await outbox;
  await condition(allHandlersFinished);
  return toLifecycleSnapshot(state);
}

/** Workflows recorded before search attributes existed replay without them. */
const SEARCH_ATTRIBUTES_PATCH = 'lifecycle-search-attributes';

/** Status, owner divisions and the next due date, for finding workflows in the Temporal UI. */
function publishSearchAttributes(snapshot: MeasureLifecycleSnapshot): void {
  if (!patched(SEARCH_ATTRIBUTES_PATCH)) return;
  const pending = snapshot.reports.filter((report) => ['not_open', 'open', 'draft', 'returned', 'returned_by_executive'].includes(report.status));
  const nextDue = pending.map((report) => report.dueDate).sort()[0];
  upsertSearchAttributes([
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.organization, value: snapshot.organizationId },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.fiscalYear, value: snapshot.fiscalYearBe },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.status, value: snapshot.status },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.divisions, value: snapshot.assignments.map((assignment) => assignment.divisionId) },
    { key: LIFECYCLE_SEARCH_ATTRIBUTES.nextDueDate, value: nextDue ? new Date(`${nextDue}T00:00:00+07:00`) : null },
  ]);
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
