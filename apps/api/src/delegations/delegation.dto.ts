import { ApiProperty } from '@nestjs/swagger';
import type { DelegationEntity } from '@prongsai/persistence';
import { IsISO8601, IsUUID } from 'class-validator';

export class CreateDelegationDto {
  @ApiProperty({ description: 'the person who is away' }) @IsUUID() delegatorPersonId: string;
  @ApiProperty({ description: 'the person acting for them' }) @IsUUID() delegatePersonId: string;
  @ApiProperty({ example: '2026-12-01' }) @IsISO8601({ strict: true }) startsOn: string;
  @ApiProperty({ example: '2026-12-15' }) @IsISO8601({ strict: true }) endsOn: string;
}

export class DelegationDto {
  @ApiProperty() id: string;
  @ApiProperty() delegatorPersonId: string;
  @ApiProperty() delegatePersonId: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;

  static from(delegation: DelegationEntity): DelegationDto {
    const { id, delegatorPersonId, delegatePersonId, startsOn, endsOn } = delegation;
    return { id, delegatorPersonId, delegatePersonId, startsOn, endsOn };
  }
}
