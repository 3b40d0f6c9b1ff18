import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, orgPath } from '../../api/client';
import { usePeople } from '../../api/organization-data';
import { Loading, SuccessNotice } from '../../components/feedback';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { useOnBehalf } from '../../session/session';
import { ExecutiveDecision } from './executive-decision';
import { ReportFiles } from './report-files';
import { ReportPreview } from './report-preview';
import { ROUND_REPORT_BADGE, ROUND_REPORT_STATUS, roundReportTitle } from './round-report-labels';
import { isReady, type RoundReport } from './round-reports';

const text = defineMessages({
  th: {
    version: 'ฉบับที่ {version}',
    compiledAt: 'จัดทำเมื่อ',
    publishedAt: 'ลงนามเผยแพร่เมื่อ',
    returnedAt: 'ส่งกลับเมื่อ',
    signedBy: 'ผู้ลงนาม',
    returnedBy: 'ผู้ส่งกลับ',
    standingInFor: '{name} ปฏิบัติหน้าที่แทน {absent}',
    missing: 'มาตรการที่ยังไม่มีผลการดำเนินการในรอบนี้',
    noneMissing: 'ครบทุกมาตรการ',
    measureNos: 'มาตรการที่ {list}',
    executiveComment: 'ความเห็นของผู้บริหาร',
    compiling: 'กำลังรวบรวมผลการดำเนินการและจัดทำไฟล์รายงาน…',
    waiting: 'รอผู้บริหารลงนาม เมื่อลงนามแล้วรายงานจะเผยแพร่ต่อสาธารณะโดยอัตโนมัติ',
    published: 'เผยแพร่ต่อสาธารณะแล้ว',
    publicPage: 'ดูที่หน้าเผยแพร่ต่อสาธารณะ',
    returnedNext: 'ผู้ประสานงานแก้ไขผลการดำเนินการของมาตรการที่เกี่ยวข้อง แล้วจัดทำรายงานรอบนี้ใหม่เป็นฉบับถัดไป',
    signedOff: 'ลงนามแล้ว รายงานฉบับนี้เผยแพร่ต่อสาธารณะแล้ว',
    returned: 'ส่งรายงานกลับให้ผู้ประสานงานแล้ว',
  },
  en: {
    version: 'Version {version}',
    compiledAt: 'Compiled',
    publishedAt: 'Signed off and published',
    returnedAt: 'Returned',
    signedBy: 'Signed off by',
    returnedBy: 'Returned by',
    standingInFor: '{name}, standing in for {absent}',
    missing: 'Measures with no results for this round',
    noneMissing: 'none: every measure reported',
    measureNos: 'no. {list}',
    executiveComment: 'Executive’s comment',
    compiling: 'Gathering the measures’ results and writing the report files…',
    waiting: 'Waiting for the executive’s sign-off; once signed off, the report is published automatically.',
    published: 'Published',
    publicPage: 'see the public page',
    returnedNext: 'The coordinator corrects the measures’ results concerned, then compiles this round again as the next version.',
    signedOff: 'Signed off: this version is now public.',
    returned: 'The report was returned to the coordinator.',
  },
});

/** One version of a round report: its state, files, preview and, for the executive, the sign-off. */
export function RoundReportCard({ report, orgCode, isExecutive, highlighted }: { report: RoundReport; orgCode: string; isExecutive: boolean; highlighted?: boolean }) {
  const t = useText(text);
  const { language } = useLanguage();
  const queries = useQueryClient();
  const onBehalf = useOnBehalf();
  const people = usePeople(orgCode, { enabled: report.decidedByPersonId !== null });
  const nameOf = (id: string | null) => people.data?.find((person) => person.id === id)?.displayName ?? null;
  const decidedBy = nameOf(report.decidedByPersonId);
  const absent = nameOf(report.decidedOnBehalfOfPersonId);
  const decide = useMutation({
    mutationFn: ({ decision, comment }: { decision: 'sign-off' | 'return'; comment: string }) =>
      api<RoundReport>('POST', `${orgPath(orgCode)}/reports/${report.id}/${decision}`, onBehalf(comment === '' ? {} : { comment })),
    onSuccess: (updated) => {
      queries.setQueryData(['round-report', orgCode, updated.id], updated);
      return queries.invalidateQueries({ queryKey: ['round-reports', orgCode] });
    },
  });
  const title = roundReportTitle(report.round, report.fiscalYearBe, language);
  const headingId = `report-${report.id}-title`;
  const html = report.files.find((file) => file.format === 'html');

  return (
    <article id={`report-${report.id}`} className={highlighted ? 'round-report round-report-highlighted' : 'round-report'} aria-labelledby={headingId}>
      <header className="round-report-header">
        <h4 id={headingId}>{fill(t.version, { version: report.version })}</h4>
        <span className={`badge ${ROUND_REPORT_BADGE[report.status]}`}>{ROUND_REPORT_STATUS[language][report.status]}</span>
      </header>
      <dl className="round-report-facts">
        <div>
          <dt>{t.compiledAt}</dt>
          <dd>{formatDateTime(report.createdAt, language)}</dd>
        </div>
        {report.decidedAt && (
          <div>
            <dt>{report.status === 'published' ? t.publishedAt : t.returnedAt}</dt>
            <dd>{formatDateTime(report.decidedAt, language)}</dd>
          </div>
        )}
        {decidedBy && (
          <div>
            <dt>{report.status === 'published' ? t.signedBy : t.returnedBy}</dt>
            <dd>{absent ? fill(t.standingInFor, { name: decidedBy, absent }) : decidedBy}</dd>
          </div>
        )}
        {report.status !== 'compiling' && (
          <div>
            <dt>{t.missing}</dt>
            <dd>{report.missingMeasures.length === 0 ? t.noneMissing : fill(t.measureNos, { list: report.missingMeasures.join(', ') })}</dd>
          </div>
        )}
      </dl>
      {report.comment && (
        <div className="comment">
          <strong>{t.executiveComment}:</strong> {report.comment}
        </div>
      )}
      {decide.isSuccess && <SuccessNotice>{decide.variables?.decision === 'sign-off' ? t.signedOff : t.returned}</SuccessNotice>}
      {!isReady(report) ? (
        <Loading label={t.compiling} />
      ) : (
        <>
          <ReportFiles files={report.files} />
          <ReportPreview file={html} title={title} />
        </>
      )}
      {report.status === 'awaiting_sign_off' && isReady(report) && (isExecutive ? (
        <ExecutiveDecision busy={decide.isPending} error={decide.error} onDecide={(decision, comment) => decide.mutate({ decision, comment })} />
      ) : (
        <p className="round-report-next">{t.waiting}</p>
      ))}
      {report.status === 'returned' && <p className="round-report-next">{t.returnedNext}</p>}
      {report.status === 'published' && (
        <p className="round-report-next">
          {t.published}: <Link to={`/public/${encodeURIComponent(orgCode)}`}>{t.publicPage}</Link>
        </p>
      )}
    </article>
  );
}
