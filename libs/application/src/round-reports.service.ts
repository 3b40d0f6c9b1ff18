import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays, bangkokDateOf, mailRecipientsOf, REPORT_DUE_DAYS_AFTER_PERIOD_END, reportingPeriods } from '@prongsai/domain';
import { MailOutboxEntity, OrganizationEntity, PersonEntity, RoundReportEntity, RoundReportFileEntity } from '@prongsai/persistence';
import {
  compileRoundReport,
  renderRoundReportDocx,
  renderRoundReportHtml,
  renderRoundReportPdf,
  renderRoundReportXlsx,
  roundReportCsv,
  roundReportJson,
  type RoundKey,
  type RoundReportDocument,
} from '@prongsai/reports';
import { In, Like, type EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { MailOutboxService } from './mail-outbox.service';
import { appLink } from './notice-mail-data';
import { loadNotificationDirectory } from './notification-directory';
import { loadRoundReportInput } from './round-report-source';

/** Every format a round report is written in, and how. */
export const ROUND_REPORT_FORMATS = {
  pdf: { mediaType: 'application/pdf', render: renderRoundReportPdf },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderRoundReportDocx },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderRoundReportXlsx },
  html: { mediaType: 'text/html; charset=utf-8', render: async (doc: RoundReportDocument) => renderRoundReportHtml(doc) },
  json: { mediaType: 'application/json; charset=utf-8', render: async (doc: RoundReportDocument) => roundReportJson(doc) },
  csv: { mediaType: 'text/csv; charset=utf-8', render: async (doc: RoundReportDocument) => roundReportCsv(doc) },
} satisfies Record<string, { mediaType: string; render: (doc: RoundReportDocument) => Promise<string | Uint8Array> }>;
export type RoundReportFormat = keyof typeof ROUND_REPORT_FORMATS;

const ROUNDS: readonly RoundKey[] = ['Q1', 'Q2', 'Q3', 'Q4', 'R6', 'R12'];

/** A version of a round report with its files. */
export interface RoundReportView {
  report: RoundReportEntity;
  files: RoundReportFileEntity[];
}

/** A version's files, rendered and written, waiting to be recorded. */
export interface RenderedRoundReport {
  reportId: string;
  doc: RoundReportDocument;
  files: { format: string; fileName: string; sha256: string; sizeBytes: number }[];
}

/**
 * Round reports: a new version is opened, compiled into every format (files written once, under
 * `root/<report id>/`, their SHA-256 kept), then signed off (published, immutable) or returned.
 */
export class RoundReportsService {
  constructor(
    private readonly manager: EntityManager,
    private readonly root: string,
    /** For the links in the mail that asks the executive to sign off. */
    private readonly publicBaseUrl = '',
  ) {}

  static assertRound(round: string): RoundKey {
    if (!(ROUNDS as readonly string[]).includes(round)) {
      throw ApplicationError.invalid('round', `รอบต้องเป็น ${ROUNDS.join(', ')}`, `round must be one of ${ROUNDS.join(', ')}`);
    }
    return round as RoundKey;
  }

  /** The next version of a round's report, to be compiled; refused while one waits for the executive. */
  async open(organization: OrganizationEntity, fiscalYearBe: number, round: RoundKey, personId: string): Promise<RoundReportEntity> {
    await loadRoundReportInput(this.manager, organization.code, fiscalYearBe, round); // the year and round must make a report
    const versions = await this.manager.find(RoundReportEntity, { where: { organizationId: organization.id, fiscalYearBe, round }, order: { version: 'DESC' } });
    if (versions.some((v) => v.status === 'compiling' || v.status === 'awaiting_sign_off')) {
      throw ApplicationError.conflict('รายงานรอบนี้มีฉบับที่รอการลงนามอยู่แล้ว', 'a version of this report is already waiting for sign-off');
    }
    return this.manager.save(
      this.manager.create(RoundReportEntity, {
        id: randomUUID(),
        organizationId: organization.id,
        fiscalYearBe,
        round,
        version: (versions[0]?.version ?? 0) + 1,
        status: 'compiling',
        missingMeasures: [],
        comment: null,
        compiledByPersonId: personId,
        createdAt: new Date(),
        decidedByPersonId: null,
        decidedOnBehalfOfPersonId: null,
        decidedAt: null,
      }),
    );
  }

  /**
   * Renders every format of a version still compiling to its files under the report's folder; null
   * when the version is compiled already. It takes seconds, so it runs outside any transaction; the
   * files are written whole (renamed into place), so a retry simply writes them again.
   */
  async renderFiles(reportId: string): Promise<RenderedRoundReport | null> {
    const report = await this.manager.findOneByOrFail(RoundReportEntity, { id: reportId });
    if (report.status !== 'compiling') return null;
    const organization = await this.manager.findOneByOrFail(OrganizationEntity, { id: report.organizationId });
    const doc = compileRoundReport(await loadRoundReportInput(this.manager, organization.code, report.fiscalYearBe, report.round as RoundKey));
    const folder = path.join(this.root, report.id);
    fs.mkdirSync(folder, { recursive: true });
    const files: RenderedRoundReport['files'] = [];
    for (const [format, { render }] of Object.entries(ROUND_REPORT_FORMATS)) {
      const bytes = Buffer.from(await render(doc));
      const fileName = `report-${report.fiscalYearBe}-${report.round}-v${report.version}.${format}`;
      const temporary = path.join(folder, `.${fileName}.${process.pid}.tmp`);
      fs.writeFileSync(temporary, bytes);
      fs.renameSync(temporary, path.join(folder, fileName));
      files.push({ format, fileName, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length });
    }
    return { reportId: report.id, doc, files };
  }

  /**
   * Records the rendered files of a version, moves it to awaiting sign-off and asks the executive to
   * sign it off by mail (one short transaction); returns the mails to deliver. A retry, or a version
   * recorded meanwhile, finds the work done and answers the mails still to deliver.
   */
  async recordRenderedFiles(rendered: RenderedRoundReport): Promise<MailOutboxEntity[]> {
    const report = await this.manager.findOneByOrFail(RoundReportEntity, { id: rendered.reportId });
    if (report.status !== 'compiling') return this.signOffMailsToDeliver(report.id);
    const organization = await this.manager.findOneByOrFail(OrganizationEntity, { id: report.organizationId });
    await this.manager.delete(RoundReportFileEntity, { roundReportId: report.id });
    await this.manager.save(rendered.files.map((file) => this.manager.create(RoundReportFileEntity, { id: randomUUID(), roundReportId: report.id, ...file })));
    await this.manager.update(RoundReportEntity, { id: report.id, status: 'compiling' }, { status: 'awaiting_sign_off', missingMeasures: rendered.doc.meta.missing.map((m) => m.no) });
    return this.askExecutivesToSignOff(report, organization, rendered.doc);
  }

  /** The sign-off requests of a version not delivered yet. */
  signOffMailsToDeliver(reportId: string): Promise<MailOutboxEntity[]> {
    return this.manager.findBy(MailOutboxEntity, { kind: 'round_report_awaiting_sign_off', idempotencyKey: Like(`round_report|${reportId}|%`), status: 'pending' });
  }

  private async askExecutivesToSignOff(report: RoundReportEntity, organization: OrganizationEntity, doc: RoundReportDocument): Promise<MailOutboxEntity[]> {
    // The executives, and whoever stands in for one of them today.
    const { directory, people } = await loadNotificationDirectory(this.manager, organization.id, report.fiscalYearBe, bangkokDateOf(new Date().toISOString()));
    const outbox = new MailOutboxService(this.manager, this.publicBaseUrl);
    const rows: MailOutboxEntity[] = [];
    for (const { personId, standingInFor } of mailRecipientsOf('awaiting_sign_off', { divisionId: null, escalationLevel: null }, { assignments: [] }, directory)) {
      const person = people.find((p) => p.id === personId)!;
      const row = await outbox.enqueue({
        organization,
        person,
        kind: 'round_report_awaiting_sign_off',
        idempotencyKey: `round_report|${report.id}|${person.id}`,
        periodKey: report.round,
        data: {
          template: 'round_report_awaiting_sign_off',
          period: this.periodOf(report),
          version: report.version,
          measureCount: doc.sections.reduce((sum, section) => sum + section.rows.length, 0),
          missingCount: doc.meta.missing.length,
          link: appLink(`${this.publicBaseUrl}/orgs/${encodeURIComponent(organization.code)}/reports/${report.id}`, { for: standingInFor }),
        },
        standingInForPersonId: standingInFor,
      });
      if (row?.status === 'pending') rows.push(row);
    }
    return rows;
  }

  /**
   * Publishes (sign off) or returns a version waiting for the executive — nothing else ever changes
   * it — and tells the coordinators by mail; returns the mails to deliver. Safe to repeat. A stand-in
   * decides with `onBehalfOfPersonId`, the executive they act for; both are recorded.
   */
  async decide(reportId: string, decision: 'sign_off' | 'return', personId: string, comment: string | null, onBehalfOfPersonId: string | null = null): Promise<MailOutboxEntity[]> {
    await this.manager.update(
      RoundReportEntity,
      { id: reportId, status: 'awaiting_sign_off' },
      { status: decision === 'sign_off' ? 'published' : 'returned', comment, decidedByPersonId: personId, decidedOnBehalfOfPersonId: onBehalfOfPersonId, decidedAt: new Date() },
    );
    const report = await this.manager.findOneByOrFail(RoundReportEntity, { id: reportId });
    const organization = await this.manager.findOneByOrFail(OrganizationEntity, { id: report.organizationId });
    const people = await this.manager.findBy(PersonEntity, { organizationId: organization.id, active: true });
    const decidedBy = people.find((p) => p.id === report.decidedByPersonId)?.displayName ?? '';
    const decidedOnBehalfOf = people.find((p) => p.id === report.decidedOnBehalfOfPersonId)?.displayName ?? null;
    const readers = people.filter((p) => p.role === 'admin' || p.id === report.compiledByPersonId);
    const outbox = new MailOutboxService(this.manager, this.publicBaseUrl);
    const rows: MailOutboxEntity[] = [];
    for (const person of readers) {
      const row = await outbox.enqueue({
        organization,
        person,
        kind: 'round_report_decided',
        idempotencyKey: `round_report_decided|${report.id}|${person.id}`,
        periodKey: report.round,
        data: {
          template: 'round_report_decided',
          period: this.periodOf(report),
          version: report.version,
          decision: report.status === 'published' ? 'published' : 'returned',
          comment: report.comment,
          decidedBy,
          decidedOnBehalfOf,
          link: `${this.publicBaseUrl}/orgs/${encodeURIComponent(organization.code)}/reports/${report.id}`,
          publicLink: `${this.publicBaseUrl}/public/${encodeURIComponent(organization.code)}`,
        },
      });
      if (row?.status === 'pending') rows.push(row);
    }
    return rows;
  }

  /** The reporting period of the report's round, as mail names it. */
  private periodOf(report: RoundReportEntity): { key: string; start: string; dueDate: string } {
    // Every round of a report (Q1…Q4, R6, R12) is a period of one of the two cadences.
    const period = reportingPeriods(report.fiscalYearBe, report.round.startsWith('Q') ? 'quarterly' : 'semiannual').find((p) => p.key === report.round)!;
    return { key: report.round, start: period.start, dueDate: addDays(period.end, REPORT_DUE_DAYS_AFTER_PERIOD_END) };
  }

  async get(organizationId: string, reportId: string): Promise<RoundReportView> {
    const report = await this.manager.findOneBy(RoundReportEntity, { id: reportId, organizationId });
    if (report === null) throw ApplicationError.notFound('ไม่พบรายงานนี้', 'no such report');
    return { report, files: await this.manager.findBy(RoundReportFileEntity, { roundReportId: report.id }) };
  }

  /** Every version of the organisation's round reports (of one year when given), newest first. */
  async list(organizationId: string, filter: { fiscalYearBe?: number; status?: RoundReportEntity['status'][] } = {}): Promise<RoundReportView[]> {
    const reports = await this.manager.find(RoundReportEntity, {
      where: { organizationId, ...(filter.fiscalYearBe ? { fiscalYearBe: filter.fiscalYearBe } : {}), ...(filter.status ? { status: In(filter.status) } : {}) },
      order: { fiscalYearBe: 'DESC', round: 'ASC', version: 'DESC' },
    });
    const files = reports.length === 0 ? [] : await this.manager.findBy(RoundReportFileEntity, { roundReportId: In(reports.map((r) => r.id)) });
    return reports.map((report) => ({ report, files: files.filter((f) => f.roundReportId === report.id) }));
  }

  /** Where a file's bytes are. */
  filePath(file: RoundReportFileEntity): string {
    return path.join(this.root, file.roundReportId, file.fileName);
  }
}
