import '../../../styles/admin-editor.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, orgPath } from '../../../api/client';
import { ErrorNotice, Loading } from '../../../components/feedback';
import { defineMessages, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { refreshEverywhere } from '../shared/admin-data';
import { useFiscalYears } from '../../../api/organization-data';
import type { ImportBatch, ImportResult } from './import-preview';
import { ImportPreviewStep } from './import-preview-step';
import { ImportProgressSteps } from './import-progress-steps';
import { ImportSummary } from './import-summary';
import { ImportUploadForm } from './import-upload-form';

const text = defineMessages({
  th: {
    heading: 'นำเข้าแผนหรือรายงานเดิม',
    intro: 'นำมาตรการจากแผนหรือรายงานที่เคยจัดทำ (ไฟล์ CSV, Excel, Word หรือข้อความจาก PDF) เข้ามาเป็นร่าง โดยไม่ต้องพิมพ์ใหม่',
    restart: 'เริ่มใหม่',
  },
  en: {
    heading: 'Import an existing plan or report',
    intro: 'Bring the measures of a plan or report you already have (CSV, Excel, Word, or text from a PDF) in as drafts, without typing them again.',
    restart: 'Start again',
  },
});

const batchKey = (org: string, id: string | null) => ['admin', 'import', org, id] as const;

/** The import wizard: upload → preview with every problem marked → confirm → summary. */
export function AdminImport() {
  // A system administrator may switch organisation: a wizard half-way through belongs to the other one.
  return <ImportWizard key={useSignedIn().organization.code} />;
}

function ImportWizard() {
  const t = useText(text);
  const { organization } = useSignedIn();
  const org = organization.code;
  const queries = useQueryClient();
  const [params, setParams] = useSearchParams();
  const batchId = params.get('import');
  const [result, setResult] = useState<ImportResult | null>(null);
  const years = useFiscalYears(org);

  // The batch id sits in the address, so a reload or a shared link comes back to the same preview.
  const batch = useQuery({
    queryKey: batchKey(org, batchId),
    queryFn: () => api<ImportBatch>('GET', `${orgPath(org)}/imports/${encodeURIComponent(batchId ?? '')}`),
    enabled: batchId !== null && result === null,
    staleTime: Infinity,
  });

  const goTo = (id: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id === null) next.delete('import');
      else next.set('import', id);
      return next;
    });
  const restart = () => {
    setResult(null);
    goTo(null);
  };

  const stage = result ? 'done' : batchId ? 'preview' : 'upload';
  return (
    <div className="admin-editor">
      <h2>{t.heading}</h2>
      <p className="page-subtitle">{t.intro}</p>
      <ImportProgressSteps stage={stage} />

      {stage === 'upload' && (
        <ImportUploadForm
          org={org}
          years={(years.data ?? []).map((year) => year.yearBe)}
          onPreview={(uploaded) => {
            queries.setQueryData(batchKey(org, uploaded.id), uploaded);
            goTo(uploaded.id);
          }}
        />
      )}
      {stage === 'preview' && batch.isLoading && <Loading />}
      {stage === 'preview' && batch.error && (
        <>
          <ErrorNotice error={batch.error} onRetry={() => batch.refetch()} />
          <button type="button" className="button" onClick={restart}>
            {t.restart}
          </button>
        </>
      )}
      {stage === 'preview' && batch.data && (
        <ImportPreviewStep
          key={batch.data.id}
          org={org}
          organizationName={organization.name}
          batch={batch.data}
          onConfirmed={(written) => {
            setResult(written);
            queries.setQueryData(batchKey(org, batch.data.id), { ...batch.data, status: 'confirmed' });
            void refreshEverywhere(queries, 'measures', 'measure-area', 'fiscal-years', 'divisions', 'inbox', 'dashboard');
          }}
          onRestart={restart}
        />
      )}
      {stage === 'done' && result && <ImportSummary result={result} onAnother={restart} />}
    </div>
  );
}
