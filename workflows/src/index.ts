export { diagnosticRoundTripWorkflow } from './diagnostic-round-trip.workflow';
export { measureLifecycleWorkflow } from './measure-lifecycle.workflow';
export { deliverMailWorkflow } from './deliver-mail.workflow';
export { dailyDigestWorkflow, reportRoundsOpenedWorkflow, weeklySummaryWorkflow } from './scheduled-mail.workflows';
export { roundReportWorkflow } from './round-report.workflow';
