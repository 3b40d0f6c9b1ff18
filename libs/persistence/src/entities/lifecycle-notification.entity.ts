import type { LifecycleNotification } from '@prongsai/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A moment someone is to be told about, recorded once per idempotency key (workflow, kind,
 * period, escalation level) however often the activity is retried. The mail outbox reads these.
 */
@Entity({ name: 'lifecycle_notifications' })
@Index(['organizationId', 'createdAt'])
export class LifecycleNotificationEntity {
  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 300 })
  idempotencyKey: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ name: 'measure_id', type: 'varchar', length: 36 })
  measureId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: LifecycleNotification['kind'];

  @Column({ type: 'simple-json' })
  notification: LifecycleNotification;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
