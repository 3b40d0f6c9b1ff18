import * as path from 'node:path';
import { Controller, Get, Inject, Param, ParseIntPipe, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApplicationError, loadRoundReportInput, ROUND_REPORT_FORMATS, RoundReportsService, type RoundReportFormat } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import { FiscalYearEntity, MeasureEntity, MeasureLifecycleEntity, OrganizationEntity } from '@prongsai/persistence';
import { APP_CONFIG } from '@prongsai/platform';
import { compileRoundReport } from '@prongsai/reports';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { roundReportDto, sendRoundReportFile } from './round-report-files';

/**
 * What the organisation publishes, without sign-in: one stable index per organisation (the link it
 * gives the ITA assessors for its OIT items) with each fiscal year's measures, their status and
 * signed-off results, and every published report version with a permanent URL and the SHA-256 of
 * each file. Past years imported as archives are listed and rendered like any other.
 */
@ApiTags('public')
@Public()
@Controller('public/orgs/:org')
export class PublicController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async index(@Param('org') code: string) {
    const organization = await this.organization(code);
    const manager = this.dataSource.manager;
    const [years, measures, lifecycles, published] = await Promise.all([
      manager.find(FiscalYearEntity, { where: { organizationId: organization.id }, order: { yearBe: 'DESC' } }),
      manager.find(MeasureEntity, { where: { organizationId: organization.id }, order: { fiscalYearBe: 'DESC', no: 'ASC' } }),
      manager.findBy(MeasureLifecycleEntity, { organizationId: organization.id }),
      this.reports().list(organization.id, { status: ['published'] }),
    ]);
    const lifecycleOf = new Map(lifecycles.map((l) => [l.measureId, l.snapshot]));
    const base = `/api/public/orgs/${encodeURIComponent(organization.code)}`;
    return {
      organization: { code: organization.code, name: organization.name, district: organization.district, province: organization.province, website: organization.website },
      fiscalYears: years.map((year) => ({
        yearBe: year.yearBe,
        archived: year.archived,
        measures: measures
          .filter((m) => m.fiscalYearBe === year.yearBe && m.status !== 'draft')
          .map((m) => ({
            no: m.no,
            title: m.title,
            status: m.status,
            results: year.archived
              ? [{ periodKey: null, summary: m.summary ?? '', outcome: m.outcome ?? '', signedOffAt: null }]
              : (lifecycleOf.get(m.id)?.reports ?? []).flatMap((report) =>
                  (report.publishedVersions ?? []).map((v) => ({
                    periodKey: report.periodKey,
                    version: v.version,
                    summary: [v.content.done, v.content.results].filter((t) => t.trim() !== '').join(' '),
                    outcome: v.content.outcome,
                    signedOffAt: v.signedOffAt,
                  })),
                ),
          })),
        reports: published
          .filter((view) => view.report.fiscalYearBe === year.yearBe)
          .map((view) => ({ ...roundReportDto(view, (fileName) => `${base}/reports/${view.report.id}/${encodeURIComponent(fileName)}`), publishedAt: view.report.decidedAt })),
        archive: year.archived ? Object.keys(ROUND_REPORT_FORMATS).map((format) => ({ format, url: `${base}/fiscal-years/${year.yearBe}/archive/R12.${format}` })) : [],
      })),
    };
  }

  /** A file of a published version: permanent, the bytes its SHA-256 was taken of. */
  @Get('reports/:id/:fileName')
  async publishedFile(@Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string, @Param('fileName') fileName: string, @Res() response: Response) {
    const organization = await this.organization(code);
    const view = await this.reports().get(organization.id, id);
    if (view.report.status !== 'published') throw ApplicationError.notFound('ไม่พบรายงานที่เผยแพร่นี้', 'no such published report');
    await sendRoundReportFile(this.reports(), view, fileName, response);
  }

  /** A past year kept as an archive (imported with --archive), rendered in any format. */
  @Get('fiscal-years/:yearBe/archive/:file')
  async archive(@Param('org') code: string, @Param('yearBe', ParseIntPipe) yearBe: number, @Param('file') file: string, @Res() response: Response) {
    const organization = await this.organization(code);
    const [round, format] = file.split('.') as [string, RoundReportFormat];
    const year = await this.dataSource.manager.findOneBy(FiscalYearEntity, { organizationId: organization.id, yearBe, archived: true });
    if (year === null) throw ApplicationError.notFound('ไม่พบปีงบประมาณที่เก็บถาวรนี้', 'no such archived fiscal year', 'yearBe');
    if (!(format in ROUND_REPORT_FORMATS)) throw ApplicationError.notFound(`ไม่มีรูปแบบ "${format}"`, `no format "${format}" (${Object.keys(ROUND_REPORT_FORMATS).join(', ')})`, 'format');
    const doc = compileRoundReport(await loadRoundReportInput(this.dataSource.manager, organization.code, yearBe, RoundReportsService.assertRound(round)));
    const bytes = Buffer.from(await ROUND_REPORT_FORMATS[format].render(doc));
    response.setHeader('Content-Type', ROUND_REPORT_FORMATS[format].mediaType);
    response.setHeader('Content-Disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="report-${yearBe}-${round}.${format}"`);
    response.end(bytes);
  }

  private async organization(code: string): Promise<OrganizationEntity> {
    const organization = await this.dataSource.manager.findOneBy(OrganizationEntity, { code });
    if (organization === null) throw ApplicationError.notFound('ไม่พบองค์กรนี้', 'no such organisation', 'org');
    return organization;
  }

  private reports(): RoundReportsService {
    return new RoundReportsService(this.dataSource.manager, path.join(this.config.dataDir, 'reports'));
  }
}
