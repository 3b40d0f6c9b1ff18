import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError } from '@prongsai/application';
import type { PersonEntity } from '@prongsai/persistence';
import { CurrentPerson } from '../auth/current-person.decorator';
import { DiagnosticsService } from './diagnostics.service';
import { DiagnosticRunDto } from './dto/diagnostic-run.dto';

/** Operator diagnostics: a round trip through Temporal and the worker back to the database. */
@ApiTags('diagnostics')
@Controller('diagnostics/round-trips')
export class DiagnosticsController {
  constructor(private readonly diagnostics: DiagnosticsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: DiagnosticRunDto })
  start(@CurrentPerson() person: PersonEntity): Promise<DiagnosticRunDto> {
    requireSystemAdministrator(person);
    return this.diagnostics.startRoundTrip();
  }

  @Get(':id')
  @ApiOkResponse({ type: DiagnosticRunDto })
  @ApiNotFoundResponse()
  find(@CurrentPerson() person: PersonEntity, @Param('id', new ParseUUIDPipe()) id: string): Promise<DiagnosticRunDto> {
    requireSystemAdministrator(person);
    return this.diagnostics.findRun(id);
  }
}

function requireSystemAdministrator(person: PersonEntity): void {
  if (person.role !== 'system_admin') {
    throw ApplicationError.forbidden('เฉพาะผู้ดูแลระบบกลางเท่านั้นที่ทดสอบระบบได้', 'only the system administrator may run diagnostics');
  }
}
