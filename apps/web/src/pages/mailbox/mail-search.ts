export interface MailSummary {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
}

/** Mails whose recipient or subject contains the words searched for (all of them, any case). */
export function matchingMails<T extends MailSummary>(mails: T[], search: string): T[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return mails;
  return mails.filter((mail) => {
    const haystack = `${mail.to} ${mail.subject}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
