import '../../styles/measure.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Lifecycle } from '../../api/types';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { LifecycleStatusBadge } from '../../components/status-badge';
import { fiscalYearLabel, formatDateTime } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { EVENT, LIFECYCLE_STATUS, labelOf } from '../../i18n/labels';
import { useSignedIn } from '../../session/session';
import { availableActions, type MeasureAction } from './measure-actions';
import { MeasureActionsPanel } from './measure-actions-panel';
import { MeasureOwners } from './measure-owners';
import { MeasurePlan } from './measure-plan';
import { useDivisions, usePeople } from '../../api/organization-data';
import { useLifecycle, useLifecycleAction, useMeasure, nameOf, retryable } from './measure-queries';
import { MeasureReports } from './measure-reports';
import { MeasureTimeline } from './measure-timeline';

const text = defineMessages({
  th: {
    back: 'มาตรการทั้งหมด',
    measure: 'มาตรการ',
    measureNo: 'มาตรการที่ {no}',
    done: '{action} เรียบร้อย — สถานะมาตรการตอนนี้: {status}',
    cancelPending: 'มีคำขอยกเลิกมาตรการนี้ รอผู้บริหารพิจารณา',
    cancelBy: 'ขอโดย {name} เมื่อ {date}: ',
    someone: 'ผู้ใช้ที่ไม่พบในระบบ',
  },
  en: {
    back: 'All measures',
    measure: 'Measure',
    measureNo: 'Measure {no}',
    done: '{action}: done — the measure is now {status}',
    cancelPending: 'A cancellation of this measure waits for the executive',
    cancelBy: 'asked by {name} on {date}: ',
    someone: 'a person no longer in the system',
  },
});

/** One measure: its plan, owners, actions for this person, reports by period and its timeline. */
export function MeasurePage() {
  return (
    <div className="measure-area">
      <MeasurePageContent />
    </div>
  );
}

function MeasurePageContent() {
  const t = useText(text);
  const { language } = useLanguage();
  const { measureId = '' } = useParams();
  const { person, organization } = useSignedIn();
  const org = organization.code;
  const measure = useMeasure(org, measureId);
  const lifecycle = useLifecycle(org, measureId, measure.isSuccess);
  const people = usePeople(org);
  const divisions = useDivisions(org);
  const send = useLifecycleAction(org, measureId);
  const [result, setResult] = useState<{ action: string; snapshot: Lifecycle } | null>(null);

  const backLink = (
    <Link to="/measures" className="back-link">
      ← {t.back}
    </Link>
  );
  if (measure.isLoading) return <Loading />;
  if (measure.error || !measure.data) {
    // A measure of another division is refused: say so, and show nothing of it.
    return (
      <>
        {backLink}
        <PageHeader title={t.measure} />
        <ErrorNotice error={measure.error} onRetry={retryable(measure.error) ? () => void measure.refetch() : undefined} />
      </>
    );
  }

  const m = measure.data;
  const snapshot = lifecycle.data ?? null;
  const status = snapshot?.status ?? (m.status as Lifecycle['status']);
  const available = availableActions(person, snapshot);
  const act = async (action: string, body: Record<string, unknown>) => {
    setResult(null);
    const next = await send(action, body);
    setResult({ action, snapshot: next });
  };

  return (
    <>
      {backLink}
      <PageHeader
        title={m.title}
        subtitle={
          <span className="measure-status-line">
            <span>
              {fill(t.measureNo, { no: m.no })} · {fiscalYearLabel(m.fiscalYearBe, language)}
            </span>
            <LifecycleStatusBadge status={status} />
          </span>
        }
      />
      {result && (
        <SuccessNotice>
          {fill(t.done, { action: labelOf(EVENT, result.action, language), status: LIFECYCLE_STATUS[language][result.snapshot.status] })}
        </SuccessNotice>
      )}
      {lifecycle.isLoading && <Loading />}
      {lifecycle.error && <ErrorNotice error={lifecycle.error} onRetry={retryable(lifecycle.error) ? () => void lifecycle.refetch() : undefined} />}
      {snapshot?.cancelRequest && !available.actions.includes('approveCancel') && (
        <div className="notice notice-info cancel-request">
          <p className="notice-title">{t.cancelPending}</p>
          <p>
            {fill(t.cancelBy, {
              name: nameOf(people.data, snapshot.cancelRequest.requestedByPersonId) ?? t.someone,
              date: formatDateTime(snapshot.cancelRequest.requestedAt, language),
            })}
            {snapshot.cancelRequest.reason}
          </p>
        </div>
      )}
      {snapshot && available.actions.length > 0 && (
        <MeasureActionsPanel
          lifecycle={snapshot}
          available={available}
          people={people.data}
          divisions={divisions.data}
          act={(action: MeasureAction, body) => act(action, body)}
        />
      )}
      <div className="measure-layout">
        <div className="measure-main">
          <MeasurePlan measure={m} planApprovedOn={snapshot?.planApprovedOn ?? null} />
          {!lifecycle.isLoading && (
            <MeasureReports
              measureId={m.id}
              lifecycle={snapshot}
              person={person}
              people={people.data}
              correctablePeriods={available.correctablePeriods}
              onStartCorrection={(periodKey) => act('startCorrection', { periodKey })}
            />
          )}
        </div>
        <div className="measure-side">
          <MeasureOwners measure={m} lifecycle={snapshot} people={people.data} divisions={divisions.data} />
          {snapshot && <MeasureTimeline events={snapshot.events} people={people.data} divisions={divisions.data} />}
        </div>
      </div>
    </>
  );
}
