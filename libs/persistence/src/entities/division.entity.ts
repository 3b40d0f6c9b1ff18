import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A division (สำนัก / กอง / หน่วย / งาน) of an organisation. */
@Entity({ name: 'divisions' })
@Index(['organizationId', 'name'], { unique: true })
export class DivisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** The person who heads it (หัวหน้าสำนัก / ผู้อำนวยการกอง), when known. */
  @Column({ name: 'head_person_id', type: 'varchar', length: 36, nullable: true })
  headPersonId: string | null;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
