import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where a version of a round report stands. A published one never changes again. */
export type RoundReportStatus = 'compiling' | 'awaiting_sign_off' | 'returned' | 'published';

/**
 * One version of an organisation's round report (a quarter, or the 6- or 12-month round) of a
 * fiscal year: compiled from the measures' reports, signed off or returned by the executive.
 * A correction is a new version; every version stays.
 */
@Entity({ name: 'round_reports' })
@Index(['organizationId', 'fiscalYearBe', 'round', 'version'], { unique: true })
export class RoundReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ name: 'fiscal_year_be', type: 'int' })
  fiscalYearBe: number;

  /** 'Q1'…'Q4', 'R6', 'R12'. */
  @Column({ type: 'varchar', length: 8 })
  round: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 32 })
  status: RoundReportStatus;

  /** Numbers of the measures that had no report for the round when it was compiled. */
  @Column({ name: 'missing_measures', type: 'simple-json' })
  missingMeasures: number[];

  /** The executive's comment when returned. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  @Column({ name: 'compiled_by_person_id', type: 'varchar', length: 36 })
  compiledByPersonId: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'decided_by_person_id', type: 'varchar', length: 36, nullable: true })
  decidedByPersonId: string | null;

  /** Set when a stand-in decided: the executive they acted for (`decidedByPersonId` is the stand-in). */
  @Column({ name: 'decided_on_behalf_of_person_id', type: 'varchar', length: 36, nullable: true })
  decidedOnBehalfOfPersonId: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;
}

/** A file of a round report version (each format), kept as written: its SHA-256 is published. */
@Entity({ name: 'round_report_files' })
@Index(['roundReportId', 'format'], { unique: true })
export class RoundReportFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'round_report_id', type: 'varchar', length: 36 })
  roundReportId: string;

  /** 'pdf', 'docx', 'xlsx', 'html', 'json', 'csv'. */
  @Column({ type: 'varchar', length: 8 })
  format: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;
}
