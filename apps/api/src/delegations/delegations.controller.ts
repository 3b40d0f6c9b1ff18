import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DelegationsService } from '@prongsai/application';
import { bangkokDateOf } from '@prongsai/domain';
import type { PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateDelegationDto, DelegationDto, StandingInDto } from './delegation.dto';

/** Stand-ins while someone is away: the administrator records them; everyone in the organisation may see them. */
@ApiTags('delegations')
@Controller('orgs/:org/delegations')
export class DelegationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  @ApiOkResponse({ type: [DelegationDto] })
  async list(@CurrentPerson() person: PersonEntity, @Param('org') code: string): Promise<DelegationDto[]> {
    const organization = await this.access.forReading(person, code);
    return (await new DelegationsService(this.dataSource.manager).list(organization.id)).map(DelegationDto.from);
  }

  /** Whom the signed-in person stands in for today: they may act, and see the tasks, of each. */
  @Get('mine')
  @ApiOkResponse({ type: [StandingInDto] })
  async mine(@CurrentPerson() person: PersonEntity, @Param('org') code: string): Promise<StandingInDto[]> {
    const organization = await this.access.forReading(person, code);
    const today = bangkokDateOf(new Date().toISOString());
    return (await new DelegationsService(this.dataSource.manager).standingInFor(organization.id, person.id, today)).map(StandingInDto.from);
  }

  @Post()
  @ApiCreatedResponse({ type: DelegationDto })
  async create(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: CreateDelegationDto): Promise<DelegationDto> {
    const organization = await this.access.forAdministration(person, code);
    return DelegationDto.from(await new DelegationsService(this.dataSource.manager).add(organization.id, body));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const organization = await this.access.forAdministration(person, code);
    await new DelegationsService(this.dataSource.manager).remove(organization.id, id);
  }
}
