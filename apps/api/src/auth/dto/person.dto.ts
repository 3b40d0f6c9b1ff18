import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@prongsai/domain';
import type { PersonEntity } from '@prongsai/persistence';

/** A person as the API shows them: never the password hash. */
export class PersonDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() position: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) divisionId: string | null;
  @ApiProperty({ nullable: true, type: String }) province: string | null;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty() active: boolean;
  @ApiProperty({ enum: ['th', 'en'] }) language: 'th' | 'en';
  @ApiProperty({ enum: ['immediate', 'digest'] }) mailPreference: 'immediate' | 'digest';

  static from(person: PersonEntity): PersonDto {
    return {
      id: person.id,
      email: person.email,
      displayName: person.displayName,
      position: person.position,
      role: person.role,
      organizationId: person.organizationId,
      divisionId: person.divisionId,
      province: person.province,
      mustChangePassword: person.mustChangePassword,
      active: person.active,
      language: person.language,
      mailPreference: person.mailPreference,
    };
  }
}

export class SignedInDto {
  @ApiProperty({ description: 'bearer token for API clients; browsers use the httpOnly cookie' }) token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: PersonDto }) person: PersonDto;
}
