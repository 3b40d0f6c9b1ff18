import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/feedback';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLanguage, useText } from '../../i18n/language';
import { frameDocument } from '../reports/frame-document';
import { SARABUN_FACES } from '../reports/frame-fonts';
import type { MailSummary } from './mail-search';

const text = defineMessages({
  th: {
    back: 'กลับไปที่รายการจดหมาย',
    to: 'ถึง',
    when: 'เมื่อ',
    html: 'จดหมาย: {subject}',
    plain: 'ฉบับข้อความล้วน (สำหรับโปรแกรมอีเมลที่ไม่แสดง HTML)',
  },
  en: {
    back: 'Back to the mails',
    to: 'To',
    when: 'When',
    html: 'Mail: {subject}',
    plain: 'Plain-text version (for mail programs that show no HTML)',
  },
});

/** One captured mail as its recipient would read it: the HTML in a sandboxed frame, and its plain text. */
export function MailView({ id }: { id: string }) {
  const t = useText(text);
  const { language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const mail = useQuery({ queryKey: ['mailbox', id], queryFn: () => api<MailSummary & { html: string; text: string }>('GET', `/dev/mailbox/${encodeURIComponent(id)}`) });

  useEffect(() => {
    if (mail.data) heading.current?.focus({ preventScroll: false });
  }, [mail.data]);

  return (
    <article className="mail-view" aria-labelledby="mail-subject">
      <Link to="/mailbox" className="button mail-view-back">
        {t.back}
      </Link>
      {mail.isLoading && <Loading />}
      <ErrorNotice error={mail.error} onRetry={() => mail.refetch()} />
      {mail.data && (
        <>
          <h2 id="mail-subject" ref={heading} tabIndex={-1}>
            {mail.data.subject}
          </h2>
          <dl className="mail-meta">
            <dt>{t.to}</dt>
            <dd>{mail.data.to}</dd>
            <dt>{t.when}</dt>
            <dd>{formatDateTime(mail.data.sentAt ?? mail.data.createdAt, language)}</dd>
          </dl>
          <iframe
            className="mail-html"
            title={t.html.replace('{subject}', mail.data.subject)}
            srcDoc={frameDocument(mail.data.html, SARABUN_FACES)}
            sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          />
          <details className="mail-text-toggle">
            <summary>{t.plain}</summary>
            <pre className="mail-text">{mail.data.text}</pre>
          </details>
        </>
      )}
    </article>
  );
}
