import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApplicationError, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES, EvidenceFilesService } from '@prongsai/application';
import type { PersonEntity } from '@prongsai/persistence';
import type { Request, Response } from 'express';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { EvidenceFileDto } from './evidence-file.dto';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor';

/**
 * Files attached to progress reports as evidence: anyone who takes part in the organisation's work
 * uploads them; its readers download them. A report names a file by its id (`fileId`).
 */
@ApiTags('evidence')
@Controller('orgs/:org/evidence')
export class EvidenceController {
  constructor(
    private readonly access: OrganizationAccess,
    private readonly evidence: EvidenceFilesService,
  ) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: `${EVIDENCE_EXTENSIONS.join(' ')}; at most ${EVIDENCE_MAX_BYTES / (1024 * 1024)} MB` } } },
  })
  @ApiCreatedResponse({ type: EvidenceFileDto })
  @UseInterceptors(EvidenceUploadInterceptor)
  async upload(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @UploadedFile() file: Express.Multer.File | undefined): Promise<EvidenceFileDto> {
    const organization = await this.access.forActing(person, code);
    if (file === undefined) throw ApplicationError.invalid('file', 'กรุณาแนบไฟล์', 'attach the file as "file"');
    const stored = await this.evidence.store({
      organizationId: organization.id,
      uploadedByPersonId: person.id,
      // multer reads the name of a multipart part as latin1; browsers send UTF-8.
      fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'),
      mediaType: file.mimetype,
      content: file.buffer,
    });
    return EvidenceFileDto.of(stored, organization.code);
  }

  /** The file itself, as an attachment under the name it was uploaded with. */
  @Get(':id')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the file; ETag is its SHA-256' })
  async download(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const organization = await this.access.forReading(person, code);
    const file = await this.evidence.get(organization.id, id);
    response.setHeader('ETag', `"${file.sha256}"`);
    response.setHeader('Cache-Control', 'private, no-cache');
    if (request.fresh) {
      response.status(304).end();
      return;
    }
    const content = await this.evidence.openContent(file);
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Length', String(file.sizeBytes));
    response.setHeader('Content-Disposition', attachment(file.fileName));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // A client that goes away half way ends the stream; nothing is left to answer then.
    await pipeline(content, response).catch((error: unknown) => {
      if (!response.headersSent) throw error;
    });
  }

  @Get(':id/meta')
  @ApiOkResponse({ type: EvidenceFileDto })
  async meta(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<EvidenceFileDto> {
    const organization = await this.access.forReading(person, code);
    return EvidenceFileDto.of(await this.evidence.get(organization.id, id), organization.code);
  }
}

/** `attachment` with the name in UTF-8 (RFC 6266 / 8187), and an ASCII stand-in for old clients. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
