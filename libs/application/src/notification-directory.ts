import type { NotificationDirectory } from '@prongsai/domain';
import { DelegationEntity, FiscalYearEntity, PersonEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { inForceOn } from './delegations.service';

/**
 * Who in an organisation is told of what (mailRecipientsOf): its people, the stand-ins whose
 * delegation covers `delegationsOn` (none when null), and the ปลัด / นายก the fiscal year's policy
 * names. The people come back whole, for the mails.
 */
export async function loadNotificationDirectory(
  manager: EntityManager,
  organizationId: string,
  fiscalYearBe: number,
  delegationsOn: string | null,
): Promise<{ directory: NotificationDirectory; people: PersonEntity[] }> {
  const [people, delegations, year] = await Promise.all([
    manager.findBy(PersonEntity, { organizationId }),
    delegationsOn === null ? [] : manager.findBy(DelegationEntity, { organizationId, ...inForceOn(delegationsOn) }),
    manager.findOneBy(FiscalYearEntity, { organizationId, yearBe: fiscalYearBe }),
  ]);
  const directory: NotificationDirectory = {
    people: people.map((p) => ({ id: p.id, role: p.role, divisionId: p.divisionId, position: p.position, active: p.active })),
    delegations,
    chiefAdministratorPersonId: year?.policy?.chiefAdministratorPersonId ?? null,
    chiefExecutivePersonId: year?.policy?.chiefExecutivePersonId ?? null,
  };
  return { directory, people };
}
