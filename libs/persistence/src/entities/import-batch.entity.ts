import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An uploaded plan or report between its preview and its confirmation. */
@Entity({ name: 'import_batches' })
export class ImportBatchEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36, nullable: true })
  organizationId: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  /** The ImportPreview of @prongsai/importer (a large document's preview is well over 64 KB). */
  @Column({ type: 'json' })
  preview: object;

  @Column({ type: 'varchar', length: 16 })
  status: 'previewed' | 'confirmed';

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
