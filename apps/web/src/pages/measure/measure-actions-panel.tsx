import { useState } from 'react';
import type { Division, Lifecycle, Person } from '../../api/types';
import { CommentDialog } from '../../components/comment-dialog';
import { ErrorNotice } from '../../components/feedback';
import { Field } from '../../components/field';
import { todayInBangkok } from '../../i18n/format';
import { defineMessages, fill, useText } from '../../i18n/language';
import type { AvailableActions, MeasureAction } from './measure-actions';
import { nameOf } from './measure-queries';

const text = defineMessages({
  th: {
    heading: 'สิ่งที่คุณทำได้',
    approvedOn: 'วันที่เห็นชอบ',
    approve: 'เห็นชอบมาตรการ',
    returnPlan: 'ส่งแผนกลับให้แก้ไข',
    returnPlanTitle: 'ส่งแผนกลับให้ผู้ประสานงานแก้ไข',
    returnPlanLabel: 'สิ่งที่ต้องแก้ไข',
    cancelAsked: 'ผู้ประสานงานขอยกเลิกมาตรการนี้ ด้วยเหตุผล:',
    approveCancel: 'อนุมัติการยกเลิกมาตรการ',
    rejectCancel: 'ไม่อนุมัติการยกเลิก',
    rejectCancelTitle: 'ไม่อนุมัติการยกเลิกมาตรการ',
    rejectCancelLabel: 'ความเห็น (ถ้ามี)',
    officers: 'เลือกเจ้าหน้าที่ผู้รับผิดชอบของ{division}',
    noOfficers: 'กองนี้ยังไม่มีเจ้าหน้าที่ในระบบ รับทราบได้เลย แล้วขอให้ผู้ดูแลระบบเพิ่มเจ้าหน้าที่ภายหลัง',
    acknowledge: 'รับทราบการมอบหมาย',
    amend: 'แก้ไขแผนระหว่างปี',
    amendTitle: 'แก้ไขแผนระหว่างปี',
    amendLabel: 'เหตุผลการแก้ไข (ถ้ามี) — มาตรการจะกลับไปรอผู้บริหารเห็นชอบอีกครั้ง',
    amendConfirm: 'ส่งแผนที่แก้ไขให้ผู้บริหารเห็นชอบ',
    requestCancel: 'ขอยกเลิกมาตรการ',
    requestCancelTitle: 'ขอยกเลิกมาตรการ (ต้องได้รับอนุมัติจากผู้บริหาร)',
    requestCancelLabel: 'เหตุผลที่ขอยกเลิก',
    from: 'โอนจากหน่วยงาน',
    to: 'ไปยังหน่วยงาน',
    reassign: 'โอนความรับผิดชอบ',
    choose: 'เลือกหน่วยงาน',
    noOtherDivision: 'ไม่มีหน่วยงานอื่นให้โอนไป',
  },
  en: {
    heading: 'What you can do',
    approvedOn: 'Approval date',
    approve: 'Approve the measure',
    returnPlan: 'Return the plan for changes',
    returnPlanTitle: 'Return the plan to the coordinator',
    returnPlanLabel: 'What needs to change',
    cancelAsked: 'The coordinator asks to cancel this measure, because:',
    approveCancel: 'Approve the cancellation',
    rejectCancel: 'Reject the cancellation',
    rejectCancelTitle: 'Reject the cancellation',
    rejectCancelLabel: 'Comment (optional)',
    officers: 'Choose the officers of {division} in charge',
    noOfficers: 'This division has no officers in the system yet: acknowledge now and ask the administrator to add them.',
    acknowledge: 'Acknowledge the assignment',
    amend: 'Amend the plan mid-year',
    amendTitle: 'Amend the plan mid-year',
    amendLabel: 'Reason (optional) — the measure goes back to the executive for approval',
    amendConfirm: 'Send the amended plan for approval',
    requestCancel: 'Ask to cancel the measure',
    requestCancelTitle: 'Ask to cancel the measure (the executive decides)',
    requestCancelLabel: 'Reason for cancelling',
    from: 'From division',
    to: 'To division',
    reassign: 'Reassign',
    choose: 'Choose a division',
    noOtherDivision: 'There is no other division to move it to',
  },
});

type Dialog = 'returnPlan' | 'rejectCancel' | 'amendPlan' | 'requestCancel' | null;

interface Props {
  lifecycle: Lifecycle;
  available: AvailableActions;
  people?: Person[];
  divisions?: Division[];
  act(action: MeasureAction, body: Record<string, unknown>): Promise<void>;
}

/** The actions this person may take on the measure now, each sent to the lifecycle. */
export function MeasureActionsPanel({ lifecycle, available, people, divisions, act }: Props) {
  const t = useText(text);
  const [busy, setBusy] = useState<MeasureAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [approvedOn, setApprovedOn] = useState(todayInBangkok());
  const [officerIds, setOfficerIds] = useState<string[]>([]);
  const [fromDivisionId, setFrom] = useState('');
  const [toDivisionId, setTo] = useState('');
  const has = (action: MeasureAction) => available.actions.includes(action);

  const run = async (action: MeasureAction, body: Record<string, unknown>) => {
    setBusy(action);
    setError(null);
    try {
      await act(action, body);
      setDialog(null);
    } catch (caught) {
      setDialog(null);
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const ownDivisionId = available.acknowledgeDivisionIds[0];
  const officersOfDivision = (people ?? []).filter((candidate) => candidate.divisionId === ownDivisionId && candidate.role === 'officer' && candidate.active);
  const assigned = lifecycle.assignments.map((assignment) => assignment.divisionId);
  const otherDivisions = (divisions ?? []).filter((division) => !assigned.includes(division.id));

  return (
    <section className="panel action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t.heading}</h2>
      <ErrorNotice error={error} />
      <div className="action-list">
        {has('approvePlan') && (
          <form
            className="action-row"
            onSubmit={(event) => {
              event.preventDefault();
              void run('approvePlan', { approvedOn });
            }}
          >
            <Field label={t.approvedOn}>
              <input type="date" required value={approvedOn} onChange={(event) => setApprovedOn(event.target.value)} />
            </Field>
            <button type="submit" className="button button-primary" disabled={busy !== null}>
              {t.approve}
            </button>
            {has('returnPlan') && (
              <button type="button" className="button" disabled={busy !== null} onClick={() => setDialog('returnPlan')}>
                {t.returnPlan}
              </button>
            )}
          </form>
        )}

        {has('approveCancel') && lifecycle.cancelRequest && (
          <div>
            <p>
              {t.cancelAsked} <strong>{lifecycle.cancelRequest.reason}</strong>
            </p>
            <div className="action-row">
              <button type="button" className="button button-danger" disabled={busy !== null} onClick={() => void run('approveCancel', {})}>
                {t.approveCancel}
              </button>
              <button type="button" className="button" disabled={busy !== null} onClick={() => setDialog('rejectCancel')}>
                {t.rejectCancel}
              </button>
            </div>
          </div>
        )}

        {has('acknowledgeAssignment') && ownDivisionId && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run('acknowledgeAssignment', { divisionId: ownDivisionId, officerIds });
            }}
          >
            <fieldset className="officer-choices">
              <legend>{fill(t.officers, { division: nameOf(divisions, ownDivisionId) ?? '' })}</legend>
              {officersOfDivision.length === 0 && <p className="muted">{t.noOfficers}</p>}
              {officersOfDivision.map((officer) => (
                <label key={officer.id}>
                  <input
                    type="checkbox"
                    checked={officerIds.includes(officer.id)}
                    onChange={(event) => setOfficerIds(event.target.checked ? [...officerIds, officer.id] : officerIds.filter((id) => id !== officer.id))}
                  />
                  <span>
                    {officer.displayName}
                    {officer.position && <span className="muted"> · {officer.position}</span>}
                  </span>
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button button-primary" disabled={busy !== null}>
              {t.acknowledge}
            </button>
          </form>
        )}

        {(has('amendPlan') || has('requestCancel')) && (
          <div className="action-row">
            {has('amendPlan') && (
              <button type="button" className="button" disabled={busy !== null} onClick={() => setDialog('amendPlan')}>
                {t.amend}
              </button>
            )}
            {has('requestCancel') && (
              <button type="button" className="button button-danger" disabled={busy !== null} onClick={() => setDialog('requestCancel')}>
                {t.requestCancel}
              </button>
            )}
          </div>
        )}

        {has('reassign') && (
          <form
            className="action-row"
            onSubmit={(event) => {
              event.preventDefault();
              void run('reassign', { fromDivisionId, toDivisionId });
            }}
          >
            <Field label={t.from}>
              <select required value={fromDivisionId} onChange={(event) => setFrom(event.target.value)}>
                <option value="">{t.choose}</option>
                {assigned.map((id) => (
                  <option key={id} value={id}>
                    {nameOf(divisions, id) ?? id}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t.to} hint={otherDivisions.length === 0 ? t.noOtherDivision : undefined}>
              <select required value={toDivisionId} onChange={(event) => setTo(event.target.value)}>
                <option value="">{t.choose}</option>
                {otherDivisions.map((division) => (
                  <option key={division.id} value={division.id}>
                    {division.name}
                  </option>
                ))}
              </select>
            </Field>
            <button type="submit" className="button" disabled={busy !== null || otherDivisions.length === 0}>
              {t.reassign}
            </button>
          </form>
        )}
      </div>

      <CommentDialog
        open={dialog === 'returnPlan'}
        title={t.returnPlanTitle}
        label={t.returnPlanLabel}
        confirmLabel={t.returnPlan}
        busy={busy !== null}
        onConfirm={(comment) => void run('returnPlan', { comment })}
        onClose={() => setDialog(null)}
      />
      <CommentDialog
        open={dialog === 'rejectCancel'}
        title={t.rejectCancelTitle}
        label={t.rejectCancelLabel}
        confirmLabel={t.rejectCancel}
        required={false}
        busy={busy !== null}
        onConfirm={(comment) => void run('rejectCancel', comment ? { comment } : {})}
        onClose={() => setDialog(null)}
      />
      <CommentDialog
        open={dialog === 'amendPlan'}
        title={t.amendTitle}
        label={t.amendLabel}
        confirmLabel={t.amendConfirm}
        required={false}
        busy={busy !== null}
        onConfirm={(comment) => void run('amendPlan', comment ? { comment } : {})}
        onClose={() => setDialog(null)}
      />
      <CommentDialog
        open={dialog === 'requestCancel'}
        title={t.requestCancelTitle}
        label={t.requestCancelLabel}
        confirmLabel={t.requestCancel}
        busy={busy !== null}
        onConfirm={(reason) => void run('requestCancel', { reason })}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
