import { ApiError, orgPath } from '../../api/client';

// The API's own limits (libs/application evidence-files.service.ts, read through the multipart field
// "file" by apps/api evidence-upload.interceptor.ts): checked here first so no one waits for a refusal.
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.gif', '.webp', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt', '.ods', '.odp', '.txt', '.csv', '.zip'];

/** An uploaded evidence file as the API answers it. */
export interface EvidenceFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  url: string;
}

/** Why a file cannot be sent, in both languages, or null when it may. */
export function evidenceFileProblem(name: string, size: number): { th: string; en: string } | null {
  const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  if (!EVIDENCE_EXTENSIONS.includes(extension)) {
    return {
      th: `ไม่รับไฟล์ประเภทนี้ รับเฉพาะ PDF รูปภาพ เอกสาร Word/Excel/PowerPoint/OpenDocument ข้อความ CSV และ ZIP (${EVIDENCE_EXTENSIONS.join(' ')})`,
      en: `this type of file is not accepted; accepted are PDF, images, Word/Excel/PowerPoint/OpenDocument documents, text, CSV and ZIP (${EVIDENCE_EXTENSIONS.join(' ')})`,
    };
  }
  if (size > EVIDENCE_MAX_BYTES) return { th: 'ไฟล์ใหญ่เกิน 20 MB', en: 'the file is larger than the 20 MB limit' };
  if (size === 0) return { th: 'ไฟล์นี้ว่างเปล่า', en: 'the file is empty' };
  return null;
}

/** 1.2 MB, 350 KB */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const NETWORK = new ApiError(0, 'the server cannot be reached: check the connection and try again', 'ติดต่อเซิร์ฟเวอร์ไม่ได้ ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง');

/**
 * Uploads one evidence file (multipart field "file") with the session cookie, telling how much has
 * been sent (0–1); fetch cannot report upload progress, XMLHttpRequest can.
 */
export function uploadEvidence(orgCode: string, file: File, onProgress: (share: number) => void): Promise<EvidenceFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${orgPath(orgCode)}/evidence`);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(NETWORK);
    request.onload = () => {
      let payload: Record<string, unknown> | null = null;
      try {
        payload = JSON.parse(request.responseText) as Record<string, unknown>;
      } catch {
        payload = null;
      }
      if (request.status >= 200 && request.status < 300 && payload) {
        resolve(payload as unknown as EvidenceFile);
        return;
      }
      const message = typeof payload?.message === 'string' ? payload.message : `HTTP ${request.status}`;
      const messageTh = typeof payload?.messageTh === 'string' ? payload.messageTh : message;
      reject(new ApiError(request.status, message, messageTh, Array.isArray(payload?.errors) ? (payload.errors as ApiError['errors']) : []));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
