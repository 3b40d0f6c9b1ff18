import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A file an officer uploaded as evidence for a progress report. The bytes live on disk under
 * `<DATA_DIR>/evidence/<organizationId>/<sha256>`, stored once however often they are uploaded;
 * each upload has its own row (its own name and uploader).
 */
@Entity({ name: 'evidence_files' })
export class EvidenceFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  /** SHA-256 of the content, lower-case hex: the name of the file on disk. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** The name it was uploaded with. */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ name: 'media_type', type: 'varchar', length: 127 })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ name: 'uploaded_by_person_id', type: 'varchar', length: 36 })
  uploadedByPersonId: string;

  @Column({ name: 'uploaded_at', type: 'datetime', precision: 3 })
  uploadedAt: Date;
}
