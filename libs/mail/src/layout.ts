import type { MailLanguage } from './mail.types';

/** The layout's words in each language. The organisation's name goes between `sentByBefore` and `sentByAfter`. */
export interface LayoutCopy {
  phone: string;
  signOff: string;
  signature: string;
  linkFallback: string;
  sentByBefore: string;
  sentByAfter: string;
  preference: string;
}

export const LAYOUT_COPY: Record<MailLanguage, LayoutCopy> = {
  th: {
    phone: 'โทร.',
    signOff: 'ขอแสดงความนับถือ',
    signature: 'ระบบโปร่งใส (Prongsai)',
    linkFallback: 'หากกดปุ่มไม่ได้ โปรดคัดลอกลิงก์นี้ไปเปิดในเว็บเบราว์เซอร์',
    sentByBefore: 'อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบโปร่งใส (Prongsai) ของ',
    sentByAfter: ' โปรดอย่าตอบกลับอีเมลนี้',
    preference:
      'ท่านเลือกได้ว่าจะรับอีเมลแจ้งเตือนทันทีทุกเรื่อง หรือรับเป็นสรุปรวมวันละครั้ง โดยตั้งค่าได้ที่เมนู “การแจ้งเตือน” ในข้อมูลส่วนตัวของท่านในระบบโปร่งใส',
  },
  en: {
    phone: 'Tel.',
    signOff: 'Regards,',
    signature: 'Prongsai (โปร่งใส)',
    linkFallback: 'If the button does not work, copy this link into your web browser',
    sentByBefore: 'This message was sent automatically by Prongsai for ',
    sentByAfter: '. Please do not reply to it.',
    preference:
      'You can choose to receive each notice by mail as it happens, or one daily digest instead: see “Notifications” in your profile in Prongsai.',
  },
};

const FONT = "font-family:Sarabun,'TH Sarabun New',Tahoma,'Leelawadee UI','Noto Sans Thai',sans-serif;";

/**
 * The HTML part around a body: letterhead (name, district and province, website, phone), body,
 * signature, footer. A table layout with inline styles, as mail clients need.
 * Context: lang, subject, org {full, address, website, websiteHref, phone}, copy, body (SafeString).
 */
export const HTML_LAYOUT = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border:1px solid #e5e7eb;">
<tr><td style="padding:20px 28px;border-bottom:3px solid #1d4ed8;${FONT}color:#111827;">
<div style="font-size:20px;font-weight:bold;line-height:1.4;">{{org.full}}</div>
{{#if org.address}}<div style="font-size:15px;line-height:1.5;color:#4b5563;">{{org.address}}</div>{{/if}}
{{#if org.contact}}<div style="font-size:14px;line-height:1.5;color:#4b5563;">{{#if org.website}}<a href="{{org.websiteHref}}" target="_blank" style="color:#1d4ed8;">{{org.website}}</a>{{/if}}{{#if org.website}}{{#if org.phone}} &middot; {{/if}}{{/if}}{{#if org.phone}}{{copy.phone}} {{org.phone}}{{/if}}</div>{{/if}}
</td></tr>
<tr><td style="padding:24px 28px;${FONT}font-size:16px;line-height:1.6;color:#111827;">
{{body}}
<p style="margin:24px 0 0 0;">{{copy.signOff}}<br>{{copy.signature}}<br>{{org.full}}</p>
</td></tr>
<tr><td style="padding:16px 28px;background-color:#f9fafb;border-top:1px solid #e5e7eb;${FONT}font-size:12px;line-height:1.6;color:#6b7280;">
<p style="margin:0 0 6px 0;">{{copy.sentByBefore}}{{org.full}}{{copy.sentByAfter}}</p>
<p style="margin:0;">{{copy.preference}}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

/** The text part around a body: the same letterhead, signature and footer. */
export const TEXT_LAYOUT = `{{org.full}}
{{#if org.address}}{{org.address}}
{{/if}}{{#if org.contact}}{{#if org.website}}{{org.website}}{{/if}}{{#if org.website}}{{#if org.phone}} · {{/if}}{{/if}}{{#if org.phone}}{{copy.phone}} {{org.phone}}{{/if}}
{{/if}}
========================================================================

{{body}}

{{copy.signOff}}
{{copy.signature}}
{{org.full}}

------------------------------------------------------------------------
{{#p}}{{copy.sentByBefore}}{{org.full}}{{copy.sentByAfter}}{{/p}}
{{#p}}{{copy.preference}}{{/p}}
`;
