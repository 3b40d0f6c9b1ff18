import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * While someone is away (an executive, a division head), a delegate acts for them between two
 * days; the lifecycle records both people on every action taken that way.
 */
@Entity({ name: 'delegations' })
@Index(['organizationId', 'delegatePersonId'])
export class DelegationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 36 })
  organizationId: string;

  /** The person who is away. */
  @Column({ name: 'delegator_person_id', type: 'varchar', length: 36 })
  delegatorPersonId: string;

  /** The person acting for them. */
  @Column({ name: 'delegate_person_id', type: 'varchar', length: 36 })
  delegatePersonId: string;

  @Column({ name: 'starts_on', type: 'varchar', length: 10 })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'varchar', length: 10 })
  endsOn: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
