import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@prongsai/application';
import { MEASURE_STATUSES, type EvidenceLink, type MeasureStatus, type MonitoringRule } from '@prongsai/domain';
import type { MeasureEntity } from '@prongsai/persistence';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';

export class MeasureOwnerDto {
  @ApiProperty() divisionId: string;
  @ApiProperty({ example: 'สำนักปลัด' }) divisionName: string;
  @ApiProperty({ enum: ['lead', 'supporting'] }) role: 'lead' | 'supporting';
}

export class MeasureStepDto {
  @ApiProperty({ description: '1, 2, 3 … in order' }) position: number;
  @ApiProperty() text: string;
  @ApiProperty({ nullable: true, type: String }) ownerDivisionId: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerDivisionName: string | null;
  @ApiProperty({ nullable: true, type: String }) dueDate: string | null;
}

export class MeasurePeriodDto {
  @ApiProperty({ nullable: true, type: String }) start: string | null;
  @ApiProperty({ nullable: true, type: String }) end: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'as written' }) text: string | null;
}

/** A measure as the API shows it. */
export class MeasureDto {
  @ApiProperty() id: string;
  @ApiProperty() fiscalYearBe: number;
  @ApiProperty() no: number;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) issueToImprove: string | null;
  @ApiProperty({ nullable: true, type: Number }) indicatorNo: number | null;
  @ApiProperty({ type: [String] }) itemCodes: string[];
  @ApiProperty() allDivisions: boolean;
  @ApiProperty({ type: [MeasureOwnerDto], description: 'the lead first' }) owners: MeasureOwnerDto[];
  @ApiProperty({ type: [MeasureStepDto] }) steps: MeasureStepDto[];
  @ApiProperty({ type: MeasurePeriodDto }) period: MeasurePeriodDto;
  @ApiProperty({ nullable: true, type: Object }) monitoringRule: MonitoringRule | null;
  @ApiProperty({ nullable: true, type: String }) expectedOutcome: string | null;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty({ type: [Object] }) evidence: EvidenceLink[];
  @ApiProperty({ enum: MEASURE_STATUSES }) status: MeasureStatus;
  @ApiProperty({ description: 'send it back with a change to guard against lost updates' }) version: number;
  @ApiProperty() updatedAt: string;

  /** The measure with division names from the organisation's divisions (id → name). */
  static from(measure: MeasureEntity, divisionNames: Map<string, string>): MeasureDto {
    const name = (id: string) => divisionNames.get(id) ?? '';
    return {
      id: measure.id,
      fiscalYearBe: measure.fiscalYearBe,
      no: measure.no,
      title: measure.title,
      issueToImprove: measure.issueToImprove,
      indicatorNo: measure.indicatorNo,
      itemCodes: measure.itemCodes,
      allDivisions: measure.allDivisions,
      owners: measure.owners.map((owner) => ({ divisionId: owner.divisionId, divisionName: name(owner.divisionId), role: owner.role })),
      steps: measure.steps.map((step) => ({
        position: step.position,
        text: step.text,
        ownerDivisionId: step.ownerDivisionId,
        ownerDivisionName: step.ownerDivisionId === null ? null : name(step.ownerDivisionId),
        dueDate: step.dueDate,
      })),
      period: { start: measure.periodStart, end: measure.periodEnd, text: measure.periodText },
      monitoringRule: measure.monitoringRule,
      expectedOutcome: measure.expectedOutcome,
      summary: measure.summary,
      outcome: measure.outcome,
      evidence: measure.evidence,
      status: measure.status,
      version: measure.version,
      updatedAt: new Date(measure.updatedAt).toISOString(),
    };
  }
}

export class MeasureQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2568 }) @IsOptional() @Type(() => Number) @IsInt() @Min(FISCAL_YEAR_MIN) @Max(FISCAL_YEAR_MAX) fiscalYear?: number;
  @ApiPropertyOptional({ description: 'measures the division leads, supports, owns a step of, or all-divisions ones' }) @IsOptional() @IsUUID() division?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10) indicator?: number;
  @ApiPropertyOptional({ enum: MEASURE_STATUSES }) @IsOptional() @IsIn(MEASURE_STATUSES) status?: MeasureStatus;
}

export class MeasureStarterResultDto {
  @ApiProperty({ type: [MeasureDto] }) added: MeasureDto[];
  @ApiProperty({ type: [String], description: 'standard titles the year already had, left untouched' }) alreadyThere: string[];
}
