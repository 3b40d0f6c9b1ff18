import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailOutboxService } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import { APP_CONFIG } from '@prongsai/platform';
import type { LifecycleChanges, LifecycleNotification, MeasureLifecycleActivities, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { ownerReplacements } from '@prongsai/domain';
import { LifecycleNotificationEntity, MeasureEntity, MeasureLifecycleEntity, MeasureOwnerEntity, MeasureStepEntity } from '@prongsai/persistence';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { MailDeliveries } from '../mail/mail-deliveries';

/** Keeps the read model of the measure lifecycles up to date; safe to retry. */
@Injectable()
export class LifecycleActivitiesService implements MeasureLifecycleActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicBaseUrl'>,
    private readonly deliveries: MailDeliveries,
  ) {}

  /** Records a decision's snapshot, then its notices; each part idempotent, so a retry is safe. */
  async recordLifecycleChanges({ snapshot, notifications }: LifecycleChanges): Promise<void> {
    if (snapshot !== null) await this.recordLifecycleSnapshot(snapshot);
    for (const notification of notifications) await this.recordLifecycleNotification(notification);
  }

  /** Stores the snapshot unless a newer revision is already there; mirrors the status on the measure. */
  async recordLifecycleSnapshot(snapshot: MeasureLifecycleSnapshot): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = {
        workflowId: snapshot.workflowId,
        organizationId: snapshot.organizationId,
        fiscalYearBe: snapshot.fiscalYearBe,
        measureId: snapshot.measureId,
        revision: snapshot.revision,
        status: snapshot.status,
        snapshot,
        updatedAt: new Date(),
      };
      const existing = await manager.findOneBy(MeasureLifecycleEntity, { workflowId: snapshot.workflowId });
      if (existing === null) {
        await manager.insert(MeasureLifecycleEntity, row);
      } else {
        // Conditional on the revision, so an older retry arriving late cannot overwrite a newer state.
        const { affected } = await manager.update(MeasureLifecycleEntity, { workflowId: snapshot.workflowId, revision: LessThan(snapshot.revision) }, row);
        if (!affected) return;
      }
      await manager.update(MeasureEntity, { id: snapshot.measureId }, { status: measureStatusOf(snapshot.status) });
      await followReassignments(manager, snapshot);
    });
  }

  /**
   * Records a notification once per (workflow, kind, period, escalation level, day, division), and
   * in the same transaction the mails it becomes; then starts their delivery. A retry finds both
   * written and starts only what is still undelivered.
   */
  async recordLifecycleNotification(notification: LifecycleNotification): Promise<void> {
    const idempotencyKey = [
      notification.workflowId,
      notification.kind,
      notification.periodKey ?? '-',
      notification.escalationLevel ?? '-',
      // Two reminders of one period (7 and 1 working days before) differ only by their day, a
      // resubmission's review request from the first only by its moment, and the assignments of a
      // shared measure only by their division. A retried activity carries the same moment.
      notification.on ?? notification.at ?? '-',
      notification.divisionId ?? '-',
    ].join('|');
    const toDeliver = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(LifecycleNotificationEntity, { idempotencyKey }))) {
        await manager.insert(LifecycleNotificationEntity, {
          idempotencyKey,
          organizationId: notification.organizationId,
          measureId: notification.measureId,
          kind: notification.kind,
          notification,
          createdAt: notification.at ? new Date(notification.at) : new Date(),
        });
      }
      return new MailOutboxService(manager, this.config.publicBaseUrl).enqueueLifecycleNotice(notification);
    });
    await this.deliveries.start(toDeliver.map((row) => row.id));
  }
}

/** The measure's own status column follows the lifecycle (assignment counts as in progress). */
/**
 * A reassignment makes the new division the measure's owner (it sees the measure, its steps and the
 * report's ผู้รับผิดชอบ column name it) in the place of the one it took over from.
 */
async function followReassignments(manager: EntityManager, snapshot: MeasureLifecycleSnapshot): Promise<void> {
  if (!snapshot.events.some((event) => event.action === 'reassign')) return;
  const measure = await manager.findOne(MeasureEntity, { where: { id: snapshot.measureId }, relations: { owners: true } });
  if (measure === null || measure.allDivisions) return;
  const replacements = ownerReplacements(
    measure.owners.map((owner) => owner.divisionId),
    snapshot.assignments.map((assignment) => assignment.divisionId),
  );
  for (const [from, to] of replacements) {
    await manager.update(MeasureOwnerEntity, { measureId: measure.id, divisionId: from }, { divisionId: to });
    await manager.update(MeasureStepEntity, { measureId: measure.id, ownerDivisionId: from }, { ownerDivisionId: to });
  }
}

function measureStatusOf(status: MeasureLifecycleSnapshot['status']): MeasureEntity['status'] {
  return status === 'assignment' ? 'in_progress' : status;
}
