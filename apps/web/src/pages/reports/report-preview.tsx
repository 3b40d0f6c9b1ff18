import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/feedback';
import { defineMessages, useText } from '../../i18n/language';
import { frameDocument } from './frame-document';
import { SARABUN_FACES } from './frame-fonts';
import type { RoundReportFile } from './round-reports';

const text = defineMessages({
  th: { show: 'แสดงตัวอย่างรายงาน', hide: 'ซ่อนตัวอย่างรายงาน', frame: 'ตัวอย่างรายงาน: {title}', newTab: 'เปิดตัวอย่างในแท็บใหม่', loading: 'กำลังโหลดตัวอย่างรายงาน…' },
  en: { show: 'Show the report preview', hide: 'Hide the report preview', frame: 'Report preview: {title}', newTab: 'Open the preview in a new tab', loading: 'Loading the preview…' },
});

async function htmlOf(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'the server cannot be reached: check the connection and try again', 'ติดต่อเซิร์ฟเวอร์ไม่ได้ ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง');
  }
  if (!response.ok) {
    const payload = await response.json().catch(() => null);
    throw new ApiError(response.status, payload?.message ?? `HTTP ${response.status}`, payload?.messageTh ?? payload?.message ?? `HTTP ${response.status}`);
  }
  return response.text();
}

/**
 * The HTML rendering of a version, on request, in a sandboxed frame without scripts; the frame gets
 * the app's Sarabun, which the report asks for and few computers have.
 */
export function ReportPreview({ file, title }: { file: RoundReportFile | undefined; title: string }) {
  const t = useText(text);
  const [open, setOpen] = useState(false);
  const html = useQuery({ queryKey: ['report-html', file?.url], queryFn: () => htmlOf(file!.url), enabled: open && file !== undefined, staleTime: Infinity });
  if (!file) return null;
  return (
    <div className="report-preview">
      <div className="report-preview-actions">
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.hide : t.show}
        </button>
        <a className="button button-quiet report-preview-tab" href={file.url} target="_blank" rel="noreferrer">
          {t.newTab}
        </a>
      </div>
      {open && html.isLoading && <Loading label={t.loading} />}
      {open && <ErrorNotice error={html.error} onRetry={() => html.refetch()} />}
      {open && html.data !== undefined && (
        <iframe className="report-preview-frame" srcDoc={frameDocument(html.data, SARABUN_FACES)} title={t.frame.replace('{title}', title)} sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox" />
      )}
    </div>
  );
}
