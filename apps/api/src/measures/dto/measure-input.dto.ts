import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, MEASURE_LIMITS } from '@prongsai/application';
import type { MonitoringRule } from '@prongsai/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Optional, and may be null to clear it. */
const Nullable = () => ValidateIf((_: object, value: unknown) => value !== null && value !== undefined);

export class MeasureStepInputDto {
  @ApiProperty({ example: 'จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MEASURE_LIMITS.stepText)
  text: string;

  @ApiPropertyOptional({ nullable: true, type: String }) @Nullable() @IsUUID() ownerDivisionId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2025-03-31' }) @Nullable() @IsString() @Matches(DATE) dueDate?: string | null;
}

export class EvidenceLinkDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(MEASURE_LIMITS.evidenceTitle) title: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(MEASURE_LIMITS.evidenceUrl) url: string;
}

/** The optional fields of a measure, shared by creating and changing one. */
class MeasureFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(MEASURE_LIMITS.no) no?: number;
  @ApiPropertyOptional({ nullable: true, type: String }) @Nullable() @IsString() @MaxLength(MEASURE_LIMITS.longText) issueToImprove?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) @Nullable() @IsInt() @Min(1) @Max(10) indicatorNo?: number | null;

  @ApiPropertyOptional({ type: [String], example: ['O42', 'O43'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.itemCodes)
  @IsString({ each: true })
  itemCodes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'the first leads, the rest support' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  ownerDivisionIds?: string[];

  @ApiPropertyOptional({ description: 'ทุกกอง: every division takes part' }) @IsOptional() @IsBoolean() allDivisions?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2024-10-01' }) @Nullable() @IsString() @Matches(DATE) periodStart?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2025-09-30' }) @Nullable() @IsString() @Matches(DATE) periodEnd?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘', description: 'read into dates when none are given' })
  @Nullable()
  @IsString()
  @MaxLength(MEASURE_LIMITS.periodText)
  periodText?: string | null;

  @ApiPropertyOptional({ nullable: true, example: { kind: 'quarterly' } }) @Nullable() @IsObject() monitoringRule?: MonitoringRule | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @Nullable() @IsString() @MaxLength(MEASURE_LIMITS.longText) expectedOutcome?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @Nullable() @IsString() @MaxLength(MEASURE_LIMITS.longText) summary?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @Nullable() @IsString() @MaxLength(MEASURE_LIMITS.longText) outcome?: string | null;

  @ApiPropertyOptional({ type: [EvidenceLinkDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.evidence)
  @ValidateNested({ each: true })
  @Type(() => EvidenceLinkDto)
  evidence?: EvidenceLinkDto[];
}

/** A new measure: its fiscal year, title and steps are required, and owners or allDivisions. */
export class CreateMeasureDto extends MeasureFieldsDto {
  @ApiProperty({ example: 2568 }) @IsInt() @Min(FISCAL_YEAR_MIN) @Max(FISCAL_YEAR_MAX) fiscalYearBe: number;
  @ApiProperty({ example: 'การป้องกันการขัดกันระหว่างผลประโยชน์' }) @IsString() @IsNotEmpty() @MaxLength(MEASURE_LIMITS.title) title: string;

  @ApiProperty({ type: [MeasureStepInputDto] })
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.steps)
  @ValidateNested({ each: true })
  @Type(() => MeasureStepInputDto)
  steps: MeasureStepInputDto[];
}

/** Changes to a measure (PATCH): fields left out keep their value; lists given replace the old ones. */
export class UpdateMeasureDto extends MeasureFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MEASURE_LIMITS.title) title?: string;

  @ApiPropertyOptional({ type: [MeasureStepInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.steps)
  @ValidateNested({ each: true })
  @Type(() => MeasureStepInputDto)
  steps?: MeasureStepInputDto[];

  @ApiPropertyOptional({ description: 'the version the change was made on: a 409 when the measure changed since' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class MeasureStarterDto {
  @ApiProperty({ example: 2568 }) @IsInt() @Min(FISCAL_YEAR_MIN) @Max(FISCAL_YEAR_MAX) fiscalYearBe: number;
}
