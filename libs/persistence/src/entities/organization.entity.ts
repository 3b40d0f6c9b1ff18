import type { NumeralStyle, OrganizationType } from '@prongsai/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A tenant: one local government organisation. Every other record belongs to one. */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Short unique code used in URLs and the CLI (e.g. "samai"). */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 32 })
  type: OrganizationType;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 255, default: '' })
  district: string;

  @Column({ type: 'varchar', length: 255, default: '' })
  province: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  website: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  phone: string;

  @Column({ name: 'numeral_style', type: 'varchar', length: 8, default: 'thai' })
  numeralStyle: NumeralStyle;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
