import type { Division, Lifecycle, Measure, Person } from '../../api/types';
import { defineMessages, useText } from '../../i18n/language';
import { nameOf } from './measure-queries';

const text = defineMessages({
  th: {
    heading: 'ผู้รับผิดชอบ',
    lead: 'หน่วยงานหลัก',
    supporting: 'หน่วยงานสนับสนุน',
    acknowledged: 'รับทราบแล้ว',
    waiting: 'ยังไม่รับทราบ',
    officers: 'เจ้าหน้าที่ผู้รับผิดชอบ: ',
    noOfficers: 'ยังไม่ได้ระบุเจ้าหน้าที่',
    allDivisions: 'ทุกกอง/สำนักร่วมรับผิดชอบ',
    unknown: 'หน่วยงานที่ไม่พบในระบบ',
  },
  en: {
    heading: 'Owners',
    lead: 'lead',
    supporting: 'supporting',
    acknowledged: 'acknowledged',
    waiting: 'not acknowledged yet',
    officers: 'Officers: ',
    noOfficers: 'No officers named yet',
    allDivisions: 'Every division takes part',
    unknown: 'a division no longer in the system',
  },
});

/** The owner divisions: lead or supporting, whether they acknowledged the assignment, and their officers. */
export function MeasureOwners({ measure, lifecycle, people, divisions }: { measure: Measure; lifecycle: Lifecycle | null; people?: Person[]; divisions?: Division[] }) {
  const t = useText(text);
  const roleOf = (divisionId: string) => measure.owners.find((owner) => owner.divisionId === divisionId)?.role;
  // The lifecycle's assignments are who reports (a reassignment changes them); before it, the plan's owners.
  const owners = lifecycle?.assignments ?? measure.owners.map((owner) => ({ divisionId: owner.divisionId, acknowledged: false, officerIds: [] as string[] }));
  return (
    <section className="panel" aria-labelledby="owners-heading">
      <h2 id="owners-heading">{t.heading}</h2>
      {measure.allDivisions && <p>{t.allDivisions}</p>}
      <ul className="owner-list">
        {owners.map((owner) => {
          const role = roleOf(owner.divisionId);
          const name = nameOf(divisions, owner.divisionId) ?? measure.owners.find((o) => o.divisionId === owner.divisionId)?.divisionName ?? t.unknown;
          const officers = owner.officerIds.map((id) => nameOf(people, id) ?? id);
          return (
            <li key={owner.divisionId}>
              <div className="owner-head">
                <span>
                  <span className="owner-name">{name}</span>
                  {role && <span className="muted"> · {t[role]}</span>}
                </span>
                {lifecycle && <span className={owner.acknowledged ? 'badge badge-yes' : 'badge badge-no'}>{owner.acknowledged ? t.acknowledged : t.waiting}</span>}
              </div>
              {lifecycle && (
                <p className="owner-officers">
                  {officers.length > 0 ? (
                    <>
                      {t.officers}
                      {officers.join(', ')}
                    </>
                  ) : (
                    t.noOfficers
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
