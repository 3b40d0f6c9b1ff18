import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class UploadPlanDto {
  @ApiPropertyOptional({ description: 'fiscal year พ.ศ.; default: the one the document names', example: 2568 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2500)
  @Max(2700)
  fiscalYear?: number;
}
