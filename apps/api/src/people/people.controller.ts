import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError, PeopleService } from '@prongsai/application';
import { isDivisionBound } from '@prongsai/domain';
import { DivisionEntity, PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { PersonDto } from '../auth/dto/person.dto';
import { PageQueryDto, pageOf, type Page } from '../common/pagination';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreatePersonDto, UpdatePersonDto } from './dto/person-input.dto';

@ApiTags('people')
@Controller('orgs/:org/people')
export class PeopleController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Query() query: PageQueryDto): Promise<Page<PersonDto>> {
    const organization = await this.access.forReading(person, code);
    const people = await this.dataSource.getRepository(PersonEntity).find({ where: { organizationId: organization.id }, order: { displayName: 'ASC' } });
    return pageOf(people.map(PersonDto.from), query);
  }

  /** Adds a person; without a password the answer carries a one-time password, shown only here. */
  @Post()
  @ApiCreatedResponse({ description: 'the person, and the one-time password when none was given' })
  async create(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Body() body: CreatePersonDto,
  ): Promise<{ person: PersonDto; oneTimePassword?: string }> {
    const organization = await this.access.forAdministration(person, code);
    const created = await this.dataSource.transaction((manager) => new PeopleService(manager).add({ ...body, organizationId: organization.id }));
    return { person: PersonDto.from(created.person), ...(body.password === undefined ? { oneTimePassword: created.password } : {}) };
  }

  @Patch(':id')
  @ApiOkResponse({ type: PersonDto })
  async update(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdatePersonDto,
  ): Promise<PersonDto> {
    const organization = await this.access.forAdministration(person, code);
    const repository = this.dataSource.getRepository(PersonEntity);
    const target = await repository.findOneBy({ id, organizationId: organization.id });
    if (target === null) throw ApplicationError.notFound('ไม่พบบุคคลนี้ในองค์กร', 'no such person in this organisation');
    const next = { ...target, ...body };
    if (isDivisionBound(next.role)) {
      if (!next.divisionId || !(await this.dataSource.manager.existsBy(DivisionEntity, { id: next.divisionId, organizationId: organization.id }))) {
        throw ApplicationError.invalid('divisionId', 'หัวหน้าส่วนราชการและเจ้าหน้าที่ต้องสังกัดกองขององค์กร', `a person with role ${next.role} must belong to one of this organisation's divisions`);
      }
    } else {
      next.divisionId = null;
    }
    if (target.id === person.id && (next.role !== target.role || next.active === false)) {
      throw ApplicationError.invalid('role', 'เปลี่ยนบทบาทหรือปิดบัญชีของตนเองไม่ได้', 'you cannot change your own role or deactivate yourself');
    }
    return PersonDto.from(await repository.save(next));
  }
}
