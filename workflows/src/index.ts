export { diagnosticRoundTripWorkflow } from './diagnostic-round-trip.workflow';
