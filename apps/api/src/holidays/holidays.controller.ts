import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HolidaysService } from '@prongsai/application';
import type { PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateHolidayDto, HolidayDto, HolidayLoadResultDto, HolidayQueryDto, LoadHolidaysDto } from './dto/holiday.dto';

@ApiTags('holidays')
@Controller('orgs/:org/holidays')
export class HolidaysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  @ApiOkResponse({ type: [HolidayDto] })
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Query() query: HolidayQueryDto): Promise<HolidayDto[]> {
    const organization = await this.access.forReading(person, code);
    return (await new HolidaysService(this.dataSource.manager).list(organization.id, query.year)).map(HolidayDto.from);
  }

  @Post()
  @ApiCreatedResponse({ type: HolidayDto })
  async create(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: CreateHolidayDto): Promise<HolidayDto> {
    const organization = await this.access.forAdministration(person, code);
    return HolidayDto.from(await this.dataSource.transaction((manager) => new HolidaysService(manager).add(organization.id, body)));
  }

  /** Loads the Thai government holidays; dates already there stay as they are. */
  @Post('starter')
  @ApiCreatedResponse({ type: HolidayLoadResultDto })
  async loadStarter(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: LoadHolidaysDto): Promise<HolidayLoadResultDto> {
    const organization = await this.access.forAdministration(person, code);
    return this.dataSource.transaction(async (manager) => {
      const holidays = new HolidaysService(manager);
      const result = await holidays.loadStarter(organization.id, body.fiscalYearBe);
      return { ...result, holidays: (await holidays.list(organization.id, body.fiscalYearBe)).map(HolidayDto.from) };
    });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const organization = await this.access.forAdministration(person, code);
    await this.dataSource.transaction((manager) => new HolidaysService(manager).remove(organization.id, id));
  }
}
