import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@prongsai/domain';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Roles an organisation's administrator may give (the installation-wide ones are given by the CLI). */
export const ORGANIZATION_ROLES = ROLES.filter((role) => role !== 'system_admin' && role !== 'oversight');

export class CreatePersonDto {
  @ApiProperty() @IsEmail() @MaxLength(255) email: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(255) displayName: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) position?: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) @IsIn(ORGANIZATION_ROLES) role: Role;
  @ApiPropertyOptional({ description: 'required for division heads and officers' }) @IsOptional() @IsUUID() divisionId?: string;
  @ApiPropertyOptional({ description: 'omitted: a one-time password is returned once' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password?: string;
}

export class UpdatePersonDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(255) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) position?: string;
  @ApiPropertyOptional({ enum: ORGANIZATION_ROLES }) @IsOptional() @IsIn(ORGANIZATION_ROLES) role?: Role;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() divisionId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ enum: ['th', 'en'] }) @IsOptional() @IsIn(['th', 'en']) language?: 'th' | 'en';
  @ApiPropertyOptional({ enum: ['immediate', 'digest'] }) @IsOptional() @IsIn(['immediate', 'digest']) mailPreference?: 'immediate' | 'digest';
}

/** What a person sets for themselves. */
export class OwnPreferencesDto {
  @ApiPropertyOptional({ enum: ['th', 'en'] }) @IsOptional() @IsIn(['th', 'en']) language?: 'th' | 'en';
  @ApiPropertyOptional({ enum: ['immediate', 'digest'], description: 'each notice as it happens, or one mail each morning' })
  @IsOptional()
  @IsIn(['immediate', 'digest'])
  mailPreference?: 'immediate' | 'digest';
}
