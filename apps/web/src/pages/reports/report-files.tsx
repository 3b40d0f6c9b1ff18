import { defineMessages, useLanguage, useText } from '../../i18n/language';
import { formatLabel } from './round-report-labels';
import { formatSize, sortedFiles, type RoundReportFile } from './round-reports';

const text = defineMessages({
  th: { download: 'ดาวน์โหลดไฟล์รายงาน', checksum: 'ค่าตรวจสอบความถูกต้องของไฟล์ (SHA-256)', checksumHint: 'ใช้ยืนยันว่าไฟล์ที่ได้รับตรงกับฉบับที่เผยแพร่' },
  en: { download: 'Download the report', checksum: 'File checksums (SHA-256)', checksumHint: 'to confirm a file is the one published' },
});

/** The files of a report version as download links, with their size; the checksums on request. */
export function ReportFiles({ files, headingLevel = 5, showChecksums = false }: { files: RoundReportFile[]; headingLevel?: 3 | 4 | 5; showChecksums?: boolean }) {
  const t = useText(text);
  const { language } = useLanguage();
  const Heading = (`h${headingLevel}` as 'h3' | 'h4' | 'h5');
  const ordered = sortedFiles(files);
  return (
    <div className="report-files">
      <Heading className="report-files-title">{t.download}</Heading>
      <ul className="report-file-list">
        {ordered.map((file) => (
          <li key={file.fileName}>
            <a href={file.url} download={file.fileName} className="report-file">
              <span className="report-file-format">{formatLabel(file.format, language)}</span>
              <span className="report-file-size">{formatSize(file.sizeBytes, language)}</span>
            </a>
          </li>
        ))}
      </ul>
      {showChecksums && (
        <details className="report-checksums">
          <summary>{t.checksum}</summary>
          <p className="field-hint">{t.checksumHint}</p>
          <dl>
            {ordered.map((file) => (
              <div key={file.fileName}>
                <dt>{file.fileName}</dt>
                <dd>
                  <code>{file.sha256}</code>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
