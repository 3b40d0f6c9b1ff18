/** The workflow that delivers one outbox mail, retrying with backoff while the relay refuses. */
export const DELIVER_MAIL_WORKFLOW = 'deliverMailWorkflow';

/** One delivery workflow per outbox row, so a mail can never be delivered by two at once. */
export function deliverMailWorkflowId(outboxId: string): string {
  return `mail-${outboxId}`;
}

/** How a delivery ended. */
export type MailDeliveryOutcome = 'sent' | 'failed' | 'skipped';

export interface MailDeliveryActivities {
  /**
   * Delivers the outbox mail if it still waits ('skipped' otherwise). A refused recipient (5xx)
   * is recorded as 'failed' for the administrator; a relay that is down throws, to be retried.
   */
  deliverOutboxMail(outboxId: string): Promise<MailDeliveryOutcome>;
  /** Records that delivery was given up on after days of retries. */
  giveUpOnOutboxMail(outboxId: string, reason: string): Promise<void>;
}
