import type { MailDeliveryActivities, MailDeliveryOutcome } from '@prongsai/contracts';
import { ActivityFailure, proxyActivities } from '@temporalio/workflow';

/** How long a relay may refuse before a mail is given up on and shown as failed. */
const GIVE_UP_AFTER = '3 days';

const { deliverOutboxMail } = proxyActivities<MailDeliveryActivities>({
  startToCloseTimeout: '2 minutes',
  scheduleToCloseTimeout: GIVE_UP_AFTER,
  // A relay that refuses is tried again after 30 s, 1, 2, 4… minutes, then every 30 minutes.
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});
const { giveUpOnOutboxMail } = proxyActivities<MailDeliveryActivities>({ startToCloseTimeout: '1 minute' });

/** Delivers one outbox mail; started once per outbox row by whoever wrote it. */
export async function deliverMailWorkflow(outboxId: string): Promise<MailDeliveryOutcome> {
  try {
    return await deliverOutboxMail(outboxId);
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    await giveUpOnOutboxMail(outboxId, `ส่งไม่สำเร็จภายใน ${GIVE_UP_AFTER} / not delivered within ${GIVE_UP_AFTER}: ${error.cause?.message ?? error.message}`);
    return 'failed';
  }
}
