import type { EvidenceLink, MeasureStatus, MonitoringRule } from '@prongsai/domain';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { MeasureOwnerEntity } from './measure-owner.entity';
import { MeasureStepEntity } from './measure-step.entity';

/** A measure (มาตรการ / กิจกรรม) of an organisation's fiscal year: the unit of work and reporting. */
@Entity({ name: 'measures' })
@Index(['organizationId', 'fiscalYearBe', 'no'], { unique: true })
export class MeasureEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ name: 'fiscal_year_be', type: 'int' })
  fiscalYearBe: number;

  /** ลำดับที่ within the fiscal year. */
  @Column({ type: 'int' })
  no: number;

  @Column({ type: 'text' })
  title: string;

  /** ประเด็นที่ต้องปรับปรุงแก้ไข: what last year's ITA result showed. */
  @Column({ name: 'issue_to_improve', type: 'text', nullable: true })
  issueToImprove: string | null;

  @Column({ name: 'indicator_no', type: 'int', nullable: true })
  indicatorNo: number | null;

  @Column({ name: 'item_codes', type: 'simple-json' })
  itemCodes: string[];

  @Column({ name: 'all_divisions', type: 'boolean', default: false })
  allDivisions: boolean;

  @Column({ name: 'period_start', type: 'varchar', length: 10, nullable: true })
  periodStart: string | null;

  @Column({ name: 'period_end', type: 'varchar', length: 10, nullable: true })
  periodEnd: string | null;

  /** The period as the document wrote it ("ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘"). */
  @Column({ name: 'period_text', type: 'varchar', length: 500, nullable: true })
  periodText: string | null;

  @Column({ name: 'monitoring_rule', type: 'simple-json', nullable: true })
  monitoringRule: MonitoringRule | null;

  @Column({ name: 'expected_outcome', type: 'text', nullable: true })
  expectedOutcome: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'simple-json' })
  evidence: EvidenceLink[];

  @Column({ type: 'varchar', length: 32, default: 'draft' })
  status: MeasureStatus;

  @OneToMany(() => MeasureStepEntity, (step) => step.measure, { cascade: true })
  steps: Relation<MeasureStepEntity[]>;

  @OneToMany(() => MeasureOwnerEntity, (owner) => owner.measure, { cascade: true })
  owners: Relation<MeasureOwnerEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
