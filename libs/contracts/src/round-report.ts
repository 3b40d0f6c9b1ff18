import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { LifecycleActor } from './measure-lifecycle';

/** The workflow of one version of a round report: compile, wait for the executive, publish or return. */
export const ROUND_REPORT_WORKFLOW = 'roundReportWorkflow';

export function roundReportWorkflowId(reportId: string): string {
  return `round-report-${reportId}`;
}

export interface RoundReportState {
  reportId: string;
  status: 'compiling' | 'awaiting_sign_off' | 'returned' | 'published';
  comment: string | null;
}

export interface RoundReportDecision {
  actor: LifecycleActor;
  decision: 'sign_off' | 'return';
  comment?: string | null;
}

/** Why a decision was refused (the details of the Update's failure). */
export interface RoundReportRefusal {
  kind: 'forbidden' | 'conflict' | 'invalid';
  th: string;
  en: string;
}

/** The executive signs the report off (it is published) or returns it with a comment. */
export const decideRoundReportUpdate = defineUpdate<RoundReportState, [RoundReportDecision], 'decideRoundReport'>('decideRoundReport');
export const roundReportStateQuery = defineQuery<RoundReportState, [], 'roundReportState'>('roundReportState');

export interface RoundReportActivities {
  /** Compiles the report from the measures' reports and writes every format; safe to retry. */
  compileRoundReportFiles(reportId: string): Promise<void>;
  /** Records the executive's decision: published (never to change again) or returned. */
  /** `onBehalfOfPersonId`: the executive a stand-in decided for (absent in histories from before stand-ins). */
  recordRoundReportDecision(reportId: string, decision: RoundReportDecision['decision'], personId: string, comment: string | null, onBehalfOfPersonId?: string | null): Promise<void>;
}
