import type { ReportContent } from '@prongsai/contracts';
import { EvidenceFileEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';

/** One evidence item of a report as a person sends it: a web link, or a file uploaded before. */
export interface EvidenceItemInput {
  title?: string | null;
  url?: string | null;
  fileId?: string | null;
}

export type ReportEvidence = ReportContent['evidence'];

export interface ResolveEvidenceOptions {
  /** Where the items are in the request, for errors: `content.evidence` → `content.evidence.2.fileId`. */
  field: string;
  /** The address a file is downloaded from. */
  downloadPath: (file: EvidenceFileEntity) => string;
}

/**
 * A report's evidence as the lifecycle keeps it. Each item is a link (`url`, checked by the caller)
 * or a file of the organisation (`fileId`), never neither, and both only when the url is the
 * file's own address (a saved report sent again); a file gets the address it is downloaded from
 * as `url`, and its name as title when none was given.
 */
export async function resolveReportEvidence(
  manager: EntityManager,
  organizationId: string,
  items: readonly EvidenceItemInput[],
  options: ResolveEvidenceOptions,
): Promise<ReportEvidence> {
  const resolved: ReportEvidence = [];
  for (const [index, item] of items.entries()) {
    const field = `${options.field}.${index}`;
    const hasUrl = typeof item.url === 'string' && item.url.length > 0;
    const hasFile = typeof item.fileId === 'string' && item.fileId.length > 0;
    if (hasUrl && !hasFile) {
      resolved.push({ title: item.title ?? '', url: item.url! });
      continue;
    }
    if (!hasFile) {
      throw ApplicationError.invalid(
        `${field}.url`,
        'หลักฐานแต่ละรายการต้องมีลิงก์ (url) หรือไฟล์ที่อัปโหลด (fileId) อย่างใดอย่างหนึ่ง',
        'each evidence item needs either a link (url) or an uploaded file (fileId)',
      );
    }
    const file = await manager.findOneBy(EvidenceFileEntity, { id: item.fileId!, organizationId });
    if (file === null) {
      throw ApplicationError.invalid(`${field}.fileId`, 'ไม่พบไฟล์หลักฐานนี้ในองค์กร กรุณาอัปโหลดก่อน', 'no such evidence file in this organisation; upload it first');
    }
    // A report sent back as it was saved carries the file's own address too: that is the same file.
    if (hasUrl && item.url !== options.downloadPath(file)) {
      throw ApplicationError.invalid(
        `${field}.fileId`,
        'หลักฐานแต่ละรายการเป็นลิงก์ (url) หรือไฟล์ที่อัปโหลด (fileId) อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง',
        'each evidence item is either a link (url) or an uploaded file (fileId), not both',
      );
    }
    const title = item.title?.trim() ? item.title : file.fileName;
    resolved.push({ title, url: options.downloadPath(file), fileId: file.id });
  }
  return resolved;
}
