import { randomUUID } from 'node:crypto';
import type { LifecycleActor } from '@prongsai/contracts';
import { bangkokDateOf, isIsoDate } from '@prongsai/domain';
import { DelegationEntity, PersonEntity } from '@prongsai/persistence';
import { In, LessThanOrEqual, MoreThanOrEqual, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { ApplicationError } from './application-error';

export interface DelegationInput {
  delegatorPersonId: string;
  delegatePersonId: string;
  startsOn: string;
  endsOn: string;
}

/** The condition on delegations that cover `day` ('YYYY-MM-DD'): started on or before it, not ended before it. */
export function inForceOn(day: string): Pick<FindOptionsWhere<DelegationEntity>, 'startsOn' | 'endsOn'> {
  return { startsOn: LessThanOrEqual(day), endsOn: MoreThanOrEqual(day) };
}

/** Who stands in for whom, and when; the lifecycle asks it before a delegate acts. */
export class DelegationsService {
  constructor(private readonly manager: EntityManager) {}

  list(organizationId: string): Promise<DelegationEntity[]> {
    return this.manager.find(DelegationEntity, { where: { organizationId }, order: { startsOn: 'DESC' } });
  }

  async add(organizationId: string, input: DelegationInput): Promise<DelegationEntity> {
    for (const field of ['startsOn', 'endsOn'] as const) {
      if (!isIsoDate(input[field])) throw ApplicationError.invalid(field, 'ต้องเป็นวันที่จริงในรูปแบบ YYYY-MM-DD', 'must be a real date written YYYY-MM-DD');
    }
    if (input.endsOn < input.startsOn) throw ApplicationError.invalid('endsOn', 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', 'the last day cannot come before the first');
    if (input.delegatorPersonId === input.delegatePersonId) {
      throw ApplicationError.invalid('delegatePersonId', 'มอบหมายให้ตนเองไม่ได้', 'a person cannot stand in for themselves');
    }
    for (const field of ['delegatorPersonId', 'delegatePersonId'] as const) {
      if (!(await this.manager.existsBy(PersonEntity, { id: input[field], organizationId, active: true }))) {
        throw ApplicationError.invalid(field, 'ไม่พบบุคคลนี้ในองค์กร', 'no such active person in this organisation');
      }
    }
    return this.manager.save(this.manager.create(DelegationEntity, { id: randomUUID(), organizationId, ...input, createdAt: new Date() }));
  }

  async remove(organizationId: string, id: string): Promise<void> {
    const { affected } = await this.manager.delete(DelegationEntity, { id, organizationId });
    if (!affected) throw ApplicationError.notFound('ไม่พบการมอบหมายนี้', 'no such delegation');
  }

  /** The people `delegate` stands in for on `today` (delegations in force), with when each ends. */
  async standingInFor(organizationId: string, delegatePersonId: string, today: string): Promise<{ person: PersonEntity; endsOn: string }[]> {
    const delegations = await this.manager.find(DelegationEntity, {
      where: { organizationId, delegatePersonId, ...inForceOn(today) },
      order: { endsOn: 'ASC' },
    });
    if (delegations.length === 0) return [];
    const people = await this.manager.findBy(PersonEntity, { organizationId, id: In(delegations.map((delegation) => delegation.delegatorPersonId)), active: true });
    const byId = new Map(people.map((person) => [person.id, person]));
    const seen = new Set<string>();
    return delegations.flatMap((delegation) => {
      const person = byId.get(delegation.delegatorPersonId);
      if (!person || seen.has(person.id)) return [];
      seen.add(person.id);
      return [{ person, endsOn: delegation.endsOn }];
    });
  }

  /** The people `personId` stands in for today (Asia/Bangkok): they see and may act on what those see. */
  async peopleStoodInForToday(organizationId: string, personId: string): Promise<PersonEntity[]> {
    return (await this.standingInFor(organizationId, personId, bangkokDateOf(new Date().toISOString()))).map(({ person }) => person);
  }

  /**
   * Who acts: the person, or, for a stand-in (`onBehalfOfPersonId`), the absent person's role and
   * division with both recorded; a 403 when there is no such delegation today.
   */
  async actorFor(organizationId: string, person: PersonEntity, onBehalfOfPersonId: string | undefined | null): Promise<LifecycleActor> {
    if (!onBehalfOfPersonId) return { personId: person.id, role: person.role, divisionId: person.divisionId };
    const absent = await this.delegatorFor(organizationId, person.id, onBehalfOfPersonId, bangkokDateOf(new Date().toISOString()));
    return { personId: person.id, role: absent.role, divisionId: absent.divisionId, onBehalfOfPersonId: absent.id };
  }

  /** The absent person `delegate` may act for today, or a 403 saying there is no such delegation. */
  async delegatorFor(organizationId: string, delegatePersonId: string, delegatorPersonId: string, today: string): Promise<PersonEntity> {
    const active = await this.manager.existsBy(DelegationEntity, {
      organizationId,
      delegatePersonId,
      delegatorPersonId,
      ...inForceOn(today),
    });
    const delegator = active ? await this.manager.findOneBy(PersonEntity, { id: delegatorPersonId, organizationId }) : null;
    if (delegator === null) {
      throw ApplicationError.forbidden('ท่านไม่ได้รับมอบหมายให้ปฏิบัติหน้าที่แทนบุคคลนี้ในวันนี้', 'you do not stand in for this person today');
    }
    return delegator;
  }
}
