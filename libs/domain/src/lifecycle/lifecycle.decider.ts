import type { LifecycleActor, LifecycleCommand, LifecycleEvent, LifecycleNotification, ReportContent } from '@prongsai/contracts';
import { isIsoDate } from '../calendar';
import { bangkokDateOf } from './lifecycle-clock';
import { LifecycleRejectionCode as Code, lifecycleRejection, LifecycleRejectionReason } from './lifecycle-rejections';
import { LifecycleReport, LifecycleState, TERMINAL_LIFECYCLE_STATUSES } from './lifecycle-state';

/** The outcome of one command: the new state with what happened, or why nothing happened. */
export type LifecycleDecision =
  | { ok: true; state: LifecycleState; events: LifecycleEvent[]; notifications: LifecycleNotification[] }
  | { ok: false; reason: LifecycleRejectionReason };

type Role = LifecycleActor['role'];
type Status = LifecycleState['status'];
type Command<T extends LifecycleCommand['type']> = Extract<LifecycleCommand, { type: T }>;

/** What one rule returns: a rejection, or what to record (the draft state was changed in place). */
type RuleOutcome = LifecycleRejectionReason | { periodKey?: string | null; comment?: string | null; notifications?: LifecycleNotification[] };

interface RuleContext {
  state: LifecycleState;
  actor: LifecycleActor | null;
  nowIso: string;
}

const ACTIVE: readonly Status[] = ['assignment', 'in_progress'];
const OPEN_FOR_WRITING: readonly LifecycleReport['status'][] = ['open', 'draft', 'returned', 'returned_by_executive'];

/**
 * The lifecycle rules of one measure in one fiscal year: applies a command to a state, or refuses
 * it with a reason in Thai and English. Pure and deterministic: the time comes in as `nowIso`
 * (an ISO instant; due dates are compared with its Asia/Bangkok day), nothing is read or written.
 *
 * `actor` is null for the system commands of the workflow's timers (periodOpened, yearEnded) and
 * required for everything else. A delegate (`onBehalfOfPersonId`) carries the role and division of
 * the person stood in for — the API resolves them — and both people are recorded in the event.
 *
 * On success the state's `revision` grows by one and the events are appended to its timeline.
 */
export function decide(state: LifecycleState, command: LifecycleCommand, actor: LifecycleActor | null, nowIso: string): LifecycleDecision {
  if (TERMINAL_LIFECYCLE_STATUSES.includes(state.status)) {
    return { ok: false, reason: lifecycleRejection(Code.Finished) };
  }
  const system = command.type === 'periodOpened' || command.type === 'yearEnded';
  if (system !== (actor === null || actor === undefined)) {
    return { ok: false, reason: lifecycleRejection(system ? Code.SystemOnly : Code.NotAllowedForRole) };
  }
  const draft = JSON.parse(JSON.stringify(state)) as LifecycleState;
  const outcome = applyRule({ state: draft, actor: actor ?? null, nowIso }, command);
  if ('code' in outcome) {
    return { ok: false, reason: outcome };
  }
  const event: LifecycleEvent = {
    at: nowIso,
    action: command.type,
    actorPersonId: actor?.personId ?? null,
    onBehalfOfPersonId: actor?.onBehalfOfPersonId ?? null,
    periodKey: outcome.periodKey ?? null,
    comment: outcome.comment ?? null,
  };
  draft.revision = state.revision + 1;
  const previous = draft.events.at(-1);
  if (previous !== undefined && continuesDraftRun(previous, event)) {
    const folded: LifecycleEvent = { ...event, repeated: { count: (previous.repeated?.count ?? 1) + 1, firstAt: previous.repeated?.firstAt ?? previous.at } };
    draft.events[draft.events.length - 1] = folded;
    return { ok: true, state: draft, events: [folded], notifications: outcome.notifications ?? [] };
  }
  draft.events.push(event);
  return { ok: true, state: draft, events: [event], notifications: outcome.notifications ?? [] };
}

/** A draft save right after another by the same person (for the same person away) on the same period. */
function continuesDraftRun(previous: LifecycleEvent, event: LifecycleEvent): boolean {
  return (
    event.action === 'saveReportDraft' &&
    previous.action === 'saveReportDraft' &&
    previous.actorPersonId === event.actorPersonId &&
    previous.onBehalfOfPersonId === event.onBehalfOfPersonId &&
    previous.periodKey === event.periodKey
  );
}

function applyRule(ctx: RuleContext, command: LifecycleCommand): RuleOutcome {
  switch (command.type) {
    case 'submitPlan':
      return guard(ctx, ['admin'], ['draft']) ?? moveTo(ctx, 'plan_approval');
    case 'approvePlan':
      return guard(ctx, ['executive'], ['plan_approval']) ?? approvePlan(ctx, command);
    case 'returnPlan':
      return guard(ctx, ['executive'], ['plan_approval']) ?? needText(command.comment) ?? moveTo(ctx, 'draft', command.comment);
    case 'acknowledgeAssignment':
      return acknowledge(ctx, command);
    case 'reassign':
      return guard(ctx, ['admin'], ['draft', 'plan_approval', 'assignment', 'in_progress']) ?? reassign(ctx, command);
    case 'saveReportDraft':
    case 'submitReport':
      return writeReport(ctx, command);
    case 'acceptReport':
      return review(ctx, command.periodKey, ['admin'], 'submitted', Code.ReportNotSubmitted, 'accepted', 'awaiting_sign_off');
    case 'returnReport':
      return needText(command.comment) ?? review(ctx, command.periodKey, ['admin'], 'submitted', Code.ReportNotSubmitted, 'returned', 'report_returned', command.comment);
    case 'signOff':
      return review(ctx, command.periodKey, ['executive'], 'accepted', Code.ReportNotAccepted, 'signed_off', 'published');
    case 'returnSignOff':
      return (
        needText(command.comment) ??
        review(ctx, command.periodKey, ['executive'], 'accepted', Code.ReportNotAccepted, 'returned_by_executive', 'report_returned', command.comment)
      );
    case 'startCorrection':
      return startCorrection(ctx, command);
    case 'amendPlan':
      return guard(ctx, ['admin'], ['assignment', 'in_progress']) ?? moveTo(ctx, 'plan_approval', command.comment ?? null);
    case 'requestCancel':
      return guard(ctx, ['admin'], null) ?? needText(command.reason) ?? requestCancel(ctx, command);
    case 'approveCancel':
    case 'rejectCancel':
      return guard(ctx, ['executive'], null) ?? decideCancel(ctx, command);
    case 'periodOpened':
      return openPeriod(ctx, command);
    case 'yearEnded':
      return moveTo(ctx, 'completed');
  }
}

/** Refuses unless the actor has one of the roles and the measure is in one of the statuses (null: any live one). */
function guard(ctx: RuleContext, roles: readonly Role[], statuses: readonly Status[] | null): LifecycleRejectionReason | undefined {
  if (ctx.actor === null || !roles.includes(ctx.actor.role)) {
    return lifecycleRejection(Code.NotAllowedForRole);
  }
  if (statuses !== null && !statuses.includes(ctx.state.status)) {
    return lifecycleRejection(Code.WrongStatus);
  }
  return undefined;
}

function needText(text: string | undefined): LifecycleRejectionReason | undefined {
  return typeof text === 'string' && text.trim() !== '' ? undefined : lifecycleRejection(Code.MissingText);
}

function moveTo(ctx: RuleContext, status: Status, comment: string | null = null): RuleOutcome {
  ctx.state.status = status;
  return { comment };
}

function approvePlan(ctx: RuleContext, command: Command<'approvePlan'>): RuleOutcome {
  if (typeof command.approvedOn !== 'string' || !isIsoDate(command.approvedOn)) {
    return lifecycleRejection(Code.InvalidDate);
  }
  const { state } = ctx;
  state.planApprovedOn = command.approvedOn;
  const waiting = state.assignments.filter((a) => !a.acknowledged);
  state.status = waiting.length === 0 ? 'in_progress' : 'assignment';
  return { notifications: waiting.map((a) => notice(state, 'task_assigned', null, { divisionId: a.divisionId })) };
}

function acknowledge(ctx: RuleContext, command: Command<'acknowledgeAssignment'>): RuleOutcome {
  const { state, actor } = ctx;
  const assignment = state.assignments.find((a) => a.divisionId === command.divisionId);
  const ownHead = actor?.role === 'division_head' && actor.divisionId === command.divisionId;
  if (actor === null || !(actor.role === 'admin' || ownHead)) {
    return lifecycleRejection(actor?.role === 'division_head' ? Code.NotOwnerDivision : Code.NotAllowedForRole);
  }
  if (!ACTIVE.includes(state.status)) {
    return lifecycleRejection(Code.WrongStatus);
  }
  if (assignment === undefined) {
    return lifecycleRejection(Code.UnknownDivision);
  }
  assignment.acknowledged = true;
  assignment.officerIds = [...new Set(command.officerIds)];
  if (state.status === 'assignment' && state.assignments.every((a) => a.acknowledged)) {
    state.status = 'in_progress';
  }
  return { comment: command.divisionId };
}

function reassign(ctx: RuleContext, command: Command<'reassign'>): RuleOutcome {
  const { state } = ctx;
  const index = state.assignments.findIndex((a) => a.divisionId === command.fromDivisionId);
  if (index < 0) {
    return lifecycleRejection(Code.UnknownDivision);
  }
  if (state.assignments.some((a) => a.divisionId === command.toDivisionId) || command.toDivisionId.trim() === '') {
    return lifecycleRejection(Code.AlreadyOwner);
  }
  state.assignments[index] = { divisionId: command.toDivisionId, acknowledged: false, officerIds: [] };
  const notifications = ACTIVE.includes(state.status) ? [notice(state, 'task_assigned', null, { divisionId: command.toDivisionId })] : [];
  return { comment: `${command.fromDivisionId} → ${command.toDivisionId}`, notifications };
}

function writeReport(ctx: RuleContext, command: Command<'saveReportDraft' | 'submitReport'>): RuleOutcome {
  const { state, actor, nowIso } = ctx;
  if (actor === null || !(actor.role === 'officer' || actor.role === 'division_head')) {
    return lifecycleRejection(Code.NotAllowedForRole);
  }
  if (actor.divisionId === null || !state.assignments.some((a) => a.divisionId === actor.divisionId)) {
    return lifecycleRejection(Code.NotOwnerDivision);
  }
  if (state.status !== 'in_progress') {
    return lifecycleRejection(Code.WrongStatus);
  }
  const report = findReport(state, command.periodKey);
  const refused = report === undefined ? lifecycleRejection(Code.UnknownPeriod) : writableReason(report);
  if (refused !== undefined || report === undefined) {
    return refused ?? lifecycleRejection(Code.UnknownPeriod);
  }
  if (!isValidContent(command.content)) {
    return lifecycleRejection(Code.InvalidContent);
  }
  report.content = command.content;
  if (command.type === 'saveReportDraft') {
    report.status = 'draft';
    return { periodKey: report.periodKey };
  }
  report.status = 'submitted';
  report.submittedAt = nowIso;
  if (report.version === 1) {
    report.late = bangkokDateOf(nowIso) > report.dueDate;
  }
  return {
    periodKey: report.periodKey,
    comment: report.late && report.version === 1 ? 'ส่งล่าช้า / late' : null,
    notifications: [notice(state, 'awaiting_review', report)],
  };
}

function writableReason(report: LifecycleReport): LifecycleRejectionReason | undefined {
  if (OPEN_FOR_WRITING.includes(report.status)) return undefined;
  if (report.status === 'not_open') return lifecycleRejection(Code.PeriodNotOpen);
  if (report.status === 'signed_off') return lifecycleRejection(Code.AlreadySignedOff);
  return lifecycleRejection(Code.AlreadySubmitted);
}

function isValidContent(content: ReportContent | undefined): boolean {
  return (
    typeof content === 'object' &&
    content !== null &&
    typeof content.completion === 'number' &&
    Number.isFinite(content.completion) &&
    content.completion >= 0 &&
    content.completion <= 100 &&
    Array.isArray(content.evidence) &&
    (content.publishedOn === null || (typeof content.publishedOn === 'string' && isIsoDate(content.publishedOn)))
  );
}

/** A coordinator's or executive's decision on one report: from one report status to the next. */
function review(
  ctx: RuleContext,
  periodKey: string,
  roles: readonly Role[],
  from: LifecycleReport['status'],
  notThere: Code,
  to: LifecycleReport['status'],
  kind: LifecycleNotification['kind'],
  comment: string | null = null,
): RuleOutcome {
  const refused = guard(ctx, roles, null);
  if (refused !== undefined) return refused;
  const { state, actor, nowIso } = ctx;
  const report = findReport(state, periodKey);
  if (report === undefined) return lifecycleRejection(Code.UnknownPeriod);
  if (report.status !== from) {
    return lifecycleRejection(report.status === 'signed_off' ? Code.AlreadySignedOff : notThere);
  }
  report.status = to;
  if (comment !== null) report.lastComment = comment;
  if (to === 'signed_off' && report.content !== null && actor !== null) {
    report.publishedVersions = [
      ...(report.publishedVersions ?? []),
      { version: report.version, content: report.content, late: report.late, signedOffAt: nowIso, signedOffByPersonId: actor.personId },
    ];
  }
  return { periodKey, comment, notifications: [notice(state, kind, report)] };
}

function startCorrection(ctx: RuleContext, command: Command<'startCorrection'>): RuleOutcome {
  const refused = guard(ctx, ['admin'], null);
  if (refused !== undefined) return refused;
  const report = findReport(ctx.state, command.periodKey);
  if (report === undefined) return lifecycleRejection(Code.UnknownPeriod);
  if (report.status !== 'signed_off') return lifecycleRejection(Code.NotSignedOff);
  report.status = 'draft';
  report.version += 1;
  report.lastComment = null;
  report.submittedAt = null;
  return { periodKey: report.periodKey };
}

function requestCancel(ctx: RuleContext, command: Command<'requestCancel'>): RuleOutcome {
  const { state, actor, nowIso } = ctx;
  if (state.cancelRequest) return lifecycleRejection(Code.CancelPending);
  state.cancelRequest = { reason: command.reason, requestedAt: nowIso, requestedByPersonId: actor?.personId ?? '' };
  return { comment: command.reason };
}

function decideCancel(ctx: RuleContext, command: Command<'approveCancel' | 'rejectCancel'>): RuleOutcome {
  const { state } = ctx;
  if (!state.cancelRequest) return lifecycleRejection(Code.NoCancelPending);
  const reason = state.cancelRequest.reason;
  state.cancelRequest = null;
  if (command.type === 'approveCancel') {
    state.status = 'cancelled';
    return { comment: reason };
  }
  return { comment: command.comment ?? null };
}

function openPeriod(ctx: RuleContext, command: Command<'periodOpened'>): RuleOutcome {
  const { state } = ctx;
  const report = findReport(state, command.periodKey);
  if (report === undefined) return lifecycleRejection(Code.UnknownPeriod);
  if (report.status !== 'not_open') return lifecycleRejection(Code.AlreadyOpen);
  report.status = 'open';
  const notifications = ACTIVE.includes(state.status) ? [notice(state, 'period_opened', report)] : [];
  return { periodKey: report.periodKey, notifications };
}

function findReport(state: LifecycleState, periodKey: string): LifecycleReport | undefined {
  return state.reports.find((r) => r.periodKey === periodKey);
}

/** A notification about this measure (reminders and escalations come from the agenda, not here). */
export function notice(
  state: LifecycleState,
  kind: LifecycleNotification['kind'],
  report: LifecycleReport | null,
  extra: Partial<Pick<LifecycleNotification, 'escalationLevel' | 'on' | 'divisionId'>> = {},
): LifecycleNotification {
  return {
    workflowId: state.workflowId,
    organizationId: state.organizationId,
    measureId: state.measureId,
    kind,
    periodKey: report?.periodKey ?? null,
    escalationLevel: null,
    dueDate: report?.dueDate ?? null,
    ...extra,
  };
}
