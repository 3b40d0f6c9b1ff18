import { defineQuery, defineSignal, defineUpdate, type QueryDefinition, type SignalDefinition } from '@temporalio/workflow';
import type { LifecycleActor, LifecyclePolicy, MeasureLifecycleSnapshot } from './measure-lifecycle';
import { LIFECYCLE_HUMAN_COMMAND_TYPES, type LifecycleCommandFields, type LifecycleHumanCommandType } from './measure-lifecycle-commands';

/** The one argument of every lifecycle Update: who acts, and the command's own fields. */
export type LifecycleUpdateArgs<T extends LifecycleHumanCommandType> = { actor: LifecycleActor } & LifecycleCommandFields<T>;

/** One Update per human action, named like the command; each returns the new snapshot. */
export type LifecycleUpdates = {
  [T in LifecycleHumanCommandType]: ReturnType<typeof defineUpdate<MeasureLifecycleSnapshot, [LifecycleUpdateArgs<T>], T>>;
};

/**
 * The measure lifecycle's Updates, e.g.
 * `handle.executeUpdate(lifecycleUpdates.approvePlan, { args: [{ actor, approvedOn: '2024-10-15' }] })`.
 * A wrong action is refused by the Update's validator (bilingual message "th / en"), before it is
 * written to the workflow history.
 */
export const lifecycleUpdates = Object.fromEntries(LIFECYCLE_HUMAN_COMMAND_TYPES.map((type) => [type, defineUpdate(type)])) as LifecycleUpdates;

/** Signal: the organisation changed its reminder and escalation policy for the fiscal year. */
export const policyChangedSignal: SignalDefinition<[LifecyclePolicy], 'policyChanged'> = defineSignal<[LifecyclePolicy], 'policyChanged'>('policyChanged');

/**
 * Signal: the organisation's holidays changed; carries every holiday ('YYYY-MM-DD') the lifecycle's
 * reminders and escalations count around, as they stand now.
 */
export const holidaysChangedSignal: SignalDefinition<[string[]], 'holidaysChanged'> = defineSignal<[string[]], 'holidaysChanged'>('holidaysChanged');

/** Query: the lifecycle as it stands (the same shape the read model stores). */
export const snapshotQuery: QueryDefinition<MeasureLifecycleSnapshot, [], 'snapshot'> = defineQuery<MeasureLifecycleSnapshot, [], 'snapshot'>('snapshot');
