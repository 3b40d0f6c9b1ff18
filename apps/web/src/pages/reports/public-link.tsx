import { useState } from 'react';
import { Link } from 'react-router';
import { defineMessages, useText } from '../../i18n/language';

const text = defineMessages({
  th: {
    intro: 'ประชาชนอ่านผลการดำเนินการและรายงานที่ผู้บริหารลงนามแล้วได้ที่หน้าเผยแพร่ต่อสาธารณะ (ไม่ต้องเข้าสู่ระบบ) ใช้ลิงก์นี้ตอบข้อ OIT ได้',
    open: 'เปิดหน้าเผยแพร่ต่อสาธารณะ',
    copy: 'คัดลอกลิงก์',
    copied: 'คัดลอกลิงก์แล้ว',
    copyFailed: 'คัดลอกไม่ได้ เลือกข้อความลิงก์แล้วคัดลอกเอง',
  },
  en: {
    intro: 'The public reads the results and the reports the executive signed off on the public page (no sign-in); use this link for the OIT items.',
    open: 'Open the public page',
    copy: 'Copy the link',
    copied: 'Link copied',
    copyFailed: 'Could not copy: select the link text and copy it yourself',
  },
});

/** Where the organisation's published reports are, for the public and for the ITA assessors. */
export function PublicLink({ orgCode }: { orgCode: string }) {
  const t = useText(text);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const path = `/public/${encodeURIComponent(orgCode)}`;
  const readable = `${window.location.origin}/public/${orgCode}`;
  return (
    <div className="notice notice-info public-link">
      <p>{t.intro}</p>
      <p className="public-link-url">
        <Link to={path}>{t.open}</Link> <span className="public-link-address">{readable}</span>
      </p>
      <button
        type="button"
        className="button"
        onClick={() =>
          navigator.clipboard
            .writeText(`${window.location.origin}${path}`)
            .then(() => setCopied('yes'))
            .catch(() => setCopied('failed'))
        }
      >
        {t.copy}
      </button>
      <span role="status" className="public-link-copied">
        {copied === 'yes' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  );
}
