import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DiagnosticRunStatus = 'started' | 'completed';

/**
 * One round trip API → Temporal → worker → database, started by an operator (or the end-to-end
 * test) to prove that every part of the system is wired up.
 */
@Entity({ name: 'diagnostic_runs' })
export class DiagnosticRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  status: DiagnosticRunStatus;

  @Column({ name: 'requested_at', type: 'datetime', precision: 3 })
  requestedAt: Date;

  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by', type: 'varchar', length: 255, nullable: true })
  completedBy: string | null;
}
