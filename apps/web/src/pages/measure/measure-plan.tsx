import type { Measure } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';

const text = defineMessages({
  th: {
    heading: 'แผนการดำเนินงาน',
    issue: 'ประเด็นที่ต้องปรับปรุงแก้ไข',
    indicator: 'ตัวชี้วัด',
    indicatorNo: 'ตัวชี้วัดที่ {no}',
    items: 'ข้อคำถาม ITA',
    steps: 'ขั้นตอน/วิธีการปฏิบัติ',
    noSteps: 'ยังไม่ได้ระบุขั้นตอน',
    stepOwner: 'ผู้รับผิดชอบ: {name}',
    stepDue: 'กำหนดเสร็จ {date}',
    period: 'ระยะเวลาดำเนินการ',
    expected: 'ผลที่คาดว่าจะได้รับ',
    approved: 'ผู้บริหารเห็นชอบเมื่อ',
    notApproved: 'ยังไม่ได้รับความเห็นชอบ',
    none: 'ไม่ได้ระบุ',
  },
  en: {
    heading: 'Plan',
    issue: 'Issue to improve',
    indicator: 'Indicator',
    indicatorNo: 'Indicator {no}',
    items: 'ITA items',
    steps: 'Steps',
    noSteps: 'No steps given yet',
    stepOwner: 'owner: {name}',
    stepDue: 'due {date}',
    period: 'Period',
    expected: 'Expected outcome',
    approved: 'Approved by the executive on',
    notApproved: 'not approved yet',
    none: 'not given',
  },
});

/** The measure's plan as approved: issue, indicator, steps with their owners and due dates, period, expected outcome. */
export function MeasurePlan({ measure, planApprovedOn }: { measure: Measure; planApprovedOn: string | null }) {
  const t = useText(text);
  const { language } = useLanguage();
  const period =
    measure.period.start && measure.period.end
      ? `${formatDate(measure.period.start, language, 'long')} – ${formatDate(measure.period.end, language, 'long')}`
      : (measure.period.text ?? t.none);
  const steps = [...measure.steps].sort((a, b) => a.position - b.position);
  return (
    <section className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t.heading}</h2>
      <dl className="facts">
        <div>
          <dt>{t.issue}</dt>
          <dd>{measure.issueToImprove ?? t.none}</dd>
        </div>
        <div>
          <dt>{t.indicator}</dt>
          <dd>
            {measure.indicatorNo !== null ? fill(t.indicatorNo, { no: measure.indicatorNo }) : t.none}
            {measure.itemCodes.length > 0 && ` · ${t.items} ${measure.itemCodes.join(', ')}`}
          </dd>
        </div>
        <div>
          <dt>{t.steps}</dt>
          <dd>
            {steps.length === 0 ? (
              t.noSteps
            ) : (
              <ol className="steps">
                {steps.map((step) => (
                  <li key={step.position}>
                    {step.text}
                    {(step.ownerDivisionName || step.dueDate) && (
                      <span className="step-meta">
                        {[step.ownerDivisionName && fill(t.stepOwner, { name: step.ownerDivisionName }), step.dueDate && fill(t.stepDue, { date: formatDate(step.dueDate, language) })]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>{period}</dd>
        </div>
        <div>
          <dt>{t.expected}</dt>
          <dd>{measure.expectedOutcome ?? t.none}</dd>
        </div>
        <div>
          <dt>{t.approved}</dt>
          <dd>{planApprovedOn ? formatDate(planApprovedOn, language, 'long') : t.notApproved}</dd>
        </div>
      </dl>
    </section>
  );
}
