import { defineMessages, useLanguage, useText } from '../../../i18n/language';
import { messageIn, type ImportColumn, type ImportWarning } from './import-preview';

const text = defineMessages({
  th: {
    check: 'ตรวจ:',
    fix: 'วิธีแก้:',
    title: 'ตรวจว่าแยกหรือรวมมาตรการถูกต้อง หากไม่ถูก แก้ตารางในไฟล์แล้วอัปโหลดใหม่',
    steps: 'ตรวจการแบ่งขั้นตอน แก้ไขได้ที่แท็บมาตรการหลังนำเข้า',
    owners: 'เลือกผู้รับผิดชอบที่แท็บมาตรการหลังนำเข้า หรือเพิ่มกองนี้ที่แท็บ กอง/หน่วยงาน แล้วอัปโหลดใหม่',
    period: 'ตรวจปีงบประมาณที่เลือก ระยะเวลาที่อยู่นอกปีจะไม่ถูกนำเข้า กำหนดใหม่ได้ที่แท็บมาตรการหลังนำเข้า',
    indicator: 'เลือกตัวชี้วัดได้ที่แท็บมาตรการหลังนำเข้า (ไม่บังคับ)',
    summary: 'หากต้องการนำเข้าสรุปผล แก้ช่องนี้ในไฟล์แล้วอัปโหลดใหม่',
    outcome: 'หากต้องการนำเข้าผลลัพธ์ แก้ช่องนี้ในไฟล์แล้วอัปโหลดใหม่',
    header: 'ตรวจหัวเอกสาร หากปีงบประมาณไม่ถูกต้อง กด "เลือกไฟล์ใหม่" แล้วเลือกปีให้ถูกก่อนอัปโหลด',
  },
  en: {
    check: 'Check:',
    fix: 'To fix:',
    title: 'Check the measures are split or joined correctly; if not, correct the table in the file and upload it again.',
    steps: 'Check how the steps are split; change them under Measures after importing.',
    owners: 'Choose the owners under Measures after importing, or add this division under Divisions and upload again.',
    period: 'Check the fiscal year chosen; a period outside it is left out. Set it under Measures after importing.',
    indicator: 'Choose the indicator under Measures after importing (optional).',
    summary: 'To import the summary, correct this cell in the file and upload again.',
    outcome: 'To import the outcome, correct this cell in the file and upload again.',
    header: 'Check the document’s heading; if the fiscal year is wrong, press "Choose another file" and pick the right year first.',
  },
});

/** Problems the importer found, each with what to do about it. */
export function ProblemList({ problems }: { problems: ImportWarning[] }) {
  const t = useText(text);
  const { language } = useLanguage();
  const columns = [...new Set(problems.map((problem) => problem.column))];
  return (
    <ul className="import-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t.check} </span>
          {messageIn(problem.message, language)}
        </li>
      ))}
      {columns.map((column: ImportColumn) => (
        <li key={`fix-${column}`} className="import-fix">
          <strong>{t.fix}</strong> {t[column]}
        </li>
      ))}
    </ul>
  );
}
