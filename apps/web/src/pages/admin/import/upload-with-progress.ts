import { ApiError } from '../../../api/client';

const NETWORK_TH = 'ส่งไฟล์ไม่สำเร็จ ติดต่อเซิร์ฟเวอร์ไม่ได้ ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง';
const NETWORK_EN = 'the file could not be sent: the server cannot be reached; check the connection and try again';
const TOO_BIG_TH = 'ไฟล์ใหญ่เกิน 10 MB กรุณาแยกไฟล์หรือบันทึกเป็น CSV แล้วลองอีกครั้ง';
const TOO_BIG_EN = 'the file is larger than 10 MB: split it or save it as CSV and try again';

/**
 * POSTs a form to the API like api() does, reporting how much of it was sent (fetch cannot):
 * `onProgress` gets 0–1 while uploading, then 1 while the API reads the file.
 */
export function uploadWithProgress<T>(path: string, form: FormData, onProgress: (sent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(1);
    request.onerror = () => reject(new ApiError(0, NETWORK_EN, NETWORK_TH));
    request.onload = () => {
      const payload = request.response as { message?: unknown; messageTh?: unknown; errors?: unknown } | null;
      if (request.status >= 200 && request.status < 300) {
        resolve(payload as T);
        return;
      }
      if (request.status === 413) {
        reject(new ApiError(400, TOO_BIG_EN, TOO_BIG_TH, [{ field: 'file', message: TOO_BIG_EN, messageTh: TOO_BIG_TH }]));
        return;
      }
      const message = typeof payload?.message === 'string' ? payload.message : `HTTP ${request.status}`;
      const messageTh = typeof payload?.messageTh === 'string' ? payload.messageTh : message;
      reject(new ApiError(request.status, message, messageTh, Array.isArray(payload?.errors) ? payload.errors : []));
    };
    request.send(form);
  });
}
