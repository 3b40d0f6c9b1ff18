import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OrganizationEntity, RoundReportEntity, RoundReportFileEntity } from '@prongsai/persistence';
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
import { In, type EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
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

/**
 * Round reports: a new version is opened, compiled into every format (files written once, under
 * `root/<report id>/`, their SHA-256 kept), then signed off (published, immutable) or returned.
 */
export class RoundReportsService {
  constructor(
    private readonly manager: EntityManager,
    private readonly root: string,
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
        decidedAt: null,
      }),
    );
  }

  /** Compiles and writes every format of a version still compiling; a retry finds the work done. */
  async compileFiles(reportId: string): Promise<void> {
    const report = await this.manager.findOneByOrFail(RoundReportEntity, { id: reportId });
    if (report.status !== 'compiling') return;
    const organization = await this.manager.findOneByOrFail(OrganizationEntity, { id: report.organizationId });
    const doc = compileRoundReport(await loadRoundReportInput(this.manager, organization.code, report.fiscalYearBe, report.round as RoundKey));
    const folder = path.join(this.root, report.id);
    fs.mkdirSync(folder, { recursive: true });
    const files: RoundReportFileEntity[] = [];
    for (const [format, { render }] of Object.entries(ROUND_REPORT_FORMATS)) {
      const bytes = Buffer.from(await render(doc));
      const fileName = `report-${report.fiscalYearBe}-${report.round}-v${report.version}.${format}`;
      const temporary = path.join(folder, `.${fileName}.${process.pid}.tmp`);
      fs.writeFileSync(temporary, bytes);
      fs.renameSync(temporary, path.join(folder, fileName));
      files.push(this.manager.create(RoundReportFileEntity, { id: randomUUID(), roundReportId: report.id, format, fileName, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length }));
    }
    await this.manager.delete(RoundReportFileEntity, { roundReportId: report.id });
    await this.manager.save(files);
    await this.manager.update(RoundReportEntity, { id: report.id, status: 'compiling' }, { status: 'awaiting_sign_off', missingMeasures: doc.meta.missing.map((m) => m.no) });
  }

  /** Publishes (sign off) or returns a version waiting for the executive; nothing else ever changes it. */
  async decide(reportId: string, decision: 'sign_off' | 'return', personId: string, comment: string | null): Promise<void> {
    await this.manager.update(
      RoundReportEntity,
      { id: reportId, status: 'awaiting_sign_off' },
      { status: decision === 'sign_off' ? 'published' : 'returned', comment, decidedByPersonId: personId, decidedAt: new Date() },
    );
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
