import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MeasureEntity } from './measure.entity';

/** A numbered step (ขั้นตอน / วิธีการปฏิบัติ) of a measure, with its own owner and due date. */
@Entity({ name: 'measure_steps' })
export class MeasureStepEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'measure_id', type: 'varchar', length: 36 })
  measureId: string;

  @ManyToOne(() => MeasureEntity, (measure) => measure.steps, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure: Relation<MeasureEntity>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'owner_division_id', type: 'varchar', length: 36, nullable: true })
  ownerDivisionId: string | null;

  @Column({ name: 'due_date', type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;
}
