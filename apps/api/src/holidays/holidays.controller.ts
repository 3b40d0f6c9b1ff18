import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HolidaysService } from '@prongsai/application';
import type { OrganizationEntity, PersonEntity } from '@prongsai/persistence';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateHolidayDto, HolidayDto, HolidayLoadResultDto, HolidayQueryDto, LoadHolidaysDto } from './dto/holiday.dto';

/** The organisation's holidays; the measures already running count working days around the new ones at once. */
@ApiTags('holidays')
@Controller('orgs/:org/holidays')
export class HolidaysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
    private readonly lifecycles: LifecycleService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(HolidaysController.name);
  }

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
    const holiday = await this.dataSource.transaction((manager) => new HolidaysService(manager).add(organization.id, body));
    await this.tellRunningLifecycles(organization, [holiday.date]);
    return HolidayDto.from(holiday);
  }

  /** Loads the Thai government holidays; dates already there stay as they are. */
  @Post('starter')
  @ApiCreatedResponse({ type: HolidayLoadResultDto })
  async loadStarter(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: LoadHolidaysDto): Promise<HolidayLoadResultDto> {
    const organization = await this.access.forAdministration(person, code);
    const loaded = await this.dataSource.transaction(async (manager) => {
      const holidays = new HolidaysService(manager);
      const result = await holidays.loadStarter(organization.id, body.fiscalYearBe);
      return { ...result, holidays: (await holidays.list(organization.id, body.fiscalYearBe)).map(HolidayDto.from) };
    });
    await this.tellRunningLifecycles(organization, loaded.holidays.map((holiday) => holiday.date));
    return loaded;
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const organization = await this.access.forAdministration(person, code);
    const removed = await this.dataSource.transaction((manager) => new HolidaysService(manager).remove(organization.id, id));
    await this.tellRunningLifecycles(organization, [removed.date]);
  }

  /**
   * The holiday is saved whatever happens here: should the workflow service be out of reach, the
   * running measures keep the holidays they had until the next change reaches them (each signal
   * carries the whole list), and the operator is told in the log.
   */
  private async tellRunningLifecycles(organization: OrganizationEntity, dates: string[]): Promise<void> {
    if (dates.length === 0) return;
    try {
      const told = await this.lifecycles.tellHolidays(organization, dates);
      if (told > 0) this.logger.info({ organization: organization.code, told }, 'told the running lifecycles of the new holidays');
    } catch (error) {
      this.logger.warn({ err: error, organization: organization.code }, 'holidays saved, but the running lifecycles could not be told; they learn them with the next change of holidays');
    }
  }
}
