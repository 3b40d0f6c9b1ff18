import type { Division, LifecycleReportSnapshot, Person } from '../../api/types';
import { ReportStatusBadge } from '../../components/status-badge';
import { formatDate, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { ReportContentView } from '../report-form/report-content-view';
import { previousPeriodKey, type QueueItem } from './queue-items';
import { useNarrowScreen } from './use-narrow-screen';

const text = defineMessages({
  th: {
    plan: 'แผนของมาตรการ',
    report: 'รายงานที่ส่งมา',
    steps: 'ขั้นตอนการดำเนินงาน',
    noSteps: 'ไม่ได้ระบุขั้นตอน',
    stepDue: 'กำหนดเสร็จ {date}',
    owners: 'ผู้รับผิดชอบ',
    allDivisions: 'ทุกกอง/สำนัก',
    lead: 'หลัก',
    officers: 'เจ้าหน้าที่ผู้รับผิดชอบ: {names}',
    expected: 'ผลลัพธ์ที่คาดว่าจะได้รับ',
    notGiven: 'ไม่ได้ระบุ',
    previous: 'รายงานครั้งก่อน ({period})',
    noPrevious: 'ยังไม่มีรายงานครั้งก่อน',
    percent: 'ร้อยละ {n}',
    empty: '–',
  },
  en: {
    plan: 'What the measure planned',
    report: 'The report sent in',
    steps: 'Steps',
    noSteps: 'No steps given',
    stepDue: 'due {date}',
    owners: 'Responsible',
    allDivisions: 'All divisions',
    lead: 'lead',
    officers: 'Officers: {names}',
    expected: 'Expected outcome',
    notGiven: 'Not given',
    previous: 'Previous report ({period})',
    noPrevious: 'No previous report yet',
    percent: '{n}%',
    empty: '–',
  },
});

function PreviousReport({ report }: { report: LifecycleReportSnapshot | null }) {
  const t = useText(text);
  if (!report?.content) return <p className="queue-muted">{t.noPrevious}</p>;
  return (
    <div className="queue-previous">
      <p className="queue-previous-head">
        <ReportStatusBadge status={report.status} late={report.late} /> · {fill(t.percent, { n: report.content.completion })}
      </p>
      <ReportContentView content={report.content} compact />
    </div>
  );
}

/**
 * The measure's plan on the left, the report on the right (stacked on a phone, the report first):
 * the reviewer checks one against the other without leaving the queue.
 */
export function ReportComparison({
  item,
  divisions,
  people,
  reportTitle,
  collapsible = false,
}: {
  item: QueueItem;
  divisions: Division[];
  people: Person[];
  reportTitle?: string;
  /** The plan folds away on a phone (the executive reads the report first). */
  collapsible?: boolean;
}) {
  const t = useText(text);
  const { language } = useLanguage();
  const { measure, lifecycle, report, previous } = item;
  const divisionName = new Map(divisions.map((division) => [division.id, division.name]));
  const personName = new Map(people.map((person) => [person.id, person.displayName]));
  const officers = lifecycle.assignments.flatMap((assignment) => assignment.officerIds).map((id) => personName.get(id) ?? null);
  const namedOfficers = [...new Set(officers.filter((name): name is string => name !== null))];
  const previousKey = previousPeriodKey(report.periodKey);
  const narrow = useNarrowScreen();

  const plan = (
    <dl className="queue-content">
      <div>
        <dt>{t.steps}</dt>
        <dd>
          {measure.steps.length === 0 ? (
            t.noSteps
          ) : (
            <ol className="queue-steps">
              {measure.steps.map((step) => (
                <li key={step.position}>
                  {step.text}
                  {(step.ownerDivisionName || step.dueDate) && (
                    <span className="queue-muted">
                      {' '}
                      ({[step.ownerDivisionName, step.dueDate && fill(t.stepDue, { date: formatDate(step.dueDate, language) })].filter(Boolean).join(' · ')})
                    </span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </dd>
      </div>
      <div>
        <dt>{t.owners}</dt>
        <dd>
          {measure.allDivisions
            ? t.allDivisions
            : measure.owners.map((owner) => `${divisionName.get(owner.divisionId) ?? owner.divisionName}${owner.role === 'lead' && measure.owners.length > 1 ? ` (${t.lead})` : ''}`).join(', ') ||
              t.notGiven}
          {namedOfficers.length > 0 && <span className="queue-muted queue-block">{fill(t.officers, { names: namedOfficers.join(', ') })}</span>}
        </dd>
      </div>
      <div>
        <dt>{t.expected}</dt>
        <dd className="queue-prose">{measure.expectedOutcome?.trim() || t.notGiven}</dd>
      </div>
      {previousKey && (
        <div>
          <dt>{fill(t.previous, { period: periodLabel(previousKey, language) })}</dt>
          <dd>
            <PreviousReport report={previous} />
          </dd>
        </div>
      )}
    </dl>
  );

  return (
    <div className="side-by-side queue-compare">
      <section className="queue-column queue-plan" aria-label={t.plan}>
        {collapsible ? (
          <details open={!narrow} className="queue-plan-details">
            <summary>
              <h3>{t.plan}</h3>
            </summary>
            {plan}
          </details>
        ) : (
          <>
            <h3>{t.plan}</h3>
            {plan}
          </>
        )}
      </section>
      <section className="queue-column queue-report" aria-label={reportTitle ?? t.report}>
        <h3>{reportTitle ?? t.report}</h3>
        {report.content ? (
          <ReportContentView content={report.content} />
        ) : (
          <p className="queue-muted">{t.empty}</p>
        )}
      </section>
    </div>
  );
}
