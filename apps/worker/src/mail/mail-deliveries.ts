import { Injectable } from '@nestjs/common';
import { DELIVER_MAIL_WORKFLOW, deliverMailWorkflowId, PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

/**
 * Starts the delivery workflow of each outbox mail, from inside an activity (with the worker's own
 * client). The workflow id is the outbox row's, so starting twice delivers once.
 */
@Injectable()
export class MailDeliveries {
  async start(outboxIds: readonly string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    const { client } = Context.current();
    for (const outboxId of outboxIds) {
      try {
        await client.workflow.start(DELIVER_MAIL_WORKFLOW, { workflowId: deliverMailWorkflowId(outboxId), taskQueue: PRONGSAI_TASK_QUEUE, args: [outboxId] });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
  }
}
