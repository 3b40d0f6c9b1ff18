/**
 * The diagnostic round trip: the API starts it, the worker's activity records its completion in the
 * database, and the API reads the result back from there. It proves every part is connected.
 */
export interface DiagnosticRoundTripInput {
  runId: string;
}

export interface DiagnosticCompletion {
  completedAt: string;
  completedBy: string;
}

export interface DiagnosticRoundTripResult extends DiagnosticCompletion {
  runId: string;
}

export interface DiagnosticsActivities {
  recordDiagnosticCompletion(runId: string): Promise<DiagnosticCompletion>;
}

export const DIAGNOSTIC_ROUND_TRIP_WORKFLOW = 'diagnosticRoundTripWorkflow';

/** One workflow per run: starting the same run twice is refused by Temporal. */
export function diagnosticRoundTripWorkflowId(runId: string): string {
  return `diagnostic/${runId}`;
}
