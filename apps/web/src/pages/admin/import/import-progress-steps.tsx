import { defineMessages, fill, useText } from '../../../i18n/language';

const text = defineMessages({
  th: { label: 'ขั้นตอนการนำเข้า', upload: 'เลือกไฟล์', preview: 'ตรวจสอบ', done: 'ยืนยันและสรุปผล', step: 'ขั้นที่ {no}' },
  en: { label: 'Import steps', upload: 'Choose the file', preview: 'Check', done: 'Confirm and summary', step: 'Step {no}' },
});

export type ImportStage = 'upload' | 'preview' | 'done';
const STAGES: ImportStage[] = ['upload', 'preview', 'done'];

/** Where the person is in the three steps of the import. */
export function ImportProgressSteps({ stage }: { stage: ImportStage }) {
  const t = useText(text);
  const at = STAGES.indexOf(stage);
  return (
    <ol className="import-stages" aria-label={t.label}>
      {STAGES.map((name, index) => (
        <li key={name} className={index === at ? 'import-stage-current' : index < at ? 'import-stage-past' : undefined} aria-current={index === at ? 'step' : undefined}>
          <span className="import-stage-no" aria-hidden="true">
            {index < at ? '✓' : index + 1}
          </span>
          <span>
            <span className="visually-hidden">{fill(t.step, { no: index + 1 })} </span>
            {t[name]}
          </span>
        </li>
      ))}
    </ol>
  );
}
