import type { Role } from '@prongsai/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Someone who signs in. `organizationId` is null for the system administrator and oversight. */
@Entity({ name: 'people' })
export class PersonEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36, nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 255, unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 255 })
  displayName: string;

  /** ตำแหน่ง, e.g. "นิติกร", "ปลัดองค์การบริหารส่วนตำบล". */
  @Column({ type: 'varchar', length: 255, default: '' })
  position: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ name: 'division_id', type: 'varchar', length: 36, nullable: true })
  divisionId: string | null;

  /** For the oversight role: the province whose organisations this person may read. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  province: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'varchar', length: 2, default: 'th' })
  language: 'th' | 'en';

  /** Each notice mailed as it happens, or everything gathered in one mail each morning. */
  @Column({ name: 'mail_preference', type: 'varchar', length: 16, default: 'immediate' })
  mailPreference: 'immediate' | 'digest';

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
