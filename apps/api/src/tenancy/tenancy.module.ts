import { Global, Module } from '@nestjs/common';
import { OrganizationAccess } from './organization-access.service';

@Global()
@Module({ providers: [OrganizationAccess], exports: [OrganizationAccess] })
export class TenancyModule {}
