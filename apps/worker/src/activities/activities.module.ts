import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiagnosticRunEntity } from '@prongsai/persistence';
import { DiagnosticsActivitiesService } from './diagnostics.activities';
import { LifecycleActivitiesService } from './lifecycle.activities';

/** Every activity implementation, as injectable services the worker binds into Temporal. */
export const ACTIVITY_SERVICES = [DiagnosticsActivitiesService, LifecycleActivitiesService];

@Module({
  imports: [TypeOrmModule.forFeature([DiagnosticRunEntity])],
  providers: ACTIVITY_SERVICES,
  exports: ACTIVITY_SERVICES,
})
export class ActivitiesModule {}
