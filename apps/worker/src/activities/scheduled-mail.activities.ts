import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ScheduledMailService } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import type { ScheduledMailActivities } from '@prongsai/contracts';
import type { MailOutboxEntity } from '@prongsai/persistence';
import { APP_CONFIG } from '@prongsai/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { MailDeliveries } from '../mail/mail-deliveries';

/** The scheduled mails: written to the outbox in one transaction each, then delivered. Safe to retry. */
@Injectable()
export class ScheduledMailActivitiesService implements ScheduledMailActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicBaseUrl'>,
    private readonly deliveries: MailDeliveries,
  ) {}

  sendDailyDigests(day: string): Promise<number> {
    return this.writeThenDeliver((service) => service.dailyDigests(day));
  }

  sendWeeklySummaries(day: string): Promise<number> {
    return this.writeThenDeliver((service) => service.weeklySummaries(day));
  }

  announceReportRounds(day: string): Promise<number> {
    return this.writeThenDeliver((service) => service.reportRoundsOpened(day));
  }

  private async writeThenDeliver(write: (service: ScheduledMailService) => Promise<MailOutboxEntity[]>): Promise<number> {
    const rows = await this.dataSource.transaction((manager: EntityManager) => write(new ScheduledMailService(manager, this.config.publicBaseUrl)));
    await this.deliveries.start(rows.map((row) => row.id));
    return rows.length;
  }
}
