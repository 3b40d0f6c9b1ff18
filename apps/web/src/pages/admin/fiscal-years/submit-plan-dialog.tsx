import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../../api/client';
import type { Lifecycle, Measure, Page } from '../../../api/types';
import { Loading } from '../../../components/feedback';
import { fiscalYearLabel } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { refreshEverywhere } from '../shared/admin-data';
import { ConfirmDialog } from '../shared/confirm-dialog';

const text = defineMessages({
  th: {
    title: 'เสนอแผนให้ผู้บริหารเห็นชอบ',
    counting: 'กำลังนับมาตรการที่เป็นร่าง…',
    some: 'มาตรการที่เป็นร่างของ{year} จำนวน {count} มาตรการ จะถูกส่งให้ผู้บริหารพิจารณาเห็นชอบ',
    after: 'ผู้บริหารจะเห็นงาน "เห็นชอบมาตรการ" ในงานของตน เมื่อเห็นชอบแล้ว กองที่รับผิดชอบจะได้รับมอบหมาย',
    none: '{year} ยังไม่มีมาตรการที่เป็นร่าง เพิ่มมาตรการที่แท็บ "มาตรการ" หรือ "นำเข้าแผน" ก่อน',
    confirm: 'ยืนยันเสนอแผน',
    sending: 'กำลังส่งมาตรการให้ผู้บริหาร… อาจใช้เวลาสักครู่',
  },
  en: {
    title: 'Submit the plan for the executive’s approval',
    counting: 'Counting the draft measures…',
    some: '{count} draft measures of {year} will go to the executive for approval.',
    after: 'The executive sees “approve the measure” among their tasks; once approved, the owning divisions are assigned.',
    none: '{year} has no draft measures yet: add them on the “Measures” or “Import a plan” tab first.',
    confirm: 'Submit the plan',
    sending: 'Sending the measures to the executive… this may take a moment',
  },
});

/** Asks before submitting the year's draft measures, saying how many go; reports how many went. */
export function SubmitPlanDialog({ yearBe, onClose, onSubmitted }: { yearBe: number | null; onClose(): void; onSubmitted(count: number, yearBe: number): void }) {
  const t = useText(text);
  const { language } = useLanguage();
  const { organization } = useSignedIn();
  const queries = useQueryClient();
  const org = orgPath(organization.code);

  const drafts = useQuery({
    queryKey: ['admin', 'draft-measures', organization.code, yearBe],
    queryFn: () => api<Page<Measure>>('GET', `${org}/measures?fiscalYear=${yearBe}&status=draft&pageSize=1`),
    enabled: yearBe !== null,
    staleTime: 0,
  });

  const submit = useMutation({
    mutationFn: (year: number) => api<Lifecycle[]>('POST', `${org}/fiscal-years/${year}/plan/submit`),
    onSuccess: async (sent, year) => {
      onSubmitted(sent.length, year);
      await refreshEverywhere(queries, 'measures', 'lifecycles', 'inbox', 'draft-measures');
    },
  });

  const count = drafts.data?.total ?? 0;
  const year = yearBe === null ? '' : fiscalYearLabel(yearBe, language);
  return (
    <ConfirmDialog
      open={yearBe !== null}
      title={t.title}
      confirmLabel={t.confirm}
      busy={submit.isPending}
      busyLabel={t.sending}
      disabled={!drafts.isSuccess || count === 0}
      error={submit.error ?? drafts.error}
      onConfirm={() => yearBe !== null && submit.mutate(yearBe)}
      onClose={() => {
        submit.reset();
        onClose();
      }}
    >
      {drafts.isLoading && <Loading label={t.counting} />}
      {drafts.isSuccess && count > 0 && (
        <>
          <p className="admin-emphasis">{fill(t.some, { count, year })}</p>
          <p>{t.after}</p>
        </>
      )}
      {drafts.isSuccess && count === 0 && <p>{fill(t.none, { year })}</p>}
    </ConfirmDialog>
  );
}
