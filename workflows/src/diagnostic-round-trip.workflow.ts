import { proxyActivities } from '@temporalio/workflow';
import type { DiagnosticRoundTripInput, DiagnosticRoundTripResult, DiagnosticsActivities } from '@prongsai/contracts';

const { recordDiagnosticCompletion } = proxyActivities<DiagnosticsActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Asks a worker to record that this run went through; returns what it recorded. */
export async function diagnosticRoundTripWorkflow(input: DiagnosticRoundTripInput): Promise<DiagnosticRoundTripResult> {
  const completion = await recordDiagnosticCompletion(input.runId);
  return { runId: input.runId, ...completion };
}
