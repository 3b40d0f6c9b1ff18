import { useState } from 'react';
import { Link } from 'react-router';
import { ApproveAllPlans } from './approve-all-plans';
import type { Lifecycle, Measure, Person } from '../../api/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';

const text = defineMessages({
  th: {
    plans: 'มาตรการรอเห็นชอบ',
    plansHint: 'เห็นชอบทั้งแผนได้ที่นี่ หรือเปิดทีละมาตรการเพื่ออ่านแผนแล้วเห็นชอบหรือส่งกลับให้แก้ไข',
    cancels: 'คำขอยกเลิกมาตรการ',
    cancelsHint: 'เปิดมาตรการเพื่ออนุมัติหรือไม่อนุมัติการยกเลิก',
    measureNo: 'มาตรการที่ {no}',
    reason: 'เหตุผล: {reason}',
    requested: 'ขอเมื่อ {when}',
    by: 'โดย {name}',
    updated: 'แก้ไขล่าสุด {date}',
  },
  en: {
    plans: 'Measures awaiting approval',
    plansHint: 'Approve the whole plan here, or open one measure at a time to read its plan and approve it or return it for changes.',
    cancels: 'Cancellation requests',
    cancelsHint: 'Open the measure to approve or reject the cancellation.',
    measureNo: 'Measure {no}',
    reason: 'Reason: {reason}',
    requested: 'requested {when}',
    by: 'by {name}',
    updated: 'last changed {date}',
  },
});

/** Plan approvals the executive still owes, each linked to the measure page where it is decided. */
export function PlanApprovals({ id, org, measures }: { id: string; org: string; measures: Measure[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  // Once the whole plan was approved here, the section stays to say how it went.
  const [approvedHere, setApprovedHere] = useState(false);
  if (measures.length === 0 && !approvedHere) return null;
  return (
    <section className="queue-decisions" aria-labelledby={id}>
      <h2 id={id}>
        {t.plans} <span className="count">{measures.length}</span>
      </h2>
      {measures.length > 0 && <p className="queue-muted">{t.plansHint}</p>}
      <ApproveAllPlans org={org} measures={measures} onStart={() => setApprovedHere(true)} />
      <ul className="queue-decision-list">
        {measures.map((measure) => (
          <li key={measure.id}>
            <Link to={`/measures/${measure.id}`}>
              {fill(t.measureNo, { no: measure.no })} {measure.title}
            </Link>
            <span className="queue-muted queue-block">{fill(t.updated, { date: formatDate(measure.updatedAt, language) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Cancellations asked for by the coordinator, with the reason, each linked to its measure page. */
export function CancellationRequests({ id, requests, people }: { id: string; requests: { measure: Measure; request: NonNullable<Lifecycle['cancelRequest']> }[]; people: Person[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  if (requests.length === 0) return null;
  return (
    <section className="queue-decisions" aria-labelledby={id}>
      <h2 id={id}>
        {t.cancels} <span className="count">{requests.length}</span>
      </h2>
      <p className="queue-muted">{t.cancelsHint}</p>
      <ul className="queue-decision-list">
        {requests.map(({ measure, request }) => {
          const name = people.find((person) => person.id === request.requestedByPersonId)?.displayName;
          return (
            <li key={measure.id}>
              <Link to={`/measures/${measure.id}`}>
                {fill(t.measureNo, { no: measure.no })} {measure.title}
              </Link>
              <span className="queue-block queue-prose">{fill(t.reason, { reason: request.reason })}</span>
              <span className="queue-muted queue-block">
                {fill(t.requested, { when: formatDateTime(request.requestedAt, language) })}
                {name && ` ${fill(t.by, { name })}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
