import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';
import { defineMessages, useText } from '../i18n/language';

const text = defineMessages({
  th: { title: 'ไม่พบหน้านี้', body: 'ที่อยู่นี้ไม่มีในระบบ อาจพิมพ์ผิดหรือหน้าถูกย้ายไปแล้ว', home: 'กลับไปที่งานของฉัน' },
  en: { title: 'Page not found', body: 'This address does not exist: it may be mistyped or the page has moved.', home: 'Back to my tasks' },
});

export function NotFoundPage() {
  const t = useText(text);
  return (
    <>
      <PageHeader title={t.title} />
      <p>{t.body}</p>
      <Link to="/">{t.home}</Link>
    </>
  );
}
