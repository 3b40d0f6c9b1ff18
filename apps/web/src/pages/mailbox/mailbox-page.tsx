import '../../styles/reports.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { EmptyState, ErrorNotice, Loading } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { matchingMails, type MailSummary } from './mail-search';
import { MailView } from './mail-view';

const PAGE = 50;

const text = defineMessages({
  th: {
    title: 'กล่องจดหมายในเครื่อง',
    subtitle: 'ระบบยังไม่ได้ตั้งเซิร์ฟเวอร์อีเมล จดหมายที่ส่งถึงผู้ใช้จึงเก็บไว้ที่นี่แทน ใช้ตรวจว่าแต่ละคนได้รับแจ้งอะไร',
    search: 'ค้นหาผู้รับหรือเรื่อง',
    refresh: 'โหลดจดหมายใหม่',
    list: 'จดหมายล่าสุดก่อน',
    count: '{shown} จาก {total} ฉบับ',
    to: 'ถึง {to}',
    more: 'แสดงเพิ่มอีก {count} ฉบับ',
    none: 'ยังไม่มีจดหมาย จดหมายจะมาถึงเมื่อมีการมอบหมายงาน เปิดรอบรายงาน หรือส่งรายงานให้ลงนาม',
    noMatch: 'ไม่พบจดหมายที่ตรงกับคำค้น ลองใช้คำอื่น',
    choose: 'เลือกจดหมายจากรายการเพื่ออ่าน',
    offTitle: 'ไม่มีกล่องจดหมายในเครื่อง',
    off: 'ระบบนี้ตั้งค่าให้ส่งจดหมายผ่านเซิร์ฟเวอร์อีเมลจริง (SMTP_URL) จดหมายจึงไปถึงกล่องอีเมลของผู้รับโดยตรง ไม่ได้เก็บไว้ที่นี่ หากผู้ใช้ไม่ได้รับอีเมล ให้ตรวจโฟลเดอร์อีเมลขยะของผู้รับ หรือแจ้งผู้ดูแลเซิร์ฟเวอร์อีเมล',
  },
  en: {
    title: 'Local mailbox',
    subtitle: 'No mail server is set up, so the mail sent to people is kept here instead: check what each person was told.',
    search: 'Find a recipient or subject',
    refresh: 'Check for new mail',
    list: 'Newest first',
    count: '{shown} of {total} mails',
    to: 'to {to}',
    more: 'Show {count} more',
    none: 'No mail yet. Mail arrives when work is assigned, a report period opens or a report waits for sign-off.',
    noMatch: 'No mail matches: try other words.',
    choose: 'Choose a mail from the list to read it.',
    offTitle: 'There is no local mailbox',
    off: 'This system sends mail through a real mail server (SMTP_URL), so mail goes straight to the recipients’ inboxes and is not kept here. If someone did not receive a mail, ask them to check their spam folder, or tell whoever runs the mail server.',
  },
});

/** The mail the system "sent" while no SMTP server is set: newest first; open one to read it. */
export function MailboxPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const selected = params.get('mail');
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(PAGE);
  const mails = useQuery({ queryKey: ['mailbox'], queryFn: () => api<MailSummary[]>('GET', '/dev/mailbox'), refetchInterval: 15_000 });
  const mailboxOff = mails.error instanceof ApiError && mails.error.status === 404;

  if (mailboxOff) {
    return (
      <>
        <PageHeader title={t.title} />
        <div className="notice notice-info" role="status">
          <p className="notice-title">{t.offTitle}</p>
          <p>{t.off}</p>
        </div>
      </>
    );
  }

  const matching = matchingMails(mails.data ?? [], search);
  const visible = matching.slice(0, shown);

  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={
          <button type="button" className="button" onClick={() => mails.refetch()} disabled={mails.isFetching}>
            {t.refresh}
          </button>
        }
      />
      {mails.isLoading && <Loading />}
      <ErrorNotice error={mails.error} onRetry={() => mails.refetch()} />
      {mails.data && mails.data.length === 0 && <EmptyState>{t.none}</EmptyState>}
      {mails.data && mails.data.length > 0 && (
        <div className={selected ? 'mailbox mailbox-reading' : 'mailbox'}>
          <section className="mail-list-column" aria-labelledby="mail-list-title">
            <div className="filters">
              <label>
                {t.search}
                <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
              </label>
            </div>
            <h2 id="mail-list-title" className="mail-list-title">
              {t.list} <span className="mail-count">{fill(t.count, { shown: visible.length, total: matching.length })}</span>
            </h2>
            {matching.length === 0 ? (
              <EmptyState>{t.noMatch}</EmptyState>
            ) : (
              <ul className="mail-list">
                {visible.map((mail) => (
                  <li key={mail.id}>
                    <Link to={`/mailbox?mail=${encodeURIComponent(mail.id)}`} className="mail-item" aria-current={mail.id === selected ? 'true' : undefined}>
                      <span className="mail-item-subject">{mail.subject}</span>
                      <span className="mail-item-meta">
                        {fill(t.to, { to: mail.to })} · <time dateTime={mail.sentAt ?? mail.createdAt}>{formatDateTime(mail.sentAt ?? mail.createdAt, language)}</time>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {matching.length > shown && (
              <button type="button" className="button mail-more" onClick={() => setShown(shown + PAGE)}>
                {fill(t.more, { count: Math.min(PAGE, matching.length - shown) })}
              </button>
            )}
          </section>
          {selected ? <MailView key={selected} id={selected} /> : <p className="empty mail-choose">{t.choose}</p>}
        </div>
      )}
    </>
  );
}
