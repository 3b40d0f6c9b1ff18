import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiagnosticRunEntity } from '@prongsai/persistence';
import { DiagnosticsActivitiesService } from './diagnostics.activities';
import { MailDeliveries } from '../mail/mail-deliveries';
import { MailSender } from '../mail/mail-sender';
import { LifecycleActivitiesService } from './lifecycle.activities';
import { MailActivitiesService } from './mail.activities';
import { RoundReportActivitiesService } from './round-report.activities';
import { ScheduledMailActivitiesService } from './scheduled-mail.activities';

/** Every activity implementation, as injectable services the worker binds into Temporal. */
export const ACTIVITY_SERVICES = [DiagnosticsActivitiesService, LifecycleActivitiesService, MailActivitiesService, ScheduledMailActivitiesService, RoundReportActivitiesService];

@Module({
  imports: [TypeOrmModule.forFeature([DiagnosticRunEntity])],
  providers: [...ACTIVITY_SERVICES, MailSender, MailDeliveries],
  exports: ACTIVITY_SERVICES,
})
export class ActivitiesModule {}
