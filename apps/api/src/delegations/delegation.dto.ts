import { ApiProperty } from '@nestjs/swagger';
import type { DelegationEntity, PersonEntity } from '@prongsai/persistence';
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

/** Someone the signed-in person stands in for today, with their role and division while standing in. */
export class StandingInDto {
  @ApiProperty() personId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() position: string;
  @ApiProperty() role: PersonEntity['role'];
  @ApiProperty({ nullable: true, type: String }) divisionId: string | null;
  @ApiProperty({ description: 'the last day of the delegation' }) endsOn: string;

  static from({ person, endsOn }: { person: PersonEntity; endsOn: string }): StandingInDto {
    return { personId: person.id, displayName: person.displayName, position: person.position, role: person.role, divisionId: person.divisionId, endsOn };
  }
}
