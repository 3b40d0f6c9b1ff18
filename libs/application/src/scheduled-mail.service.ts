import type { LifecycleReportSnapshot, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { fiscalYearOf } from '@prongsai/domain';
import type { DigestItem, DivisionProgress } from '@prongsai/mail';
import { DivisionEntity, MailOutboxEntity, MeasureEntity, MeasureLifecycleEntity, OrganizationEntity, PersonEntity } from '@prongsai/persistence';
import { In, Not, type EntityManager } from 'typeorm';
import { inboxFor, type InboxItem } from './inbox';
import { MailOutboxService } from './mail-outbox.service';

const LIVE: MeasureLifecycleSnapshot['status'][] = ['draft', 'plan_approval', 'assignment', 'in_progress'];
const SUBMITTED: LifecycleReportSnapshot['status'][] = ['submitted', 'accepted', 'returned_by_executive', 'signed_off'];
const STILL_OWED: LifecycleReportSnapshot['status'][] = ['open', 'draft', 'returned'];
/** Lines per list in one mail: enough to act on, and the outbox keeps each mail's input small. */
const MAX_LINES = 50;

/** What a digest line says for a task of a whole measure. */
const TASK_NOTES: Record<'th' | 'en', Partial<Record<InboxItem['task'], string>>> = {
  th: { acknowledge: 'รับทราบการมอบหมายและกำหนดผู้รับผิดชอบ', approve_plan: 'พิจารณาเห็นชอบมาตรการ', approve_cancel: 'พิจารณาคำขอยกเลิกมาตรการ' },
  en: { acknowledge: 'acknowledge the assignment and name the officers', approve_plan: 'approve the measure plan', approve_cancel: 'decide on the cancellation request' },
};

/** One organisation's live lifecycles and what mails about them need. */
interface OrganisationPicture {
  organization: OrganizationEntity;
  people: PersonEntity[];
  lifecycles: MeasureLifecycleSnapshot[];
  measures: Map<string, MeasureEntity>;
  divisions: DivisionEntity[];
}

/**
 * The mails the Schedules send: each person's daily digest, the executives' weekly summary, and
 * the coordinators' notice that a report round opened. Written to the outbox once per person and
 * day (round), however often the scheduled workflow runs.
 */
export class ScheduledMailService {
  private readonly outbox: MailOutboxService;

  constructor(
    private readonly manager: EntityManager,
    private readonly publicBaseUrl: string,
  ) {
    this.outbox = new MailOutboxService(manager, publicBaseUrl);
  }

  /**
   * For each active person who chose the digest: overdue, due, returned and waiting tasks of
   * `day` in one mail; the notices held for it are marked digested. Nobody with nothing to do is
   * mailed.
   */
  async dailyDigests(day: string): Promise<MailOutboxEntity[]> {
    const written: MailOutboxEntity[] = [];
    for (const picture of await this.organisations()) {
      for (const person of picture.people.filter((p) => p.mailPreference === 'digest')) {
        const held = await this.manager.findBy(MailOutboxEntity, { recipientPersonId: person.id, status: 'digest' });
        const items = inboxFor(person, picture.lifecycles, day);
        if (items.length === 0 && held.length === 0) continue;
        const section = (name: InboxItem['section']) =>
          items
            .filter((item) => item.section === name)
            .slice(0, MAX_LINES)
            .map((item) => this.digestItem(picture, item, person.language));
        const row = await this.outbox.enqueue({
          organization: picture.organization,
          person,
          kind: 'daily_digest',
          idempotencyKey: `daily_digest|${person.id}|${day}`,
          data: {
            template: 'daily_digest',
            date: day,
            overdue: section('overdue'),
            dueSoon: section('due'),
            waitingForYou: section('waiting'),
            returned: section('returned'),
            link: `${this.organisationLink(picture.organization)}/inbox`,
          },
        });
        if (held.length > 0) await this.manager.update(MailOutboxEntity, { id: In(held.map((h) => h.id)), status: 'digest' }, { status: 'digested' });
        if (row !== null) written.push(row);
      }
    }
    return written.filter((row) => row.status === 'pending');
  }

  /** For each active executive: reports due, submitted, signed off and overdue by division this fiscal year. */
  async weeklySummaries(day: string): Promise<MailOutboxEntity[]> {
    const fiscalYearBe = fiscalYearOf(day);
    const written: MailOutboxEntity[] = [];
    for (const picture of await this.organisations()) {
      const executives = picture.people.filter((p) => p.role === 'executive');
      const year = picture.lifecycles.filter((l) => l.fiscalYearBe === fiscalYearBe);
      if (executives.length === 0 || year.length === 0) continue;
      const divisions: DivisionProgress[] = picture.divisions.map((division) => {
        const reports = year.filter((l) => l.assignments.some((a) => a.divisionId === division.id)).flatMap((l) => l.reports.filter((r) => r.dueDate <= day));
        return {
          name: division.name,
          reportsDue: reports.length,
          submitted: reports.filter((r) => SUBMITTED.includes(r.status)).length,
          signedOff: reports.filter((r) => r.status === 'signed_off').length,
          overdue: reports.filter((r) => STILL_OWED.includes(r.status) && r.dueDate < day).length,
        };
      });
      const overdue = year.flatMap((l) => l.reports.filter((r) => STILL_OWED.includes(r.status) && r.dueDate < day).map((r) => ({ lifecycle: l, report: r })));
      for (const person of executives) {
        const row = await this.outbox.enqueue({
          organization: picture.organization,
          person,
          kind: 'weekly_summary',
          idempotencyKey: `weekly_summary|${person.id}|${day}`,
          data: {
            template: 'weekly_summary',
            weekEnding: day,
            fiscalYearBe,
            divisions: divisions.filter((d) => d.reportsDue > 0 || d.overdue > 0),
            overdueItems: overdue.slice(0, MAX_LINES).map(({ lifecycle, report }) =>
              this.digestItem(picture, { section: 'overdue', measureId: lifecycle.measureId, periodKey: report.periodKey, task: 'report', dueDate: report.dueDate }, person.language),
            ),
            link: `${this.organisationLink(picture.organization)}/dashboard`,
          },
        });
        if (row !== null) written.push(row);
      }
    }
    return written.filter((row) => row.status === 'pending');
  }

  /** For each coordinator: the report round (quarter or 6/12-month round) whose reports open on `day`. */
  async reportRoundsOpened(day: string): Promise<MailOutboxEntity[]> {
    const written: MailOutboxEntity[] = [];
    for (const picture of await this.organisations()) {
      const live = picture.lifecycles.filter((l) => l.status === 'assignment' || l.status === 'in_progress');
      const opening = live.flatMap((l) => l.reports.filter((r) => r.start === day && !r.periodKey.startsWith('step-')).map((r) => ({ lifecycle: l, report: r })));
      for (const periodKey of [...new Set(opening.map((o) => o.report.periodKey))]) {
        const round = opening.filter((o) => o.report.periodKey === periodKey);
        const { fiscalYearBe } = round[0].lifecycle;
        for (const person of picture.people.filter((p) => p.role === 'admin')) {
          const row = await this.outbox.enqueue({
            organization: picture.organization,
            person,
            kind: 'round_opened',
            idempotencyKey: `round_opened|${fiscalYearBe}|${periodKey}|${person.id}`,
            periodKey,
            data: {
              template: 'round_opened',
              period: { key: periodKey, start: day, dueDate: round[0].report.dueDate },
              reportTasksOpened: round.length,
              measureCount: new Set(round.map((o) => o.lifecycle.measureId)).size,
              link: `${this.organisationLink(picture.organization)}/fiscal-years/${fiscalYearBe}/rounds/${periodKey}`,
            },
          });
          if (row !== null) written.push(row);
        }
      }
    }
    return written.filter((row) => row.status === 'pending');
  }

  private async organisations(): Promise<OrganisationPicture[]> {
    const pictures: OrganisationPicture[] = [];
    for (const organization of await this.manager.find(OrganizationEntity, { order: { code: 'ASC' } })) {
      const rows = await this.manager.findBy(MeasureLifecycleEntity, { organizationId: organization.id, status: Not(In(['completed', 'cancelled'])) });
      const lifecycles = rows.map((row) => row.snapshot).filter((l) => LIVE.includes(l.status));
      if (lifecycles.length === 0) continue;
      const [people, measures, divisions] = await Promise.all([
        this.manager.findBy(PersonEntity, { organizationId: organization.id, active: true }),
        this.manager.findBy(MeasureEntity, { id: In(lifecycles.map((l) => l.measureId)) }),
        this.manager.find(DivisionEntity, { where: { organizationId: organization.id }, order: { sortOrder: 'ASC' } }),
      ]);
      pictures.push({ organization, people, lifecycles, measures: new Map(measures.map((m) => [m.id, m])), divisions });
    }
    return pictures;
  }

  private digestItem(picture: OrganisationPicture, item: InboxItem, language: 'th' | 'en'): DigestItem {
    const measure = picture.measures.get(item.measureId);
    const report = picture.lifecycles.find((l) => l.measureId === item.measureId)?.reports.find((r) => r.periodKey === item.periodKey);
    const link = `${this.organisationLink(picture.organization)}/measures/${item.measureId}`;
    return {
      measure: { no: measure?.no ?? 0, title: measure?.title ?? '', link: item.periodKey ? `${link}?period=${encodeURIComponent(item.periodKey)}` : link },
      period: report ? { key: report.periodKey, start: report.start, dueDate: report.dueDate } : null,
      note: TASK_NOTES[language][item.task],
    };
  }

  private organisationLink(organization: OrganizationEntity): string {
    return `${this.publicBaseUrl}/orgs/${encodeURIComponent(organization.code)}`;
  }
}
