import { decideRoundReportUpdate, roundReportStateQuery, type RoundReportActivities, type RoundReportDecision, type RoundReportRefusal, type RoundReportState } from '@prongsai/contracts';
import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';

const { compileRoundReportFiles, recordRoundReportDecision } = proxyActivities<RoundReportActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

/** The error type of a refused decision; its message is "ไทย / English". */
export const ROUND_REPORT_REJECTED = 'RoundReportRejected';

/**
 * One version of a round report: compiles it (every measure's report for the round, the missing
 * ones flagged), then waits for the executive, who signs it off — it is published and never
 * changes again — or returns it with a comment. A correction is a new version, a new workflow.
 */
export async function roundReportWorkflow(reportId: string): Promise<RoundReportState> {
  let state: RoundReportState = { reportId, status: 'compiling', comment: null };
  let deciding = false;
  setHandler(roundReportStateQuery, () => state);
  setHandler(
    decideRoundReportUpdate,
    async ({ actor, decision, comment }) => {
      deciding = true;
      const note = comment?.trim() || null;
      await recordRoundReportDecision(reportId, decision, actor.personId, note, actor.onBehalfOfPersonId ?? null);
      state = { reportId, status: decision === 'sign_off' ? 'published' : 'returned', comment: note };
      return state;
    },
    { validator: (args) => refusalOf(state, deciding, args) },
  );
  await compileRoundReportFiles(reportId);
  state = { ...state, status: 'awaiting_sign_off' };
  await condition(() => state.status === 'published' || state.status === 'returned');
  await condition(allHandlersFinished);
  return state;
}

function refusalOf(state: RoundReportState, deciding: boolean, { actor, decision, comment }: RoundReportDecision): void {
  const refuse = (kind: RoundReportRefusal['kind'], th: string, en: string) => {
    throw ApplicationFailure.nonRetryable(`${th} / ${en}`, ROUND_REPORT_REJECTED, { kind, th, en } satisfies RoundReportRefusal);
  };
  if (actor?.role !== 'executive') refuse('forbidden', 'เฉพาะผู้บริหารลงนามหรือส่งคืนรายงานได้', 'only the executive signs off or returns the report');
  if (state.status !== 'awaiting_sign_off' || deciding) refuse('conflict', 'รายงานนี้ไม่ได้รอการลงนาม', 'this report is not waiting for sign-off');
  if (decision !== 'sign_off' && decision !== 'return') refuse('invalid', 'การตัดสินใจต้องเป็น sign_off หรือ return', 'decision must be sign_off or return');
  if (decision === 'return' && !comment?.trim()) refuse('invalid', 'กรุณาระบุเหตุผลที่ส่งคืน', 'say why the report is returned (comment)');
}
