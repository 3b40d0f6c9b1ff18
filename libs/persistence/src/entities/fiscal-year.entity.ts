import type { LifecyclePolicy } from '@prongsai/contracts';
import type { Cadence } from '@prongsai/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A fiscal year (ปีงบประมาณ พ.ศ.) of an organisation and its reporting cadence. */
@Entity({ name: 'fiscal_years' })
@Index(['organizationId', 'yearBe'], { unique: true })
export class FiscalYearEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ name: 'year_be', type: 'int' })
  yearBe: number;

  @Column({ type: 'varchar', length: 16 })
  cadence: Cadence;

  /** A past year brought in by an archive import: read-only, listed as completed. */
  @Column({ type: 'boolean', default: false })
  archived: boolean;

  /** Reminder and escalation timing for the year's lifecycles; null means the default policy. */
  @Column({ type: 'simple-json', nullable: true })
  policy: LifecyclePolicy | null;
}
