import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ApplicationError, PlanImportService } from '@prongsai/application';
import { ImportError, parsePlanDocument, type ImportPreview } from '@prongsai/importer';
import { DivisionEntity, ImportBatchEntity, type OrganizationEntity, type PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { UploadPlanDto } from './upload-plan.dto';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

interface ImportBatchView {
  id: string;
  fileName: string;
  status: 'previewed' | 'confirmed';
  preview: ImportPreview;
}

/** Import of existing plans and reports: upload → preview (nothing written) → confirm (all or nothing). */
@ApiTags('imports')
@Controller('orgs/:org/imports')
export class ImportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
  ) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, fiscalYear: { type: 'integer' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES } }))
  async upload(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadPlanDto,
  ): Promise<ImportBatchView> {
    const organization = await this.access.forAdministration(person, code);
    if (file === undefined) throw ApplicationError.invalid('file', 'กรุณาแนบไฟล์', 'attach the document as "file"');
    const divisions = (await this.dataSource.getRepository(DivisionEntity).findBy({ organizationId: organization.id })).map((d) => d.name);
    const preview = await readPreview(file, { fiscalYear: body.fiscalYear, divisions: divisions.length > 0 ? divisions : undefined });
    const batch = await this.dataSource.getRepository(ImportBatchEntity).save({
      id: randomUUID(),
      organizationId: organization.id,
      createdBy: person.id,
      fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'),
      preview,
      status: 'previewed',
      createdAt: new Date(),
    });
    return view(batch);
  }

  @Get(':id')
  async get(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<ImportBatchView> {
    const organization = await this.access.forAdministration(person, code);
    return view(await this.batch(organization, id));
  }

  /** Writes the previewed measures; a second confirmation, or any failure, writes nothing. */
  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
  async confirm(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<{ fiscalYear: number; measures: number; divisionsCreated: string[] }> {
    const organization = await this.access.forAdministration(person, code);
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.batch(organization, id, manager.getRepository(ImportBatchEntity));
      if (batch.status === 'confirmed') throw ApplicationError.conflict('ยืนยันการนำเข้านี้ไปแล้ว', 'this import was confirmed already');
      const result = await new PlanImportService(manager).apply(batch.preview as ImportPreview, { organizationCode: organization.code });
      await manager.update(ImportBatchEntity, { id: batch.id }, { status: 'confirmed' });
      return { fiscalYear: result.fiscalYear, measures: result.measures.length, divisionsCreated: result.divisionsCreated };
    });
  }

  private async batch(organization: OrganizationEntity, id: string, repository = this.dataSource.getRepository(ImportBatchEntity)): Promise<ImportBatchEntity> {
    const batch = await repository.findOneBy({ id, organizationId: organization.id });
    if (batch === null) throw ApplicationError.notFound('ไม่พบการนำเข้านี้', 'no such import');
    return batch;
  }
}

async function readPreview(file: Express.Multer.File, options: { fiscalYear?: number; divisions?: string[] }): Promise<ImportPreview> {
  try {
    return await parsePlanDocument({ fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'), content: file.buffer }, options);
  } catch (error) {
    if (error instanceof ImportError) throw ApplicationError.invalid('file', error.messageTh, error.messageEn);
    throw error;
  }
}

function view(batch: ImportBatchEntity): ImportBatchView {
  return { id: batch.id, fileName: batch.fileName, status: batch.status, preview: batch.preview as ImportPreview };
}
