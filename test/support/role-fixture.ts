import { PeopleService } from '@prongsai/application';
import { PASSWORD, SYSTEM_ADMIN, seedOrganization, type ApiHarness, type SeededOrganization } from './api-harness';

/** Everyone whose access the administration tests check, by what they are to the organisation under test. */
export type Who =
  | 'systemAdmin'
  | 'admin'
  | 'executive'
  | 'financeHead'
  | 'financeOfficer'
  | 'engineeringOfficer'
  | 'oversight'
  | 'otherAdmin'
  | 'otherProvinceOversight';

export interface RoleFixture {
  samai: SeededOrganization;
  other: SeededOrganization;
  /** The organisation code, ready for a URL. */
  org: string;
  emails: Record<Who, string>;
}

/** Two organisations in two provinces, an oversight person for each province, and everyone's email. */
export async function seedRoles(api: ApiHarness): Promise<RoleFixture> {
  const samai = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
  const other = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลแม่คะตวน', 'ลำพูน');
  const people = new PeopleService(api.dataSource.manager);
  const suffix = samai.organization.id.slice(0, 8);
  const oversight = `lampang.${suffix}@oversight.test`;
  const otherProvinceOversight = `lamphun.${suffix}@oversight.test`;
  await people.add({ organizationId: null, email: oversight, displayName: 'ลำปาง', role: 'oversight', province: 'ลำปาง', password: PASSWORD });
  await people.add({ organizationId: null, email: otherProvinceOversight, displayName: 'ลำพูน', role: 'oversight', province: 'ลำพูน', password: PASSWORD });
  return {
    samai,
    other,
    org: encodeURIComponent(samai.organization.code),
    emails: {
      systemAdmin: SYSTEM_ADMIN.email,
      admin: samai.emails.admin,
      executive: samai.emails.executive,
      financeHead: samai.emails.financeHead,
      financeOfficer: samai.emails.financeOfficer,
      engineeringOfficer: samai.emails.engineeringOfficer,
      oversight,
      otherAdmin: other.emails.admin,
      otherProvinceOversight,
    },
  };
}

export const READERS: Who[] = ['systemAdmin', 'admin', 'executive', 'financeHead', 'financeOfficer', 'engineeringOfficer', 'oversight'];
export const STRANGERS: Who[] = ['otherAdmin', 'otherProvinceOversight'];
export const WRITERS: Who[] = ['systemAdmin', 'admin'];
export const NON_WRITERS: Who[] = ['executive', 'financeHead', 'financeOfficer', 'engineeringOfficer', 'oversight', 'otherAdmin', 'otherProvinceOversight'];
