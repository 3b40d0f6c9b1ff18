import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@prongsai/application';
import type { HolidayEntity } from '@prongsai/persistence';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class HolidayDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2025-04-14' }) date: string;
  @ApiProperty({ example: 'วันสงกรานต์' }) nameTh: string;
  @ApiProperty({ example: 'Songkran Festival' }) nameEn: string;

  static from(holiday: HolidayEntity): HolidayDto {
    return { id: holiday.id, date: holiday.date, nameTh: holiday.nameTh, nameEn: holiday.nameEn };
  }
}

export class HolidayQueryDto {
  @ApiPropertyOptional({ description: 'only the holidays of this fiscal year (พ.ศ.)', example: 2568 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  year?: number;
}

export class CreateHolidayDto {
  @ApiProperty({ example: '2025-04-14' }) @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/) date: string;
  @ApiProperty({ example: 'วันสงกรานต์' }) @IsString() @IsNotEmpty() @MaxLength(255) nameTh: string;
  @ApiPropertyOptional({ example: 'Songkran Festival' }) @IsOptional() @IsString() @MaxLength(255) nameEn?: string;
}

export class LoadHolidaysDto {
  @ApiPropertyOptional({ description: 'only this fiscal year; omitted: every year of the reference list', example: 2568 })
  @IsOptional()
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYearBe?: number;
}

export class HolidayLoadResultDto {
  @ApiProperty() added: number;
  @ApiProperty({ description: 'dates the organisation already had, left as they were' }) alreadyThere: number;
  @ApiProperty({ type: [HolidayDto], description: 'the holidays after loading (of the fiscal year, when given)' }) holidays: HolidayDto[];
}
