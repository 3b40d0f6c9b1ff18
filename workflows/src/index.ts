export { diagnosticRoundTripWorkflow } from './diagnostic-round-trip.workflow';
export { measureLifecycleWorkflow } from './measure-lifecycle.workflow';
