import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { EvidenceFileEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';

/** The largest evidence file accepted: 20 MB. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** The longest file name kept, in characters (the column's length). */
const MAX_FILE_NAME_LENGTH = 255;

/**
 * The kinds of file accepted as evidence, by extension: the media type they are stored and served
 * with, and the other types browsers and operating systems send for them.
 */
const EVIDENCE_TYPES: Record<string, { mediaType: string; alsoSentAs?: string[] }> = {
  pdf: { mediaType: 'application/pdf', alsoSentAs: ['application/x-pdf'] },
  jpg: { mediaType: 'image/jpeg', alsoSentAs: ['image/pjpeg'] },
  jpeg: { mediaType: 'image/jpeg', alsoSentAs: ['image/pjpeg'] },
  png: { mediaType: 'image/png' },
  gif: { mediaType: 'image/gif' },
  webp: { mediaType: 'image/webp' },
  doc: { mediaType: 'application/msword' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xls: { mediaType: 'application/vnd.ms-excel' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ppt: { mediaType: 'application/vnd.ms-powerpoint' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation' },
  txt: { mediaType: 'text/plain' },
  csv: { mediaType: 'text/csv', alsoSentAs: ['application/csv', 'text/x-csv', 'application/vnd.ms-excel', 'text/plain'] },
  zip: { mediaType: 'application/zip', alsoSentAs: ['application/x-zip-compressed', 'application/x-zip', 'multipart/x-zip'] },
};

/** What a client sends when it does not know the type; the extension then decides. */
const UNKNOWN_MEDIA_TYPES = ['', 'application/octet-stream'];

/** The extensions accepted as evidence, e.g. for a file picker's `accept`. */
export const EVIDENCE_EXTENSIONS = Object.keys(EVIDENCE_TYPES).map((extension) => `.${extension}`);

export interface EvidenceUpload {
  organizationId: string;
  uploadedByPersonId: string;
  /** The name it was uploaded with (UTF-8); a path before it is dropped. */
  fileName: string;
  /** The media type the client sent. */
  mediaType: string;
  content: Buffer;
}

/**
 * Evidence files of progress reports: the bytes on disk under
 * `<root>/<organizationId>/<sha256>`, stored once however often they are uploaded, and a row per
 * upload. A file is written to a temporary name in the same folder and renamed into place, so a
 * crash never leaves half a file under its final name; the row is written only once the file is
 * in place (a crash in between leaves a file no row names, which the next upload of it reuses).
 */
export class EvidenceFilesService {
  constructor(
    private readonly manager: EntityManager,
    /** The folder all organisations' evidence lives in (`<DATA_DIR>/evidence`). */
    private readonly root: string,
  ) {}

  /** Checks the upload (type, size, name), stores its bytes, then records it. */
  async store(upload: EvidenceUpload): Promise<EvidenceFileEntity> {
    const fileName = cleanFileName(upload.fileName);
    const mediaType = acceptedMediaType(fileName, upload.mediaType);
    if (upload.content.length === 0) throw ApplicationError.invalid('file', 'ไฟล์ว่างเปล่า', 'the file is empty');
    if (upload.content.length > EVIDENCE_MAX_BYTES) throw evidenceTooLarge();
    const sha256 = createHash('sha256').update(upload.content).digest('hex');
    await this.put(upload.organizationId, sha256, upload.content);
    return this.manager.save(
      this.manager.create(EvidenceFileEntity, {
        id: randomUUID(),
        organizationId: upload.organizationId,
        sha256,
        fileName,
        mediaType,
        sizeBytes: upload.content.length,
        uploadedByPersonId: upload.uploadedByPersonId,
        uploadedAt: new Date(),
      }),
    );
  }

  /** The organisation's file, or a 404: another organisation's file is not found either. */
  async get(organizationId: string, id: string): Promise<EvidenceFileEntity> {
    const file = await this.manager.findOneBy(EvidenceFileEntity, { id, organizationId });
    if (file === null) throw ApplicationError.notFound('ไม่พบไฟล์หลักฐานนี้', 'no such evidence file', 'id');
    return file;
  }

  /** Where the file's bytes are on disk. */
  contentPath(file: Pick<EvidenceFileEntity, 'organizationId' | 'sha256'>): string {
    return path.join(this.folderOf(file.organizationId), file.sha256);
  }

  /** The file's bytes; fails (ENOENT) before anything is read when they are missing. */
  async openContent(file: EvidenceFileEntity): Promise<Readable> {
    const handle = await fs.open(this.contentPath(file), 'r');
    return handle.createReadStream();
  }

  private folderOf(organizationId: string): string {
    // Ids come from the database; this only keeps a bad one from naming a folder elsewhere.
    if (!/^[A-Za-z0-9-]+$/.test(organizationId)) throw new Error(`not an organisation id: ${JSON.stringify(organizationId)}`);
    return path.join(this.root, organizationId);
  }

  /** Writes the bytes under their hash unless they are there already: temporary file, flush, rename. */
  private async put(organizationId: string, sha256: string, content: Buffer): Promise<void> {
    const target = this.contentPath({ organizationId, sha256 });
    if (await isFileOfSize(target, content.length)) return;
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = path.join(path.dirname(target), `.${sha256}.${randomUUID()}.tmp`);
    try {
      const handle = await fs.open(temporary, 'wx');
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }
}

async function isFileOfSize(file: string, size: number): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() && stat.size === size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The name without any folder a browser sent with it, control characters or surrounding spaces. */
function cleanFileName(name: string): string {
  const clean = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').normalize('NFC').trim();
  if (clean.length === 0) throw ApplicationError.invalid('file', 'ไฟล์ต้องมีชื่อ', 'the file needs a name');
  if ([...clean].length > MAX_FILE_NAME_LENGTH) {
    throw ApplicationError.invalid('file', `ชื่อไฟล์ยาวเกิน ${MAX_FILE_NAME_LENGTH} ตัวอักษร`, `the file name is longer than ${MAX_FILE_NAME_LENGTH} characters`);
  }
  return clean;
}

/**
 * The media type to keep for a file: its extension must be an accepted one, and the type the client
 * sent must be one for that extension (or none). The stored type is always the extension's own, so
 * a download is never served as a type the uploader chose.
 */
function acceptedMediaType(fileName: string, sent: string): string {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = Object.hasOwn(EVIDENCE_TYPES, extension) ? EVIDENCE_TYPES[extension] : undefined;
  const accepted = EVIDENCE_EXTENSIONS.join(' ');
  if (type === undefined) {
    throw ApplicationError.invalid(
      'file',
      `ไม่รับไฟล์ประเภทนี้ รับเฉพาะ PDF รูปภาพ เอกสาร Word/Excel/PowerPoint/OpenDocument ข้อความ CSV และ ZIP (${accepted})`,
      `this type of file is not accepted; accepted are PDF, images, Word/Excel/PowerPoint/OpenDocument documents, text, CSV and ZIP (${accepted})`,
    );
  }
  const sentType = sent.split(';')[0].trim().toLowerCase();
  if (!UNKNOWN_MEDIA_TYPES.includes(sentType) && sentType !== type.mediaType && !(type.alsoSentAs ?? []).includes(sentType)) {
    throw ApplicationError.invalid(
      'file',
      `ชนิดของไฟล์ (${sentType}) ไม่ตรงกับนามสกุล .${extension} รับเฉพาะ ${accepted}`,
      `the file's type (${sentType}) does not match its extension .${extension}; accepted are ${accepted}`,
    );
  }
  return type.mediaType;
}

/** The answer to a file over {@link EVIDENCE_MAX_BYTES} (also for the upload's own limit, which stops reading it). */
export function evidenceTooLarge(): ApplicationError {
  const megabytes = EVIDENCE_MAX_BYTES / (1024 * 1024);
  return ApplicationError.invalid('file', `ไฟล์ใหญ่เกิน ${megabytes} MB`, `the file is larger than the ${megabytes} MB limit`);
}
