import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@prongsai/config';
import { PlatformModule } from '@prongsai/platform';
import { ActivitiesModule } from './activities/activities.module';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, { processName: 'worker', runMigrations: false }), ActivitiesModule],
      providers: [TemporalWorkerService],
    };
  }
}
