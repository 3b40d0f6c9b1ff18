import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FiscalYearsService } from '@prongsai/application';
import type { PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateFiscalYearDto, FiscalYearDto, UpdateFiscalYearDto } from './dto/fiscal-year.dto';

@ApiTags('fiscal years')
@Controller('orgs/:org/fiscal-years')
export class FiscalYearsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  @ApiOkResponse({ type: [FiscalYearDto] })
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string): Promise<FiscalYearDto[]> {
    const organization = await this.access.forReading(person, code);
    return (await new FiscalYearsService(this.dataSource.manager).list(organization.id)).map(FiscalYearDto.from);
  }

  @Post()
  @ApiCreatedResponse({ type: FiscalYearDto })
  async create(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: CreateFiscalYearDto): Promise<FiscalYearDto> {
    const organization = await this.access.forAdministration(person, code);
    const year = await this.dataSource.transaction((manager) => new FiscalYearsService(manager).create(organization.id, body.yearBe, body.cadence));
    return FiscalYearDto.from(year);
  }

  @Patch(':yearBe')
  @ApiOkResponse({ type: FiscalYearDto })
  async update(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('yearBe', new ParseIntPipe()) yearBe: number,
    @Body() body: UpdateFiscalYearDto,
  ): Promise<FiscalYearDto> {
    const organization = await this.access.forAdministration(person, code);
    const year = await this.dataSource.transaction((manager) => new FiscalYearsService(manager).setCadence(organization.id, yearBe, body.cadence));
    return FiscalYearDto.from(year);
  }
}
