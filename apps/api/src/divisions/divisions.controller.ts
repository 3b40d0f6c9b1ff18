import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError } from '@prongsai/application';
import { DivisionEntity, MeasureOwnerEntity, MeasureStepEntity, PersonEntity, type OrganizationEntity } from '@prongsai/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateDivisionDto, DivisionDto, UpdateDivisionDto } from './dto/division.dto';

@ApiTags('divisions')
@Controller('orgs/:org/divisions')
export class DivisionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  @ApiOkResponse({ type: [DivisionDto] })
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string): Promise<DivisionDto[]> {
    const organization = await this.access.forReading(person, code);
    const divisions = await this.dataSource.getRepository(DivisionEntity).find({ where: { organizationId: organization.id }, order: { sortOrder: 'ASC', name: 'ASC' } });
    return divisions.map(DivisionDto.from);
  }

  @Post()
  @ApiCreatedResponse({ type: DivisionDto })
  async create(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: CreateDivisionDto): Promise<DivisionDto> {
    const organization = await this.access.forAdministration(person, code);
    const repository = this.dataSource.getRepository(DivisionEntity);
    const name = body.name.trim();
    if (await repository.existsBy({ organizationId: organization.id, name })) {
      throw ApplicationError.conflict(`มีกอง "${name}" อยู่แล้ว`, `there is already a division "${name}"`, 'name');
    }
    const division = await repository.save({ id: randomUUID(), organizationId: organization.id, name, headPersonId: null, sortOrder: body.sortOrder ?? 0 });
    return DivisionDto.from(division);
  }

  @Patch(':id')
  @ApiOkResponse({ type: DivisionDto })
  async update(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateDivisionDto,
  ): Promise<DivisionDto> {
    const organization = await this.access.forAdministration(person, code);
    const division = await this.find(organization, id);
    if (body.headPersonId) {
      const head = await this.dataSource.getRepository(PersonEntity).findOneBy({ id: body.headPersonId, organizationId: organization.id });
      if (head === null) throw ApplicationError.invalid('headPersonId', 'ไม่พบบุคคลนี้ในองค์กร', 'no such person in this organisation');
    }
    const saved = await this.dataSource.getRepository(DivisionEntity).save({ ...division, ...body, name: body.name?.trim() ?? division.name });
    return DivisionDto.from(saved);
  }

  /** Removes a division nobody and nothing refers to any more. */
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const organization = await this.access.forAdministration(person, code);
    const division = await this.find(organization, id);
    const manager = this.dataSource.manager;
    const inUse =
      (await manager.existsBy(PersonEntity, { divisionId: id })) ||
      (await manager.existsBy(MeasureOwnerEntity, { divisionId: id })) ||
      (await manager.existsBy(MeasureStepEntity, { ownerDivisionId: id }));
    if (inUse) {
      throw ApplicationError.conflict(
        `กอง "${division.name}" ยังมีบุคลากรหรือมาตรการอ้างถึง ย้ายออกก่อนจึงลบได้`,
        `division "${division.name}" still has people or measures; move them first`,
      );
    }
    await manager.delete(DivisionEntity, { id });
  }

  private async find(organization: OrganizationEntity, id: string): Promise<DivisionEntity> {
    const division = await this.dataSource.getRepository(DivisionEntity).findOneBy({ id, organizationId: organization.id });
    if (division === null) throw ApplicationError.notFound('ไม่พบกองนี้', 'no such division in this organisation');
    return division;
  }
}
