import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where an outbox mail stands: waiting, delivered, given up on, or held for the daily digest. */
export type MailOutboxStatus = 'pending' | 'sent' | 'failed' | 'digest' | 'digested';

/**
 * One mail to one person, written once per idempotency key (workflow + event + recipient +
 * period…) however often the activity that decides it is retried, then delivered by its own
 * delivery workflow. Keeps what the template needs (`input`), not the rendered mail, so a preview
 * and the delivery render the same way.
 */
@Entity({ name: 'mail_outbox' })
@Index(['organizationId', 'createdAt'])
@Index(['status', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 255 })
  idempotencyKey: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ name: 'recipient_person_id', type: 'varchar', length: 36 })
  recipientPersonId: string;

  @Column({ name: 'recipient_email', type: 'varchar', length: 255 })
  recipientEmail: string;

  /** Set when the recipient gets the mail as the delegate of this person. */
  @Column({ name: 'standing_in_for_person_id', type: 'varchar', length: 36, nullable: true })
  standingInForPersonId: string | null;

  /** The template: a lifecycle notice kind, a reminder kind, or a digest or summary. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'measure_id', type: 'varchar', length: 36, nullable: true })
  measureId: string | null;

  @Column({ name: 'period_key', type: 'varchar', length: 32, nullable: true })
  periodKey: string | null;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  /** The template's input (MailInput of @prongsai/mail). */
  @Column({ type: 'json' })
  input: unknown;

  @Column({ type: 'varchar', length: 16 })
  status: MailOutboxStatus;

  /** 'smtp', or 'mailbox' for the embedded local mailbox (no SMTP_URL). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  transport: 'smtp' | 'mailbox' | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Why the last attempt failed (the SMTP answer), for the administrator. */
  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ name: 'message_id', type: 'varchar', length: 255, nullable: true })
  messageId: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt: Date | null;
}
