import type { StandingIn } from '../api/types';
import { formatDate } from '../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../i18n/language';
import { ROLE } from '../i18n/labels';
import { useSession } from '../session/session';

const text = defineMessages({
  th: {
    actAs: 'ปฏิบัติหน้าที่ในนามของ',
    myself: 'ทำในนามตนเอง',
    standingInFor: 'ทำแทน {name}',
    banner: 'คุณกำลังปฏิบัติหน้าที่แทน {name} ({position}) ถึงวันที่ {date} ทุกการดำเนินการจะบันทึกทั้งชื่อคุณและชื่อผู้ที่คุณปฏิบัติหน้าที่แทน',
    backToMyself: 'กลับไปทำในนามตนเอง',
  },
  en: {
    actAs: 'Acting on behalf of',
    myself: 'Acting as myself',
    standingInFor: 'Acting for {name}',
    banner: 'You are standing in for {name} ({position}) until {date}. Everything you do is recorded under both your names.',
    backToMyself: 'Act as myself again',
  },
});

/** Who someone is, for the switch and the banner: their position, or their role when none is written. */
function positionOf(absent: StandingIn, language: 'th' | 'en'): string {
  return absent.position || ROLE[language][absent.role];
}

/** Chooses whom to act for: oneself, or someone one stands in for today. Shown only to a stand-in. */
export function StandingInSwitch() {
  const t = useText(text);
  const { language } = useLanguage();
  const { standingIn, actingFor, actFor } = useSession();
  if (standingIn.length === 0) return null;
  return (
    <label className="org-picker standing-in-switch">
      <span className="visually-hidden">{t.actAs}</span>
      <select value={actingFor?.personId ?? ''} onChange={(event) => actFor(event.target.value || null)}>
        <option value="">{t.myself}</option>
        {standingIn.map((absent) => (
          <option key={absent.personId} value={absent.personId} title={positionOf(absent, language)}>
            {fill(t.standingInFor, { name: absent.displayName })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Says on every page that the person acts for someone else, and how to stop. */
export function StandingInBanner() {
  const t = useText(text);
  const { language } = useLanguage();
  const { actingFor, actFor } = useSession();
  if (actingFor === null) return null;
  return (
    <div className="notice notice-info standing-in-banner" role="status">
      <p>{fill(t.banner, { name: actingFor.displayName, position: positionOf(actingFor, language), date: formatDate(actingFor.endsOn, language, 'long') })}</p>
      <button type="button" className="button" onClick={() => actFor(null)}>
        {t.backToMyself}
      </button>
    </div>
  );
}
