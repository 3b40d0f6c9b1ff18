import { useState } from 'react';
import { CommentDialog } from '../../components/comment-dialog';
import { ErrorNotice } from '../../components/feedback';
import { defineMessages, useText } from '../../i18n/language';

const text = defineMessages({
  th: {
    heading: 'การลงนามของผู้บริหาร',
    explain: 'อ่านตัวอย่างหรือดาวน์โหลดไฟล์ด้านบนก่อน เมื่อลงนามแล้ว รายงานจะเผยแพร่ต่อสาธารณะทันทีและแก้ไขไม่ได้ หากต้องแก้ไขภายหลังต้องจัดทำฉบับใหม่',
    signOff: 'ลงนามและเผยแพร่',
    return: 'ส่งกลับให้แก้ไข',
    signOffTitle: 'ลงนามรับรองและเผยแพร่รายงาน',
    signOffLabel: 'ความเห็นของผู้บริหาร (ถ้ามี)',
    signOffConfirm: 'ยืนยันลงนามและเผยแพร่',
    returnTitle: 'ส่งรายงานกลับให้ผู้ประสานงานแก้ไข',
    returnLabel: 'สิ่งที่ต้องแก้ไข',
    returnConfirm: 'ส่งกลับพร้อมความเห็น',
  },
  en: {
    heading: 'Executive sign-off',
    explain: 'Read the preview or the files above first. Once signed off, the report is published at once and never changes: a later correction is a new version.',
    signOff: 'Sign off and publish',
    return: 'Return for changes',
    signOffTitle: 'Sign off and publish the report',
    signOffLabel: 'Executive’s comment (optional)',
    signOffConfirm: 'Confirm: sign off and publish',
    returnTitle: 'Return the report to the coordinator',
    returnLabel: 'What needs to change',
    returnConfirm: 'Return with comment',
  },
});

/** The executive's two answers to a version waiting for them, each confirmed in a dialog. */
export function ExecutiveDecision({ busy, error, onDecide }: { busy: boolean; error: unknown; onDecide(decision: 'sign-off' | 'return', comment: string): void }) {
  const t = useText(text);
  const [asking, setAsking] = useState<'sign-off' | 'return' | null>(null);
  return (
    <div className="executive-decision">
      <h5>{t.heading}</h5>
      <p>{t.explain}</p>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => setAsking('sign-off')}>
          {t.signOff}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => setAsking('return')}>
          {t.return}
        </button>
      </div>
      <CommentDialog
        open={asking === 'sign-off'}
        title={t.signOffTitle}
        label={t.signOffLabel}
        confirmLabel={t.signOffConfirm}
        required={false}
        busy={busy}
        onConfirm={(comment) => {
          setAsking(null);
          onDecide('sign-off', comment);
        }}
        onClose={() => setAsking(null)}
      />
      <CommentDialog
        open={asking === 'return'}
        title={t.returnTitle}
        label={t.returnLabel}
        confirmLabel={t.returnConfirm}
        busy={busy}
        onConfirm={(comment) => {
          setAsking(null);
          onDecide('return', comment);
        }}
        onClose={() => setAsking(null)}
      />
    </div>
  );
}
