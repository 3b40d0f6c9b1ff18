import { randomUUID } from 'node:crypto';
import { isDivisionBound, ROLES, type Role } from '@prongsai/domain';
import { DivisionEntity, PersonEntity } from '@prongsai/persistence';
import { IsNull, type EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { assertStrongEnough, generatePassword, hashPassword } from './passwords';

export interface NewPerson {
  organizationId: string | null;
  email: string;
  displayName: string;
  role: Role;
  position?: string;
  divisionId?: string | null;
  province?: string | null;
  /** Omitted: a one-time password is generated and must be changed at first sign-in. */
  password?: string;
}

export interface PersonChanges {
  displayName?: string;
  position?: string;
  role?: Role;
  divisionId?: string | null;
  active?: boolean;
  language?: 'th' | 'en';
  mailPreference?: 'immediate' | 'digest';
}

/** What anyone may change about themselves. */
export type OwnPreferences = Pick<PersonChanges, 'language' | 'mailPreference'>;

/** Adds people and sets passwords, with the rules every entry point (API, CLI, demo) shares. */
export class PeopleService {
  constructor(private readonly manager: EntityManager) {}

  async add(input: NewPerson): Promise<{ person: PersonEntity; password: string }> {
    const email = input.email.trim().toLowerCase();
    if (!ROLES.includes(input.role)) {
      throw ApplicationError.invalid('role', `ไม่รู้จักบทบาท "${input.role}"`, `unknown role "${input.role}" (one of ${ROLES.join(', ')})`);
    }
    const organizationBound = input.role !== 'system_admin' && input.role !== 'oversight';
    if (organizationBound && !input.organizationId) {
      throw ApplicationError.invalid('organization', 'บทบาทนี้ต้องสังกัดองค์กร', `a person with role ${input.role} must belong to an organisation`);
    }
    if (input.role === 'oversight' && !input.province) {
      throw ApplicationError.invalid('province', 'ผู้กำกับดูแลต้องระบุจังหวัด', 'an oversight person needs the province they oversee');
    }
    await this.assertDivisionFits(input.role, input.divisionId, input.organizationId, 'division');
    if (await this.manager.existsBy(PersonEntity, { email })) {
      throw ApplicationError.conflict(`มีผู้ใช้อีเมล ${email} อยู่แล้ว`, `someone already signs in as ${email}`, 'email');
    }
    const password = input.password ?? generatePassword();
    assertStrongEnough(password);
    const person = this.manager.create(PersonEntity, {
      id: randomUUID(),
      organizationId: organizationBound ? input.organizationId : null,
      email,
      displayName: input.displayName.trim(),
      position: input.position?.trim() ?? '',
      role: input.role,
      divisionId: isDivisionBound(input.role) ? (input.divisionId ?? null) : null,
      province: input.role === 'oversight' ? (input.province ?? null) : null,
      passwordHash: await hashPassword(password),
      mustChangePassword: input.password === undefined,
      active: true,
      language: 'th',
    });
    await this.manager.save(person);
    if (input.role === 'division_head' && person.divisionId) {
      // The first head named becomes the division's head; later ones leave it as it is.
      await this.manager.update(DivisionEntity, { id: person.divisionId, headPersonId: IsNull() }, { headPersonId: person.id });
    }
    return { person, password };
  }

  /**
   * Changes a person's name, position, role, division or whether they may sign in. A division is
   * kept only for division heads and officers; nobody changes their own role or locks themselves out.
   */
  async update(organizationId: string, id: string, changes: PersonChanges, actingPersonId: string): Promise<PersonEntity> {
    const target = await this.manager.findOneBy(PersonEntity, { id, organizationId });
    if (target === null) throw ApplicationError.notFound('ไม่พบบุคคลนี้ในองค์กร', 'no such person in this organisation');
    const next = { ...target, ...changes };
    await this.assertDivisionFits(next.role, next.divisionId, organizationId, 'divisionId');
    if (!isDivisionBound(next.role)) next.divisionId = null;
    if (target.id === actingPersonId && (next.role !== target.role || next.active === false)) {
      throw ApplicationError.invalid('role', 'เปลี่ยนบทบาทหรือปิดบัญชีของตนเองไม่ได้', 'you cannot change your own role or deactivate yourself');
    }
    return this.manager.save(PersonEntity, next);
  }

  /** Division heads and officers belong to one of their organisation's divisions. */
  private async assertDivisionFits(role: Role, divisionId: string | null | undefined, organizationId: string | null, field: string): Promise<void> {
    if (!isDivisionBound(role)) return;
    if (!divisionId) {
      throw ApplicationError.invalid(field, 'หัวหน้าส่วนราชการและเจ้าหน้าที่ต้องสังกัดกอง', `a person with role ${role} must belong to a division`);
    }
    if (!(await this.manager.existsBy(DivisionEntity, { id: divisionId, organizationId: organizationId ?? '' }))) {
      throw ApplicationError.invalid(field, 'ไม่พบกองนี้ในองค์กร', 'no such division in this organisation');
    }
  }

  /** A person's own language and how they get mail (each notice, or a daily digest). */
  async setPreferences(person: PersonEntity, preferences: OwnPreferences): Promise<PersonEntity> {
    const changes = Object.fromEntries(Object.entries(preferences).filter(([, value]) => value !== undefined));
    return this.manager.save(PersonEntity, { ...person, ...changes });
  }

  /** Sets a new password (generated when omitted, then to be changed at the next sign-in). */
  async setPassword(email: string, password?: string): Promise<{ person: PersonEntity; password: string }> {
    const person = await this.manager.findOneBy(PersonEntity, { email: email.trim().toLowerCase() });
    if (person === null) throw ApplicationError.notFound(`ไม่พบผู้ใช้ ${email}`, `nobody signs in as ${email}`, 'email');
    const newPassword = password ?? generatePassword();
    assertStrongEnough(newPassword);
    person.passwordHash = await hashPassword(newPassword);
    person.mustChangePassword = password === undefined;
    await this.manager.save(person);
    return { person, password: newPassword };
  }
}
