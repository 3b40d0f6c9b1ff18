import { ApiProperty } from '@nestjs/swagger';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@prongsai/application';
import { CADENCES, fiscalYearRange, reportingPeriods, type Cadence } from '@prongsai/domain';
import type { FiscalYearEntity } from '@prongsai/persistence';
import { IsIn, IsInt, Max, Min } from 'class-validator';

export class ReportingPeriodDto {
  @ApiProperty({ example: 'Q1' }) key: string;
  @ApiProperty({ example: '2024-10-01' }) start: string;
  @ApiProperty({ example: '2024-12-31' }) end: string;
}

/** A fiscal year with its dates and the periods measures report on. */
export class FiscalYearDto {
  @ApiProperty({ example: 2568 }) yearBe: number;
  @ApiProperty({ enum: CADENCES }) cadence: Cadence;
  @ApiProperty({ description: 'a past year brought in by an archive import: read-only' }) archived: boolean;
  @ApiProperty({ example: '2024-10-01' }) start: string;
  @ApiProperty({ example: '2025-09-30' }) end: string;
  @ApiProperty({ type: [ReportingPeriodDto] }) periods: ReportingPeriodDto[];

  static from(year: FiscalYearEntity): FiscalYearDto {
    const { start, end } = fiscalYearRange(year.yearBe);
    const periods = reportingPeriods(year.yearBe, year.cadence).map((period) => ({ key: period.key, start: period.start, end: period.end }));
    return { yearBe: year.yearBe, cadence: year.cadence, archived: year.archived, start, end, periods };
  }
}

export class CreateFiscalYearDto {
  @ApiProperty({ example: 2568 }) @IsInt() @Min(FISCAL_YEAR_MIN) @Max(FISCAL_YEAR_MAX) yearBe: number;
  @ApiProperty({ enum: CADENCES }) @IsIn(CADENCES) cadence: Cadence;
}

export class UpdateFiscalYearDto {
  @ApiProperty({ enum: CADENCES }) @IsIn(CADENCES) cadence: Cadence;
}
