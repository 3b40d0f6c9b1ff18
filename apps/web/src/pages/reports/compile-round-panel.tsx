import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, orgPath } from '../../api/client';
import { ErrorNotice, SuccessNotice } from '../../components/feedback';
import { Field } from '../../components/field';
import { periodLabel, todayInBangkok } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import type { FiscalYear } from '../../api/types';
import { isReady, pendingVersionOf, roundsOf, suggestedRound, type RoundKey, type RoundReport } from './round-reports';

const text = defineMessages({
  th: {
    heading: 'จัดทำรายงานประจำรอบ',
    explain:
      'ระบบรวบรวมสรุปผลการดำเนินการและผลลัพธ์ของทุกมาตรการในรอบที่เลือก (ที่ส่งแล้วหรือผ่านการตรวจแล้ว) จัดทำเป็นไฟล์ PDF, Word, Excel, หน้าเว็บ, CSV และ JSON แล้วแจ้งผู้บริหารทางอีเมลให้ลงนาม',
    round: 'รอบรายงาน',
    roundHint: 'หากจัดทำรอบเดิมซ้ำ ระบบจะเก็บเป็นฉบับใหม่ ฉบับเดิมยังคงอยู่',
    compile: 'จัดทำรายงาน',
    pending: '{round} มีฉบับที่ {version} รอผู้บริหารลงนามอยู่ จัดทำฉบับใหม่ได้หลังผู้บริหารลงนามหรือส่งกลับ',
    archived: 'ปีงบประมาณนี้เป็นข้อมูลเก็บถาวร จัดทำรายงานใหม่ไม่ได้',
    working: 'กำลังจัดทำ {round} ฉบับที่ {version}: รวบรวมผลการดำเนินการและสร้างไฟล์รายงาน ผ่านไป {seconds} วินาที',
    slow: 'ใช้เวลานานกว่าปกติ ระบบยังทำงานอยู่ รอต่ออีกสักครู่ หากเกิน ๕ นาที แจ้งผู้ดูแลระบบ',
    done: '{round} ฉบับที่ {version} จัดทำเสร็จแล้ว และส่งให้ผู้บริหารลงนามแล้ว ตรวจไฟล์ได้ในรายการด้านล่าง',
  },
  en: {
    heading: 'Compile a round report',
    explain:
      'Gathers the results and outcomes of every measure for the round chosen (those submitted or accepted), writes the report as PDF, Word, Excel, web page, CSV and JSON, and asks the executive by mail to sign it off.',
    round: 'Round',
    roundHint: 'Compiling a round again keeps the earlier version and adds a new one.',
    compile: 'Compile the report',
    pending: '{round} has version {version} waiting for the executive: a new version can be compiled once it is signed off or returned.',
    archived: 'This fiscal year is an archive: no new report can be compiled.',
    working: 'Compiling {round}, version {version}: gathering the results and writing the files — {seconds} s so far',
    slow: 'This takes longer than usual; the system is still working. If it takes more than 5 minutes, tell the administrator.',
    done: '{round}, version {version} is ready and was sent to the executive for sign-off: check its files in the list below.',
  },
});

/** The coordinator compiles a round; the progress shows until every file of the new version is written. */
export function CompileRoundPanel({ orgCode, year, reports }: { orgCode: string; year: FiscalYear; reports: RoundReport[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  const queries = useQueryClient();
  const rounds = roundsOf(year.cadence);
  const [round, setRound] = useState<RoundKey>(() => suggestedRound(year.yearBe, year.cadence, todayInBangkok()));
  const [compilingId, setCompilingId] = useState<string | null>(null);

  const compile = useMutation({
    mutationFn: () => api<RoundReport>('POST', `${orgPath(orgCode)}/fiscal-years/${year.yearBe}/reports/${round}`),
    onSuccess: (report) => {
      queries.setQueryData(['round-report', orgCode, report.id], report);
      setCompilingId(report.id);
      return queries.invalidateQueries({ queryKey: ['round-reports', orgCode, year.yearBe] });
    },
  });
  const pending = pendingVersionOf(reports, round);
  const blocked = year.archived || pending !== undefined;

  return (
    <section className="panel compile-panel" aria-labelledby="compile-heading">
      <h2 id="compile-heading">{t.heading}</h2>
      <p className="compile-explain">{t.explain}</p>
      <form
        className="compile-form"
        onSubmit={(event) => {
          event.preventDefault();
          setCompilingId(null);
          compile.mutate();
        }}
      >
        <Field label={t.round} hint={t.roundHint}>
          <select value={round} onChange={(event) => setRound(event.target.value as RoundKey)} disabled={year.archived}>
            {rounds.map((key) => (
              <option key={key} value={key}>
                {periodLabel(key, language)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button button-primary" disabled={blocked || compile.isPending}>
          {t.compile}
        </button>
      </form>
      {year.archived && <p className="notice notice-info">{t.archived}</p>}
      {!year.archived && pending && pending.id !== compilingId && (
        <p className="notice notice-info">{fill(t.pending, { round: periodLabel(pending.round, language), version: pending.version })}</p>
      )}
      <ErrorNotice error={compile.error} />
      {compilingId && <CompileProgress orgCode={orgCode} reportId={compilingId} />}
    </section>
  );
}

/** Asks for the new version every second until its files are there (compiling takes a few seconds). */
function CompileProgress({ orgCode, reportId }: { orgCode: string; reportId: string }) {
  const t = useText(text);
  const { language } = useLanguage();
  const queries = useQueryClient();
  const [seconds, setSeconds] = useState(0);
  const report = useQuery({
    queryKey: ['round-report', orgCode, reportId],
    queryFn: () => api<RoundReport>('GET', `${orgPath(orgCode)}/reports/${reportId}`),
    refetchInterval: (query) => (query.state.data && isReady(query.state.data) ? false : 1000),
    staleTime: 0,
  });
  const ready = report.data !== undefined && isReady(report.data);

  useEffect(() => {
    if (ready) {
      void queries.invalidateQueries({ queryKey: ['round-reports', orgCode] });
      return;
    }
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.round((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [ready, orgCode, queries]);

  if (!report.data) return <ErrorNotice error={report.error} onRetry={() => report.refetch()} />;
  const names = { round: periodLabel(report.data.round, language), version: report.data.version };
  if (ready) return <SuccessNotice>{fill(t.done, names)}</SuccessNotice>;
  return (
    <div className="compile-progress" role="status" aria-live="polite">
      <p>
        <span className="spinner" aria-hidden="true" /> {fill(t.working, { ...names, seconds })}
      </p>
      <div className="progress progress-indeterminate" aria-hidden="true">
        <span />
      </div>
      {seconds >= 60 && <p>{t.slow}</p>}
      {report.error ? <ErrorNotice error={report.error} onRetry={() => report.refetch()} /> : null}
    </div>
  );
}
