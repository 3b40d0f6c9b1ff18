import { Injectable } from '@nestjs/common';
import { ApplicationError, OrganizationsService } from '@prongsai/application';
import { OrganizationEntity, PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';

/**
 * Who may see and change which organisation. Members see their own organisation; the system
 * administrator every one; oversight the organisations of its province, read only. Only the
 * organisation's administrators (and the system administrator) change its configuration.
 */
@Injectable()
export class OrganizationAccess {
  constructor(private readonly dataSource: DataSource) {}

  async forReading(person: PersonEntity, code: string): Promise<OrganizationEntity> {
    const organization = await new OrganizationsService(this.dataSource.manager).findByCode(code);
    if (person.role === 'system_admin' || person.organizationId === organization.id) return organization;
    if (person.role === 'oversight' && person.province === organization.province) return organization;
    throw ApplicationError.forbidden('คุณไม่มีสิทธิ์ดูข้อมูลขององค์กรนี้', 'you may not see this organisation: it is not yours');
  }

  async forAdministration(person: PersonEntity, code: string): Promise<OrganizationEntity> {
    const organization = await this.forReading(person, code);
    if (person.role === 'system_admin' || (person.role === 'admin' && person.organizationId === organization.id)) return organization;
    if (person.role === 'oversight') {
      throw oversightMayOnlyRead();
    }
    throw ApplicationError.forbidden('เฉพาะผู้ดูแลระบบขององค์กรเท่านั้นที่แก้ไขการตั้งค่าได้', "only the organisation's administrators may change its configuration");
  }

  /**
   * For taking part in the organisation's work (the lifecycle's own rules then say which role may
   * do what): its members and the system administrator, never oversight.
   */
  async forActing(person: PersonEntity, code: string): Promise<OrganizationEntity> {
    const organization = await this.forReading(person, code);
    if (person.role === 'system_admin' || person.organizationId === organization.id) return organization;
    throw oversightMayOnlyRead();
  }

  /** Organisations a person may see, for lists. */
  async visibleTo(person: PersonEntity): Promise<OrganizationEntity[]> {
    const repository = this.dataSource.getRepository(OrganizationEntity);
    if (person.role === 'system_admin') return repository.find({ order: { name: 'ASC' } });
    if (person.role === 'oversight') return repository.find({ where: { province: person.province ?? '' }, order: { name: 'ASC' } });
    return person.organizationId ? repository.findBy({ id: person.organizationId }) : [];
  }
}

function oversightMayOnlyRead(): ApplicationError {
  return ApplicationError.forbidden('ผู้กำกับดูแลดูข้อมูลได้อย่างเดียว แก้ไขไม่ได้', 'oversight may read, never change, an organisation');
}
