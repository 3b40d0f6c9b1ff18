/** One problem with one field, as the API's validation answers it. */
export interface FieldProblem {
  field: string;
  message: string;
  messageTh: string;
}

/** An answer of the API that was not a success, with its Thai and English messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly messageTh: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(message);
  }

  /** The message in the reader's language, with the fields it names. */
  text(language: 'th' | 'en'): string {
    return language === 'th' ? this.messageTh : this.message;
  }

  /** The problem of one field, if the API named it. */
  fieldText(field: string, language: 'th' | 'en'): string | undefined {
    const problem = this.errors.find((item) => item.field === field || item.field.startsWith(`${field}.`));
    return problem && (language === 'th' ? problem.messageTh : problem.message);
  }
}

const NETWORK_TH = 'ติดต่อเซิร์ฟเวอร์ไม่ได้ ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง';
const NETWORK_EN = 'the server cannot be reached: check the connection and try again';

/** Calls the API with the session cookie; JSON in, JSON out; throws ApiError on failure. */
export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined || isForm ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWORK_EN, NETWORK_TH);
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const message = typeof payload?.message === 'string' ? payload.message : `HTTP ${response.status}`;
    const messageTh = typeof payload?.messageTh === 'string' ? payload.messageTh : message;
    throw new ApiError(response.status, message, messageTh, Array.isArray(payload?.errors) ? payload.errors : []);
  }
  return payload as T;
}

/** The path segment of an organisation: its code, escaped. */
export function orgPath(code: string): string {
  return `/orgs/${encodeURIComponent(code)}`;
}
