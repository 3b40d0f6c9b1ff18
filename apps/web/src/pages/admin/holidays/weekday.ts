import type { Language } from '../../../i18n/language';

/** The day of the week of an ISO date (a Bangkok calendar day): วันจันทร์ / Monday. */
export function weekdayOf(isoDate: string, language: Language): string {
  const name = new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { weekday: 'long', timeZone: 'Asia/Bangkok' }).format(new Date(`${isoDate}T12:00:00+07:00`));
  return language === 'th' && !name.startsWith('วัน') ? `วัน${name}` : name;
}

/** Saturday or Sunday: a holiday then gives no extra day off in working-day counts. */
export function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
