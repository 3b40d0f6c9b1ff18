import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RoundReportsService } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import type { RoundReportActivities, RoundReportDecision } from '@prongsai/contracts';
import { APP_CONFIG } from '@prongsai/platform';
import { DataSource } from 'typeorm';
import { MailDeliveries } from '../mail/mail-deliveries';

/** Compiles round reports into their files and records the executive's decision; safe to retry. */
@Injectable()
export class RoundReportActivitiesService implements RoundReportActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'dataDir' | 'publicBaseUrl'>,
    private readonly deliveries: MailDeliveries,
  ) {}

  /** Renders the files first (seconds, no transaction held), then records them in one short transaction. */
  async compileRoundReportFiles(reportId: string): Promise<void> {
    const rendered = await this.reports(this.dataSource.manager).renderFiles(reportId);
    const mails = await this.dataSource.transaction((manager) =>
      rendered ? this.reports(manager).recordRenderedFiles(rendered) : this.reports(manager).signOffMailsToDeliver(reportId),
    );
    await this.deliveries.start(mails.map((mail) => mail.id));
  }

  async recordRoundReportDecision(reportId: string, decision: RoundReportDecision['decision'], personId: string, comment: string | null, onBehalfOfPersonId: string | null = null): Promise<void> {
    const mails = await this.dataSource.transaction((manager) => this.reports(manager).decide(reportId, decision, personId, comment, onBehalfOfPersonId));
    await this.deliveries.start(mails.map((mail) => mail.id));
  }

  private reports(manager: DataSource['manager']): RoundReportsService {
    return new RoundReportsService(manager, roundReportsRoot(this.config.dataDir), this.config.publicBaseUrl);
  }
}

/** Where round report files are kept: `DATA_DIR/reports/<report id>/`. */
export function roundReportsRoot(dataDir: string): string {
  return path.join(dataDir, 'reports');
}
