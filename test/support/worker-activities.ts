import * as os from 'node:os';
import type { DataSource } from 'typeorm';
import { bindActivities } from '../../apps/worker/src/activities/bind-activities';
import { LifecycleActivitiesService } from '../../apps/worker/src/activities/lifecycle.activities';
import { MailActivitiesService } from '../../apps/worker/src/activities/mail.activities';
import { RoundReportActivitiesService } from '../../apps/worker/src/activities/round-report.activities';
import { ScheduledMailActivitiesService } from '../../apps/worker/src/activities/scheduled-mail.activities';
import { MailDeliveries } from '../../apps/worker/src/mail/mail-deliveries';
import { MailSender } from '../../apps/worker/src/mail/mail-sender';

/** The public address deep links in test mail start with. */
export const TEST_PUBLIC_BASE_URL = 'http://prongsai.test';

/**
 * The worker's real activities on a database, as the worker binds them: the lifecycle's read
 * model and mail outbox, and mail delivery (to `smtpUrl`, or the local mailbox without one).
 */
export function workerActivities(dataSource: DataSource, mail: { smtpUrl?: string; mailFrom?: string } = {}, dataDir = os.tmpdir()) {
  const config = { publicBaseUrl: TEST_PUBLIC_BASE_URL };
  const deliveries = new MailDeliveries();
  const sender = new MailSender({ smtpUrl: mail.smtpUrl, mailFrom: mail.mailFrom ?? 'Prongsai <no-reply@prongsai.test>' });
  return {
    activities: bindActivities([
      new LifecycleActivitiesService(dataSource, config, deliveries),
      new MailActivitiesService(dataSource, sender),
      new ScheduledMailActivitiesService(dataSource, config, deliveries),
      new RoundReportActivitiesService(dataSource, { dataDir, ...config }, deliveries),
    ]),
    sender,
  };
}
