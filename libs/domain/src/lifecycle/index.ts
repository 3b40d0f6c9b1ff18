// The measure lifecycle's rules (issue 4): pure and deterministic, used by the workflow and tests.
export { bangkokDateOf, LIFECYCLE_NOTICE_HOUR_BANGKOK, lifecycleMomentOf } from './lifecycle-clock';
export { agendaItemIdentity, agendaNotification, lifecycleAgenda, lifecycleTimingKey, MAX_ESCALATION_LEVEL, rescheduledNotices, timingMayHaveChanged, YEAR_END_GRACE_DAYS, yearCanClose, yearEndDates } from './lifecycle-agenda';
export type { LifecycleAgendaFacts, LifecycleAgendaItem, RescheduledNotices } from './lifecycle-agenda';
export { formatLifecycleRejection, LifecycleRejectionCode, lifecycleRejection } from './lifecycle-rejections';
export type { LifecycleRejectionReason } from './lifecycle-rejections';
export { createLifecycleState, REPORT_DUE_DAYS_AFTER_PERIOD_END, TERMINAL_LIFECYCLE_STATUSES, toLifecycleSnapshot } from './lifecycle-state';
export type { LifecycleReport, LifecycleState, NewLifecycleFacts } from './lifecycle-state';
export { decide } from './lifecycle.decider';
export { ownerReplacements } from './reassigned-owners';
export type { LifecycleDecision } from './lifecycle.decider';
