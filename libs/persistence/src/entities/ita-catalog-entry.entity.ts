import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ItaTool = 'IIT' | 'EIT' | 'OIT';

/**
 * One entry of the ITA catalog, versioned by fiscal year: an indicator (ตัวชี้วัด 1–10) or an item
 * of a tool (O1…, e1…, i1…). Each organisation has its own editable copy, started from the
 * published catalog.
 */
@Entity({ name: 'ita_catalog_entries' })
@Index(['organizationId', 'fiscalYearBe', 'code'], { unique: true })
export class ItaCatalogEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  @Column({ name: 'fiscal_year_be', type: 'int' })
  fiscalYearBe: number;

  @Column({ type: 'varchar', length: 16 })
  kind: 'indicator' | 'item';

  @Column({ type: 'varchar', length: 8 })
  tool: ItaTool;

  /** "indicator-9" for indicators, the item code ("O42") for items. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'indicator_no', type: 'int', nullable: true })
  indicatorNo: number | null;

  @Column({ type: 'varchar', length: 500 })
  title: string;
}
