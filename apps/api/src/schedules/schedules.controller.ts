import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError } from '@prongsai/application';
import type { PersonEntity } from '@prongsai/persistence';
import { CurrentPerson } from '../auth/current-person.decorator';
import { ScheduleNoteDto, ScheduleViewDto } from './dto/schedule.dto';
import { SchedulesService } from './schedules.service';

/** The recurring jobs (daily digest, weekly summary, report rounds): the system administrator's. */
@ApiTags('schedules')
@Controller('schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Get()
  @ApiOkResponse({ type: [ScheduleViewDto] })
  list(@CurrentPerson() person: PersonEntity): Promise<ScheduleViewDto[]> {
    requireSystemAdministrator(person);
    return this.schedules.list();
  }

  @Post(':id/pause')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ScheduleViewDto })
  pause(@CurrentPerson() person: PersonEntity, @Param('id') id: string, @Body() body: ScheduleNoteDto): Promise<ScheduleViewDto> {
    requireSystemAdministrator(person);
    return this.schedules.pause(id, body.note, person.email);
  }

  @Post(':id/unpause')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ScheduleViewDto })
  unpause(@CurrentPerson() person: PersonEntity, @Param('id') id: string, @Body() body: ScheduleNoteDto): Promise<ScheduleViewDto> {
    requireSystemAdministrator(person);
    return this.schedules.unpause(id, body.note, person.email);
  }
}

function requireSystemAdministrator(person: PersonEntity): void {
  if (person.role !== 'system_admin') {
    throw ApplicationError.forbidden('เฉพาะผู้ดูแลระบบกลางเท่านั้นที่ดูและหยุดงานตามกำหนดเวลาได้', 'only the system administrator may see and pause the scheduled jobs');
  }
}
