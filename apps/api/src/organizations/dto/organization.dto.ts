import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { NUMERAL_STYLES, ORGANIZATION_TYPES, type NumeralStyle, type OrganizationType } from '@prongsai/domain';
import type { OrganizationEntity } from '@prongsai/persistence';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class OrganizationDto {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty() name: string;
  @ApiProperty() district: string;
  @ApiProperty() province: string;
  @ApiProperty() website: string;
  @ApiProperty() phone: string;
  @ApiProperty({ enum: NUMERAL_STYLES }) numeralStyle: NumeralStyle;

  static from(organization: OrganizationEntity): OrganizationDto {
    const { id, code, type, name, district, province, website, phone, numeralStyle } = organization;
    return { id, code, type, name, district, province, website, phone, numeralStyle };
  }
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES }) @IsOptional() @IsIn(ORGANIZATION_TYPES) type?: OrganizationType;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(255) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) district?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) province?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) website?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) phone?: string;
  @ApiPropertyOptional({ enum: NUMERAL_STYLES }) @IsOptional() @IsIn(NUMERAL_STYLES) numeralStyle?: NumeralStyle;
}

export class CreateOrganizationDto extends PartialType(UpdateOrganizationDto) {
  @ApiProperty({ example: 'องค์การบริหารส่วนตำบลสมัย' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  declare name: string;

  @ApiPropertyOptional({ description: 'short unique code; derived from the name when omitted', example: 'samai' })
  @IsOptional()
  @IsString()
  @Matches(/^[\p{L}\p{M}\p{N}-]{2,32}$/u)
  code?: string;
}
