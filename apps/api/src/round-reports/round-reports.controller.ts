import * as path from 'node:path';
import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, ParseIntPipe, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApplicationError, ApplicationErrorCode, DelegationsService, RoundReportsService } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import { decideRoundReportUpdate, PRONGSAI_TASK_QUEUE, ROUND_REPORT_WORKFLOW, roundReportWorkflowId, type RoundReportDecision, type RoundReportRefusal } from '@prongsai/contracts';
import type { OrganizationEntity, PersonEntity } from '@prongsai/persistence';
import { APP_CONFIG } from '@prongsai/platform';
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { TemporalClientProvider } from '../temporal/temporal-client.module';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { roundReportForStaffDto, sendRoundReportFile } from './round-report-files';

const REFUSAL_CODES: Record<RoundReportRefusal['kind'], ApplicationErrorCode> = {
  forbidden: ApplicationErrorCode.Forbidden,
  conflict: ApplicationErrorCode.Conflict,
  invalid: ApplicationErrorCode.Invalid,
};

export class RoundReportDecisionDto {
  @IsOptional() @IsString() @MaxLength(2000) comment?: string;
  /** A stand-in decides for the executive who is away (a delegation in force today); both are recorded. */
  @IsOptional() @IsUUID() onBehalfOfPersonId?: string;
}

/**
 * Round reports: the coordinator compiles a version, the executive signs it off (published,
 * never to change) or returns it with a comment; a correction is the next version.
 */
@ApiTags('reports')
@Controller('orgs/:org')
export class RoundReportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
    private readonly temporal: TemporalClientProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Compiles the next version of a round's report (Q1…Q4, R6, R12); it then waits for the executive. */
  @Post('fiscal-years/:yearBe/reports/:round')
  async compile(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('yearBe', ParseIntPipe) yearBe: number, @Param('round') round: string) {
    const organization = await this.access.forAdministration(person, code);
    const report = await this.reports().open(organization, yearBe, RoundReportsService.assertRound(round), person.id);
    await this.temporal.client.workflow.start(ROUND_REPORT_WORKFLOW, { workflowId: roundReportWorkflowId(report.id), taskQueue: PRONGSAI_TASK_QUEUE, args: [report.id] });
    return this.view(organization, report.id);
  }

  @Get('fiscal-years/:yearBe/reports')
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('yearBe', ParseIntPipe) yearBe: number) {
    const organization = await this.access.forReading(person, code);
    return (await this.reports().list(organization.id, { fiscalYearBe: yearBe })).map((view) => roundReportForStaffDto(view, this.fileUrl(organization, view.report.id)));
  }

  @Get('reports/:id')
  async get(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.view(await this.access.forReading(person, code), id);
  }

  @Post('reports/:id/sign-off')
  @HttpCode(HttpStatus.OK)
  async signOff(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RoundReportDecisionDto) {
    return this.decide(person, code, id, 'sign_off', body);
  }

  @Post('reports/:id/return')
  @HttpCode(HttpStatus.OK)
  async return(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RoundReportDecisionDto) {
    return this.decide(person, code, id, 'return', body);
  }

  @Get('reports/:id/files/:fileName')
  async file(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string, @Param('fileName') fileName: string, @Res() response: Response) {
    const organization = await this.access.forReading(person, code);
    await sendRoundReportFile(this.reports(), await this.reports().get(organization.id, id), fileName, response);
  }

  private async decide(person: PersonEntity, code: string, id: string, decision: RoundReportDecision['decision'], { comment, onBehalfOfPersonId }: RoundReportDecisionDto) {
    const organization = await this.access.forActing(person, code);
    await this.reports().get(organization.id, id);
    const actor = await new DelegationsService(this.dataSource.manager).actorFor(organization.id, person, onBehalfOfPersonId);
    try {
      await this.temporal.client.workflow.getHandle(roundReportWorkflowId(id)).executeUpdate(decideRoundReportUpdate, {
        args: [{ actor, decision, comment: comment ?? null }],
      });
    } catch (error) {
      const cause = error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure ? error.cause : null;
      const reason = cause?.details?.[0] as RoundReportRefusal | undefined;
      if (reason) throw new ApplicationError(REFUSAL_CODES[reason.kind], { th: reason.th, en: reason.en });
      // A finished workflow: the version was decided already and never changes.
      throw ApplicationError.conflict('รายงานฉบับนี้ไม่ได้รอการลงนาม', 'this version is not waiting for sign-off');
    }
    return this.view(organization, id);
  }

  private async view(organization: OrganizationEntity, id: string) {
    return roundReportForStaffDto(await this.reports().get(organization.id, id), this.fileUrl(organization, id));
  }

  private fileUrl(organization: OrganizationEntity, reportId: string) {
    return (fileName: string) => `/api/orgs/${encodeURIComponent(organization.code)}/reports/${reportId}/files/${encodeURIComponent(fileName)}`;
  }

  private reports(): RoundReportsService {
    return new RoundReportsService(this.dataSource.manager, path.join(this.config.dataDir, 'reports'));
  }
}
