import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ItaCatalogService } from '@prongsai/application';
import type { PersonEntity } from '@prongsai/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import {
  CatalogDto,
  CatalogEntryDto,
  CatalogQueryDto,
  CatalogStarterDto,
  CatalogStarterResultDto,
  CreateCatalogEntryDto,
  UpdateCatalogEntryDto,
} from './dto/catalog-entry.dto';

@ApiTags('ITA catalog')
@Controller('orgs/:org/catalog')
export class ItaCatalogController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  @ApiOkResponse({ type: CatalogDto })
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Query() query: CatalogQueryDto): Promise<CatalogDto> {
    const organization = await this.access.forReading(person, code);
    return catalogOf(this.dataSource.manager, organization.id, query.fiscalYear);
  }

  /** Copies the published catalog of a year (or the nearest earlier published list, said in `note`). */
  @Post('starter')
  @ApiCreatedResponse({ type: CatalogStarterResultDto })
  async loadStarter(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: CatalogStarterDto): Promise<CatalogStarterResultDto> {
    const organization = await this.access.forAdministration(person, code);
    return this.dataSource.transaction(async (manager) => {
      const { note, ...result } = await new ItaCatalogService(manager).loadStarter(organization.id, body.fiscalYearBe);
      return { ...result, ...(note ? { note: note.en, noteTh: note.th } : {}), catalog: await catalogOf(manager, organization.id, body.fiscalYearBe) };
    });
  }

  @Post()
  @ApiCreatedResponse({ type: CatalogEntryDto })
  async create(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: CreateCatalogEntryDto): Promise<CatalogEntryDto> {
    const organization = await this.access.forAdministration(person, code);
    const { fiscalYearBe, ...input } = body;
    return CatalogEntryDto.from(await this.dataSource.transaction((manager) => new ItaCatalogService(manager).add(organization.id, fiscalYearBe, input)));
  }

  @Patch(':id')
  @ApiOkResponse({ type: CatalogEntryDto })
  async update(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateCatalogEntryDto,
  ): Promise<CatalogEntryDto> {
    const organization = await this.access.forAdministration(person, code);
    return CatalogEntryDto.from(await this.dataSource.transaction((manager) => new ItaCatalogService(manager).update(organization.id, id, body)));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const organization = await this.access.forAdministration(person, code);
    await this.dataSource.transaction((manager) => new ItaCatalogService(manager).remove(organization.id, id));
  }
}

async function catalogOf(manager: EntityManager, organizationId: string, fiscalYearBe: number): Promise<CatalogDto> {
  const { indicators, items } = await new ItaCatalogService(manager).list(organizationId, fiscalYearBe);
  return { fiscalYearBe, indicators: indicators.map(CatalogEntryDto.from), items: items.map(CatalogEntryDto.from) };
}
