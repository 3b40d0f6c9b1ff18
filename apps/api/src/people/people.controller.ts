import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError, PeopleService, SessionsService } from '@prongsai/application';
import { PersonEntity } from '@prongsai/persistence';
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
    return PersonDto.from(await new PeopleService(this.dataSource.manager).update(organization.id, id, body, person.id));
  }

  /**
   * Gives a person a new one-time password (they forgot theirs): shown only in this answer, to be
   * changed at their next sign-in; every session they had ends.
   */
  @Post(':id/password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'the one-time password, shown only here' })
  async resetPassword(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<{ oneTimePassword: string }> {
    const organization = await this.access.forAdministration(person, code);
    return this.dataSource.transaction(async (manager) => {
      const target = await manager.findOneBy(PersonEntity, { id, organizationId: organization.id });
      if (target === null) throw ApplicationError.notFound('ไม่พบบุคคลนี้ในองค์กร', 'no such person in this organisation');
      const { password } = await new PeopleService(manager).setPassword(target.email);
      await new SessionsService(manager).endOtherSessions(target.id);
      return { oneTimePassword: password };
    });
  }
}
