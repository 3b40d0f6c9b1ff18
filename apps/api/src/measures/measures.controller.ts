import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { addStandardMeasures, ApplicationError, assertMayReadMeasure, DelegationsService, FiscalYearsService, mayReadMeasure, MeasuresService } from '@prongsai/application';
import { DivisionEntity, type MeasureEntity, type PersonEntity } from '@prongsai/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { pageOf, type Page } from '../common/pagination';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateMeasureDto, MeasureStarterDto, UpdateMeasureDto } from './dto/measure-input.dto';
import { MeasureDto, MeasureQueryDto, MeasureStarterResultDto } from './dto/measure.dto';

/**
 * Measures of an organisation. Administrators write; executives and oversight read all; division
 * heads and officers read only the measures their division takes part in.
 */
@ApiTags('measures')
@Controller('orgs/:org/measures')
export class MeasuresController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'a page of measures (for division heads and officers, only their division’s)' })
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Query() query: MeasureQueryDto): Promise<Page<MeasureDto>> {
    const organization = await this.access.forReading(person, code);
    const manager = this.dataSource.manager;
    const measures = await new MeasuresService(manager).list(organization.id, {
      fiscalYearBe: query.fiscalYear,
      divisionId: query.division,
      indicatorNo: query.indicator,
      status: query.status,
    });
    const standingInFor = await new DelegationsService(manager).peopleStoodInForToday(organization.id, person.id);
    const visible = measures.filter((measure) => mayReadMeasure(person, measure, standingInFor));
    return pageOf(await this.toDtos(manager, organization.id, visible), query);
  }

  @Get(':id')
  @ApiOkResponse({ type: MeasureDto })
  async get(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<MeasureDto> {
    const organization = await this.access.forReading(person, code);
    const measure = await new MeasuresService(this.dataSource.manager).get(organization.id, id);
    assertMayReadMeasure(person, measure, await new DelegationsService(this.dataSource.manager).peopleStoodInForToday(organization.id, person.id));
    return (await this.toDtos(this.dataSource.manager, organization.id, [measure]))[0];
  }

  @Post()
  @ApiCreatedResponse({ type: MeasureDto })
  async create(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: CreateMeasureDto): Promise<MeasureDto> {
    const organization = await this.access.forAdministration(person, code);
    const { fiscalYearBe, ...input } = body;
    return this.dataSource.transaction(async (manager) => {
      await assertYearOpen(manager, organization.id, fiscalYearBe);
      const measure = await new MeasuresService(manager).create(organization.id, fiscalYearBe, { ...input, status: 'draft' });
      return (await this.toDtos(manager, organization.id, [measure]))[0];
    });
  }

  /** Adds the six standard measures to a fiscal year as drafts (titles already there are skipped). */
  @Post('starter')
  @ApiCreatedResponse({ type: MeasureStarterResultDto })
  async loadStarter(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: MeasureStarterDto): Promise<MeasureStarterResultDto> {
    const organization = await this.access.forAdministration(person, code);
    return this.dataSource.transaction(async (manager) => {
      await assertYearOpen(manager, organization.id, body.fiscalYearBe);
      const result = await addStandardMeasures(manager, organization.id, body.fiscalYearBe);
      return { added: await this.toDtos(manager, organization.id, result.added), alreadyThere: result.alreadyThere };
    });
  }

  @Patch(':id')
  @ApiOkResponse({ type: MeasureDto })
  async update(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateMeasureDto,
  ): Promise<MeasureDto> {
    const organization = await this.access.forAdministration(person, code);
    return this.dataSource.transaction(async (manager) => {
      const measure = await new MeasuresService(manager).update(organization.id, id, body);
      return (await this.toDtos(manager, organization.id, [measure]))[0];
    });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const organization = await this.access.forAdministration(person, code);
    await this.dataSource.transaction((manager) => new MeasuresService(manager).remove(organization.id, id));
  }

  private async toDtos(manager: EntityManager, organizationId: string, measures: MeasureEntity[]): Promise<MeasureDto[]> {
    const divisions = await manager.findBy(DivisionEntity, { organizationId });
    const names = new Map(divisions.map((division) => [division.id, division.name]));
    return measures.map((measure) => MeasureDto.from(measure, names));
  }
}

/** New measures go only into a fiscal year that is set up and not an archive. */
async function assertYearOpen(manager: EntityManager, organizationId: string, fiscalYearBe: number): Promise<void> {
  const year = await new FiscalYearsService(manager).require(organizationId, fiscalYearBe);
  if (year.archived) {
    throw ApplicationError.conflict(`ปีงบประมาณ ${fiscalYearBe} เป็นข้อมูลย้อนหลัง แก้ไขไม่ได้`, `fiscal year ${fiscalYearBe} is an archive and read-only`, 'fiscalYear');
  }
}
