import type { MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The read model of one measure's lifecycle workflow: lists, inboxes and dashboards read this,
 * never Temporal. Written only by the worker's activities, newest revision wins.
 */
@Entity({ name: 'measure_lifecycles' })
@Index(['organizationId', 'fiscalYearBe'])
export class MeasureLifecycleEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'varchar', length: 200 })
  workflowId: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ name: 'fiscal_year_be', type: 'int' })
  fiscalYearBe: number;

  @Index({ unique: true })
  @Column({ name: 'measure_id', type: 'varchar', length: 36 })
  measureId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'varchar', length: 32 })
  status: MeasureLifecycleSnapshot['status'];

  @Column({ type: 'json' })
  snapshot: MeasureLifecycleSnapshot;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
