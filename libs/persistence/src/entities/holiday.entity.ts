import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A day off (วันหยุดราชการ) that working-day deadlines skip, set per organisation. */
@Entity({ name: 'holidays' })
@Index(['organizationId', 'date'], { unique: true })
export class HolidayEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'name_th', type: 'varchar', length: 255 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 255, default: '' })
  nameEn: string;
}
