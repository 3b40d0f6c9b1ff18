import { ApiProperty } from '@nestjs/swagger';
import type { EvidenceFileEntity } from '@prongsai/persistence';

/** Where an organisation's evidence file is downloaded (relative to the app's address). */
export function evidenceDownloadPath(organizationCode: string, fileId: string): string {
  return `/api/orgs/${encodeURIComponent(organizationCode)}/evidence/${fileId}`;
}

/** An uploaded evidence file as the API shows it. */
export class EvidenceFileDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'รายงานการประชุม.pdf', description: 'the name it was uploaded with' }) fileName: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex; also the ETag of the download' }) sha256: string;
  @ApiProperty({ example: '/api/orgs/สมัย/evidence/1b9d…', description: 'where it is downloaded; give `id` as `fileId` in a report' }) url: string;
  @ApiProperty() uploadedByPersonId: string;
  @ApiProperty() uploadedAt: string;

  static of(file: EvidenceFileEntity, organizationCode: string): EvidenceFileDto {
    return {
      id: file.id,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      url: evidenceDownloadPath(organizationCode, file.id),
      uploadedByPersonId: file.uploadedByPersonId,
      uploadedAt: file.uploadedAt.toISOString(),
    };
  }
}
