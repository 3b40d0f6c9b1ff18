import type { ReportContent } from './measure-lifecycle';

/**
 * What people ask of a measure's lifecycle, one variant per action. The workflow exposes each
 * human command as an Update of the same name (see `measure-lifecycle.messages.ts`).
 */
export type LifecycleHumanCommand =
  | { type: 'submitPlan' }
  | { type: 'approvePlan'; approvedOn: string }
  | { type: 'returnPlan'; comment: string }
  | { type: 'acknowledgeAssignment'; divisionId: string; officerIds: string[] }
  | { type: 'reassign'; fromDivisionId: string; toDivisionId: string }
  | { type: 'saveReportDraft'; periodKey: string; content: ReportContent }
  | { type: 'submitReport'; periodKey: string; content: ReportContent }
  | { type: 'acceptReport'; periodKey: string }
  | { type: 'returnReport'; periodKey: string; comment: string }
  | { type: 'signOff'; periodKey: string }
  | { type: 'returnSignOff'; periodKey: string; comment: string }
  | { type: 'startCorrection'; periodKey: string }
  | { type: 'amendPlan'; comment?: string }
  | { type: 'requestCancel'; reason: string }
  | { type: 'approveCancel' }
  | { type: 'rejectCancel'; comment?: string };

/** What the workflow's own timers tell the lifecycle. People cannot send these. */
export type LifecycleSystemCommand = { type: 'periodOpened'; periodKey: string } | { type: 'yearEnded' };

/** Every command the lifecycle rules decide on. */
export type LifecycleCommand = LifecycleHumanCommand | LifecycleSystemCommand;

/** The names of the human commands, which are also the workflow's Update names. */
export type LifecycleHumanCommandType = LifecycleHumanCommand['type'];

/** Every human command name, in the order of the lifecycle. */
export const LIFECYCLE_HUMAN_COMMAND_TYPES = [
  'submitPlan',
  'approvePlan',
  'returnPlan',
  'acknowledgeAssignment',
  'reassign',
  'saveReportDraft',
  'submitReport',
  'acceptReport',
  'returnReport',
  'signOff',
  'returnSignOff',
  'startCorrection',
  'amendPlan',
  'requestCancel',
  'approveCancel',
  'rejectCancel',
] as const satisfies readonly LifecycleHumanCommandType[];

/** The fields of one human command without its `type`. */
export type LifecycleCommandFields<T extends LifecycleHumanCommandType> = Omit<Extract<LifecycleHumanCommand, { type: T }>, 'type'>;
