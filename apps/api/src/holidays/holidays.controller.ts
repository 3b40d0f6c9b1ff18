import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HolidaysService } from '@prongsai/application';
import type { PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateHolidayDto, HolidayDto, HolidayLoadResultDto, HolidayQueryDto, LoadHolidaysDto } from './dto/holiday.dto';

/**
 * The organisation's holidays. A change reaches the measures already running before it is saved:
 * should the workflow service be out of reach, the change is refused with the reason and nothing
 * is written.
 */
@ApiTags('holidays')
@Controller('orgs/:org/holidays')
export class HolidaysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
    private readonly lifecycles: LifecycleService,
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
    const holiday = await this.dataSource.transaction(async (manager) => {
      const added = await new HolidaysService(manager).add(organization.id, body);
      await this.lifecycles.tellHolidays(organization, [added.date], manager);
      return added;
    });
    return HolidayDto.from(holiday);
  }

  /** Loads the Thai government holidays; dates already there stay as they are. */
  @Post('starter')
  @ApiCreatedResponse({ type: HolidayLoadResultDto })
  async loadStarter(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: LoadHolidaysDto): Promise<HolidayLoadResultDto> {
    const organization = await this.access.forAdministration(person, code);
    return this.dataSource.transaction(async (manager) => {
      const holidays = new HolidaysService(manager);
      const result = await holidays.loadStarter(organization.id, body.fiscalYearBe);
      const all = await holidays.list(organization.id, body.fiscalYearBe);
      if (result.added > 0) await this.lifecycles.tellHolidays(organization, all.map((holiday) => holiday.date), manager);
      return { ...result, holidays: all.map(HolidayDto.from) };
    });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const organization = await this.access.forAdministration(person, code);
    await this.dataSource.transaction(async (manager) => {
      const removed = await new HolidaysService(manager).remove(organization.id, id);
      await this.lifecycles.tellHolidays(organization, [removed.date], manager);
    });
  }
}
