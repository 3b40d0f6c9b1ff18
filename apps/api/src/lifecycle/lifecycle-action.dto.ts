import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsISO8601, IsInt, IsOptional, IsString, IsUUID, IsUrl, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

/** A link (url) or a file uploaded to the organisation (fileId), exactly one of them. */
export class EvidenceLinkDto {
  @ApiPropertyOptional({ description: "required with url; for a file, empty means the file's name" })
  @ValidateIf((item: EvidenceLinkDto) => item.fileId == null || item.title != null)
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ description: 'a web address (http/https); or fileId instead' })
  @ValidateIf((item: EvidenceLinkDto) => item.url != null)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ description: 'an evidence file uploaded with POST /api/orgs/{org}/evidence; or url instead' })
  @IsOptional()
  @IsUUID()
  fileId?: string;
}

export class ReportContentDto {
  @ApiPropertyOptional() @IsString() @MaxLength(10000) done: string;
  @ApiPropertyOptional() @IsString() @MaxLength(10000) results: string;
  @ApiPropertyOptional() @IsString() @MaxLength(10000) outcome: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) completion: number;
  @ApiPropertyOptional({ type: [EvidenceLinkDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceLinkDto) evidence: EvidenceLinkDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true }) publishedOn: string | null;
}

/** The fields any lifecycle action may carry; the workflow's rules say which one needs which. */
export class LifecycleActionDto {
  @ApiPropertyOptional({ description: 'act as the stand-in of this person (a delegation must cover today)' })
  @IsOptional()
  @IsUUID()
  onBehalfOfPersonId?: string;

  @ApiPropertyOptional({ example: '2024-10-15' }) @IsOptional() @IsISO8601({ strict: true }) approvedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) periodKey?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() divisionId?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) officerIds?: string[];
  @ApiPropertyOptional() @IsOptional() @IsUUID() fromDivisionId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() toDivisionId?: string;
  @ApiPropertyOptional({ type: ReportContentDto }) @IsOptional() @ValidateNested() @Type(() => ReportContentDto) content?: ReportContentDto;
}

export class SignOffItemDto {
  @ApiPropertyOptional() @IsUUID() measureId: string;
  @ApiPropertyOptional() @IsString() @MaxLength(32) periodKey: string;
}

export class BulkSignOffDto {
  @ApiPropertyOptional({ type: [SignOffItemDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => SignOffItemDto) items: SignOffItemDto[];
  @ApiPropertyOptional({ description: 'a stand-in signs off for the executive who is away (a delegation in force today)' })
  @IsOptional()
  @IsUUID()
  onBehalfOfPersonId?: string;
}

/** Reminder and escalation timing of a fiscal year's lifecycles. */
export class LifecyclePolicyDto {
  @ApiPropertyOptional({ example: [7, 1], description: 'working days before a due date when owners are reminded' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(60, { each: true })
  reminderWorkingDaysBefore: number[];

  @ApiPropertyOptional({ example: [1, 7, 14], description: 'days after a due date for each escalation step: owners and head, ปลัด, นายก' })
  @IsArray()
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(120, { each: true })
  escalationDaysAfter: number[];

  @ApiPropertyOptional({ example: 2, description: 'working days a review or sign-off may wait before its reminder' })
  @IsInt()
  @Min(1)
  @Max(30)
  reviewReminderWorkingDays: number;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'ปลัด: told at the second escalation step (unset: the executive whose position says ปลัด)' })
  @IsOptional()
  @IsUUID()
  chiefAdministratorPersonId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'นายก: told at the last escalation step, asked to sign off (unset: by position)' })
  @IsOptional()
  @IsUUID()
  chiefExecutivePersonId?: string | null;
}
