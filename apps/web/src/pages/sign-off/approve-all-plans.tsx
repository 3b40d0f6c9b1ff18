import { useState, type FormEvent } from 'react';
import { api, orgPath } from '../../api/client';
import type { Lifecycle, Measure } from '../../api/types';
import { ErrorNotice, SuccessNotice } from '../../components/feedback';
import { Field } from '../../components/field';
import { todayInBangkok } from '../../i18n/format';
import { defineMessages, fill, useText } from '../../i18n/language';
import { useOnBehalf } from '../../session/session';
import { useRefreshAfterAction } from '../review/use-year-data';

const text = defineMessages({
  th: {
    approvedOn: 'วันที่เห็นชอบ',
    approvedOnHint: 'วันที่นี้จะปรากฏในรายงาน (“ได้เห็นชอบมาตรการ … เมื่อวันที่ …”)',
    approveAll: 'เห็นชอบทั้งหมด {n} มาตรการ',
    working: 'กำลังเห็นชอบ {done} จาก {n} มาตรการ…',
    done: 'เห็นชอบแล้ว {n} มาตรการ',
    failed: 'มาตรการที่ {no} ยังไม่ได้เห็นชอบ',
  },
  en: {
    approvedOn: 'Approved on',
    approvedOnHint: 'This date appears in the report (“approved the measures on …”).',
    approveAll: 'Approve all {n} measures',
    working: 'Approving {done} of {n} measures…',
    done: '{n} measures approved',
    failed: 'Measure {no} is not approved yet',
  },
});

/** The executive approves the whole plan at once (เห็นชอบทั้งแผน), with the date the report will quote. */
export function ApproveAllPlans({ org, measures, onStart }: { org: string; measures: Measure[]; onStart(): void }) {
  const t = useText(text);
  const refresh = useRefreshAfterAction();
  const onBehalf = useOnBehalf();
  const [approvedOn, setApprovedOn] = useState(todayInBangkok);
  const [progress, setProgress] = useState<{ done: number; total: number; running: boolean } | null>(null);
  const [failures, setFailures] = useState<{ measure: Measure; error: unknown }[]>([]);

  const approveAll = async (event: FormEvent) => {
    event.preventDefault();
    const total = measures.length;
    const failed: { measure: Measure; error: unknown }[] = [];
    onStart();
    setFailures([]);
    setProgress({ done: 0, total, running: true });
    for (const [index, measure] of measures.entries()) {
      try {
        await api<Lifecycle>('POST', `${orgPath(org)}/measures/${measure.id}/lifecycle/approvePlan`, onBehalf({ approvedOn }));
      } catch (error) {
        failed.push({ measure, error });
      }
      setProgress({ done: index + 1, total, running: true });
    }
    setFailures(failed);
    setProgress({ done: total - failed.length, total, running: false });
    await refresh();
  };

  return (
    <form className="queue-approve-all" onSubmit={approveAll}>
      {measures.length > 0 && (
        <>
          <Field label={t.approvedOn} hint={t.approvedOnHint}>
            <input type="date" required value={approvedOn} onChange={(event) => setApprovedOn(event.target.value)} />
          </Field>
          <button type="submit" className="button button-primary" disabled={progress?.running}>
            {fill(t.approveAll, { n: measures.length })}
          </button>
        </>
      )}
      <div role="status" aria-live="polite">
        {progress?.running && <p>{fill(t.working, { done: progress.done, n: progress.total })}</p>}
        {progress && !progress.running && progress.done > 0 && <SuccessNotice>{fill(t.done, { n: progress.done })}</SuccessNotice>}
      </div>
      {failures.map(({ measure, error }) => (
        <div key={measure.id}>
          <p className="field-error">{fill(t.failed, { no: measure.no })}</p>
          <ErrorNotice error={error} />
        </div>
      ))}
    </form>
  );
}
