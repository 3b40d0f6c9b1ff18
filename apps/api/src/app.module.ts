import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@prongsai/config';
import { PlatformModule } from '@prongsai/platform';
import { AuthModule } from './auth/auth.module';
import { DelegationsModule } from './delegations/delegations.module';
import { DiagnosticsModule } from './diagnostics/diagnostics.module';
import { DivisionsModule } from './divisions/divisions.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ImportsModule } from './imports/imports.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { MailModule } from './mail/mail.module';
import { FiscalYearsModule } from './fiscal-years/fiscal-years.module';
import { HealthModule } from './health/health.module';
import { HolidaysModule } from './holidays/holidays.module';
import { ItaCatalogModule } from './ita-catalog/ita-catalog.module';
import { MeasuresModule } from './measures/measures.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PeopleModule } from './people/people.module';
import { RoundReportsModule } from './round-reports/round-reports.module';
import { SchedulesModule } from './schedules/schedules.module';
import { TemporalClientModule } from './temporal/temporal-client.module';
import { TenancyModule } from './tenancy/tenancy.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, { processName: 'api', runMigrations: true }),
        TemporalClientModule,
        TenancyModule,
        AuthModule,
        HealthModule,
        DiagnosticsModule,
        OrganizationsModule,
        DivisionsModule,
        PeopleModule,
        ImportsModule,
        EvidenceModule,
        LifecycleModule,
        MailModule,
        DelegationsModule,
        FiscalYearsModule,
        HolidaysModule,
        ItaCatalogModule,
        MeasuresModule,
        SchedulesModule,
        RoundReportsModule,
      ],
    };
  }
}
