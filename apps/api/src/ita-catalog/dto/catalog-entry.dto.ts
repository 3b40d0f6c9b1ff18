import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, ITA_TOOLS } from '@prongsai/application';
import type { ItaCatalogEntryEntity, ItaTool } from '@prongsai/persistence';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const KINDS = ['indicator', 'item'] as const;

export class CatalogEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 2568 }) fiscalYearBe: number;
  @ApiProperty({ enum: KINDS }) kind: 'indicator' | 'item';
  @ApiProperty({ enum: ITA_TOOLS }) tool: ItaTool;
  @ApiProperty({ example: 'O42', description: '"indicator-N" for indicators' }) code: string;
  @ApiProperty({ nullable: true, type: Number }) indicatorNo: number | null;
  @ApiProperty() title: string;

  static from(entry: ItaCatalogEntryEntity): CatalogEntryDto {
    return { id: entry.id, fiscalYearBe: entry.fiscalYearBe, kind: entry.kind, tool: entry.tool, code: entry.code, indicatorNo: entry.indicatorNo, title: entry.title };
  }
}

export class CatalogDto {
  @ApiProperty() fiscalYearBe: number;
  @ApiProperty({ type: [CatalogEntryDto] }) indicators: CatalogEntryDto[];
  @ApiProperty({ type: [CatalogEntryDto] }) items: CatalogEntryDto[];
}

export class CatalogQueryDto {
  @ApiProperty({ example: 2568 }) @Type(() => Number) @IsInt() @Min(FISCAL_YEAR_MIN) @Max(FISCAL_YEAR_MAX) fiscalYear: number;
}

export class CatalogStarterDto {
  @ApiProperty({ example: 2568 }) @IsInt() @Min(FISCAL_YEAR_MIN) @Max(FISCAL_YEAR_MAX) fiscalYearBe: number;
}

export class CatalogStarterResultDto {
  @ApiProperty() fiscalYearBe: number;
  @ApiProperty({ nullable: true, type: Number, description: 'the year whose published OIT list was copied' }) itemsFromYearBe: number | null;
  @ApiProperty() added: number;
  @ApiProperty() alreadyThere: number;
  @ApiPropertyOptional({ description: 'set when another year’s list was used' }) note?: string;
  @ApiPropertyOptional() noteTh?: string;
  @ApiProperty({ type: CatalogDto }) catalog: CatalogDto;
}

export class CreateCatalogEntryDto {
  @ApiProperty({ example: 2568 }) @IsInt() @Min(FISCAL_YEAR_MIN) @Max(FISCAL_YEAR_MAX) fiscalYearBe: number;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: 'indicator' | 'item';
  @ApiPropertyOptional({ enum: ITA_TOOLS, description: 'items: from the code when omitted' }) @IsOptional() @IsIn(ITA_TOOLS) tool?: ItaTool;
  @ApiPropertyOptional({ example: 'O42' }) @IsOptional() @IsString() @MaxLength(32) code?: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) @Max(10) indicatorNo?: number | null;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) title: string;
}

export class UpdateCatalogEntryDto {
  @ApiPropertyOptional({ enum: KINDS }) @IsOptional() @IsIn(KINDS) kind?: 'indicator' | 'item';
  @ApiPropertyOptional({ enum: ITA_TOOLS }) @IsOptional() @IsIn(ITA_TOOLS) tool?: ItaTool;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) code?: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) @Max(10) indicatorNo?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) title?: string;
}
