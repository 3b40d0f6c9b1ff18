import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DivisionEntity } from '@prongsai/persistence';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

export class DivisionDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) headPersonId: string | null;
  @ApiProperty() sortOrder: number;

  static from(division: DivisionEntity): DivisionDto {
    return { id: division.id, name: division.name, headPersonId: division.headPersonId, sortOrder: division.sortOrder };
  }
}

export class CreateDivisionDto {
  @ApiProperty({ example: 'กองคลัง' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  sortOrder?: number;
}

export class UpdateDivisionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(255) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) sortOrder?: number;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() headPersonId?: string | null;
}
