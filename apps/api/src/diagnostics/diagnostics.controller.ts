import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  start(): Promise<DiagnosticRunDto> {
    return this.diagnostics.startRoundTrip();
  }

  @Get(':id')
  @ApiOkResponse({ type: DiagnosticRunDto })
  @ApiNotFoundResponse()
  find(@Param('id', new ParseUUIDPipe()) id: string): Promise<DiagnosticRunDto> {
    return this.diagnostics.findRun(id);
  }
}
