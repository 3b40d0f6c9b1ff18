import type { ScheduledMailActivities } from '@prongsai/contracts';
import { bangkokDateOf } from '@prongsai/domain';
import { proxyActivities } from '@temporalio/workflow';

const { sendDailyDigests, sendWeeklySummaries, announceReportRounds } = proxyActivities<ScheduledMailActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '30 seconds', maximumInterval: '10 minutes', maximumAttempts: 20 },
});

/** The day in Thailand the schedule fired on. */
function today(): string {
  return bangkokDateOf(new Date().toISOString());
}

/** Started each morning by the 'prongsai-daily-digest' Schedule. */
export async function dailyDigestWorkflow(): Promise<number> {
  return sendDailyDigests(today());
}

/** Started each Monday by the 'prongsai-weekly-summary' Schedule. */
export async function weeklySummaryWorkflow(): Promise<number> {
  return sendWeeklySummaries(today());
}

/** Started on the first day of each fiscal quarter by the 'prongsai-report-rounds' Schedule. */
export async function reportRoundsOpenedWorkflow(): Promise<number> {
  return announceReportRounds(today());
}
