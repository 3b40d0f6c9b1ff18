import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@prongsai/config';
import { PlatformModule } from '@prongsai/platform';
import { DiagnosticsModule } from './diagnostics/diagnostics.module';
import { HealthModule } from './health/health.module';
import { TemporalClientModule } from './temporal/temporal-client.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, { processName: 'api', runMigrations: true }),
        TemporalClientModule,
        HealthModule,
        DiagnosticsModule,
      ],
    };
  }
}
