import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MeasureEntity } from './measure.entity';

/** A division responsible for a measure: the lead, or one supporting it. */
@Entity({ name: 'measure_owners' })
export class MeasureOwnerEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'varchar', length: 36 })
  measureId: string;

  @PrimaryColumn({ name: 'division_id', type: 'varchar', length: 36 })
  divisionId: string;

  @ManyToOne(() => MeasureEntity, (measure) => measure.owners, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure: Relation<MeasureEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: 'lead' | 'supporting';
}
