import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailDeliveryActivities, MailDeliveryOutcome } from '@prongsai/contracts';
import { renderMail, type MailInput } from '@prongsai/mail';
import { MailOutboxEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { MailDeliveryError, MailSender } from '../mail/mail-sender';

/** Delivers outbox mail: thin, and safe to retry (a delivered row is never delivered again). */
@Injectable()
export class MailActivitiesService implements MailDeliveryActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: MailSender,
  ) {}

  async deliverOutboxMail(outboxId: string): Promise<MailDeliveryOutcome> {
    const outbox = this.dataSource.getRepository(MailOutboxEntity);
    const row = await outbox.findOneBy({ id: outboxId });
    if (row === null || row.status !== 'pending') return 'skipped';
    const mail = renderMail(row.input as MailInput);
    try {
      await this.sender.send({ to: row.recipientEmail, subject: mail.subject, html: mail.html, text: mail.text, messageId: `<${row.id}@prongsai>` });
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 1000) : String(error);
      const permanent = error instanceof MailDeliveryError && error.permanent;
      await outbox.update({ id: row.id, status: 'pending' }, { attempts: row.attempts + 1, lastError: reason, ...(permanent ? { status: 'failed' as const } : {}) });
      if (permanent) return 'failed';
      throw error;
    }
    await outbox.update({ id: row.id, status: 'pending' }, { status: 'sent', transport: this.sender.transport, attempts: row.attempts + 1, lastError: null, sentAt: new Date(), messageId: `<${row.id}@prongsai>` });
    return 'sent';
  }

  async giveUpOnOutboxMail(outboxId: string, reason: string): Promise<void> {
    await this.dataSource.getRepository(MailOutboxEntity).update({ id: outboxId, status: 'pending' }, { status: 'failed', lastError: reason.slice(0, 1000) });
  }
}
