import { BadRequestException, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApplicationError, EVIDENCE_MAX_BYTES, evidenceTooLarge } from '@prongsai/application';
import type { Observable } from 'rxjs';

/**
 * Reads the multipart field `file` (one file, at most {@link EVIDENCE_MAX_BYTES}) into memory, and
 * answers multer's refusals like every other bad input: a 400 naming `file`, in Thai and English.
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly multer = new (FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 } }))();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw multerRefusal(error);
    }
  }
}

function multerRefusal(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) return evidenceTooLarge();
  const code = error instanceof BadRequestException ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
  if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
    return ApplicationError.invalid('file', 'แนบไฟล์ได้ครั้งละหนึ่งไฟล์ ในช่อง "file"', 'attach one file, as the field "file"');
  }
  return error;
}
