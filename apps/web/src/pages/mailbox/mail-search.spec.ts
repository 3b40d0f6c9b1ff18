import { describe, expect, it } from '@jest/globals';
import { matchingMails, type MailSummary } from './mail-search';

describe('matching mails', () => {
  const mail = (to: string, subject: string): MailSummary => ({ id: to, to, subject, kind: 'k', status: 'sent', createdAt: '', sentAt: null });
  const mails = [mail('mayor@a.test', 'มาตรการที่ ๑: รอลงนาม'), mail('head@a.test', 'มาตรการที่ ๒: ได้รับมอบหมาย')];

  it('finds by recipient or subject, every word', () => {
    expect(matchingMails(mails, 'MAYOR').map((m) => m.to)).toEqual(['mayor@a.test']);
    expect(matchingMails(mails, 'มาตรการ มอบหมาย').map((m) => m.to)).toEqual(['head@a.test']);
    expect(matchingMails(mails, '  ')).toHaveLength(2);
  });
});
