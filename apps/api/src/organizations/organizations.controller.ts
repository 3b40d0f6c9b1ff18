import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError, OrganizationsService } from '@prongsai/application';
import { OrganizationEntity, type PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { CreateOrganizationDto, OrganizationDto, UpdateOrganizationDto } from './dto/organization.dto';

@ApiTags('organizations')
@Controller('orgs')
export class OrganizationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Get()
  @ApiOkResponse({ type: [OrganizationDto] })
  async list(@CurrentPerson() person: PersonEntity): Promise<OrganizationDto[]> {
    return (await this.access.visibleTo(person)).map(OrganizationDto.from);
  }

  /** A new organisation (tenant): the system administrator's job. */
  @Post()
  @ApiCreatedResponse({ type: OrganizationDto })
  async create(@CurrentPerson() person: PersonEntity, @Body() body: CreateOrganizationDto): Promise<OrganizationDto> {
    if (person.role !== 'system_admin') {
      throw ApplicationError.forbidden('เฉพาะผู้ดูแลระบบกลางเท่านั้นที่เพิ่มองค์กรได้', 'only the system administrator may add organisations');
    }
    return OrganizationDto.from(await new OrganizationsService(this.dataSource.manager).create(body));
  }

  @Get(':org')
  @ApiOkResponse({ type: OrganizationDto })
  async get(@CurrentPerson() person: PersonEntity, @Param('org') code: string): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.access.forReading(person, code));
  }

  @Patch(':org')
  @ApiOkResponse({ type: OrganizationDto })
  async update(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Body() body: UpdateOrganizationDto): Promise<OrganizationDto> {
    const organization = await this.access.forAdministration(person, code);
    const saved = await this.dataSource.getRepository(OrganizationEntity).save({ ...organization, ...body });
    return OrganizationDto.from(saved);
  }
}
