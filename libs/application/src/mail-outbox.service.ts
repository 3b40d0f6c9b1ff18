import { randomUUID } from 'node:crypto';
import type { LifecycleNotification } from '@prongsai/contracts';
import { bangkokDateOf, mailRecipientsOf, type MailEventKind } from '@prongsai/domain';
import { renderMail, type MailData, type MailInput } from '@prongsai/mail';
import {
  DivisionEntity,
  HolidayEntity,
  MailOutboxEntity,
  MeasureEntity,
  MeasureLifecycleEntity,
  OrganizationEntity,
  PersonEntity,
} from '@prongsai/persistence';
import { In, type EntityManager } from 'typeorm';
import { noticeMailData } from './notice-mail-data';
import { loadNotificationDirectory } from './notification-directory';

/**
 * The mail outbox: turns what the lifecycle tells (its notices) into one mail per person, written
 * once per idempotency key — workflow, event, recipient, period, escalation step, day — however
 * often it is asked. People who chose the daily digest get theirs held for it.
 */
export class MailOutboxService {
  constructor(
    private readonly manager: EntityManager,
    private readonly publicBaseUrl: string,
  ) {}

  /** Writes the mails of a lifecycle notice that are not written yet; returns those still to deliver. */
  async enqueueLifecycleNotice(notice: LifecycleNotification, kind: MailEventKind = notice.kind): Promise<MailOutboxEntity[]> {
    const day = notice.on ?? bangkokDateOf(notice.at ?? new Date().toISOString());
    const [organization, lifecycle, measure] = await Promise.all([
      this.manager.findOneBy(OrganizationEntity, { id: notice.organizationId }),
      this.manager.findOneBy(MeasureLifecycleEntity, { workflowId: notice.workflowId }),
      this.manager.findOneBy(MeasureEntity, { id: notice.measureId }),
    ]);
    if (organization === null || lifecycle === null || measure === null) return [];
    const [{ directory, people }, divisions, holidays] = await Promise.all([
      loadNotificationDirectory(this.manager, organization.id, lifecycle.fiscalYearBe, day),
      this.manager.findBy(DivisionEntity, { organizationId: organization.id }),
      this.manager.findBy(HolidayEntity, { organizationId: organization.id }),
    ]);
    const byId = new Map(people.map((p) => [p.id, p]));
    const keyBase = [notice.workflowId, kind, notice.periodKey ?? '-', notice.escalationLevel ?? '-', notice.on ?? notice.at ?? '-', notice.divisionId ?? '-'];
    const rows: MailOutboxEntity[] = [];
    for (const { personId, standingInFor } of mailRecipientsOf(kind, notice, lifecycle.snapshot, directory)) {
      const person = byId.get(personId);
      if (person === undefined) continue;
      const data = noticeMailData(kind, notice, {
        lifecycle: lifecycle.snapshot,
        measure: { no: measure.no, title: measure.title },
        measureLink: `${this.publicBaseUrl}/orgs/${encodeURIComponent(organization.code)}/measures/${measure.id}`,
        divisionNames: new Map(divisions.map((d) => [d.id, d.name])),
        personNames: new Map(people.map((p) => [p.id, p.displayName])),
        holidays: new Set(holidays.map((h) => h.date)),
        recipientDivisionId: person.divisionId,
        standingInFor,
      });
      const row = await this.enqueue({
        organization,
        person,
        kind,
        idempotencyKey: [...keyBase, personId].join('|'),
        data,
        measureId: measure.id,
        periodKey: notice.periodKey,
        standingInForPersonId: standingInFor,
        holdForDigest: person.mailPreference === 'digest',
      });
      if (row !== null) rows.push(row);
    }
    return rows.filter((row) => row.status === 'pending');
  }

  /**
   * Writes one mail unless its idempotency key is written already (then returns that one); null
   * for a person without an address. Held for the daily digest when asked.
   */
  async enqueue(mail: {
    organization: OrganizationEntity;
    person: PersonEntity;
    kind: string;
    idempotencyKey: string;
    data: MailData;
    measureId?: string | null;
    periodKey?: string | null;
    standingInForPersonId?: string | null;
    holdForDigest?: boolean;
  }): Promise<MailOutboxEntity | null> {
    const { organization, person } = mail;
    if (person.email === '') return null;
    const existing = await this.manager.findOneBy(MailOutboxEntity, { idempotencyKey: mail.idempotencyKey });
    if (existing !== null) return existing;
    const input: MailInput = {
      organization: {
        name: organization.name,
        type: organization.type,
        district: organization.district,
        province: organization.province,
        website: organization.website,
        phone: organization.phone,
        numeralStyle: organization.numeralStyle,
      },
      recipient: { displayName: person.displayName, language: person.language },
      data: mail.data,
    };
    return this.manager.save(
      this.manager.create(MailOutboxEntity, {
        id: randomUUID(),
        idempotencyKey: mail.idempotencyKey,
        organizationId: organization.id,
        recipientPersonId: person.id,
        recipientEmail: person.email,
        standingInForPersonId: mail.standingInForPersonId ?? null,
        kind: mail.kind,
        measureId: mail.measureId ?? null,
        periodKey: mail.periodKey ?? null,
        // Rendering now refuses bad data (an unsafe link, an impossible date) before anything is written.
        subject: renderMail(input).subject.slice(0, 500),
        input,
        status: mail.holdForDigest ? 'digest' : 'pending',
        transport: null,
        attempts: 0,
        lastError: null,
        messageId: null,
        createdAt: new Date(),
        sentAt: null,
      }),
    );
  }

  /** The outbox of an organisation, newest first, for the administrator (failures included). */
  list(organizationId: string, filter: { status?: MailOutboxEntity['status'][] } = {}): Promise<MailOutboxEntity[]> {
    return this.manager.find(MailOutboxEntity, {
      where: { organizationId, ...(filter.status ? { status: In(filter.status) } : {}) },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }
}
