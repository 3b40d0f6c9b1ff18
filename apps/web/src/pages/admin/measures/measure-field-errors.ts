import { ApiError } from '../../../api/client';
import { formatDate } from '../../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../../i18n/language';
import { LIMITS, yearBounds, type DraftProblem } from './measure-draft';

const text = defineMessages({
  th: {
    required: 'กรุณากรอกช่องนี้',
    tooLong: 'ข้อความยาวเกิน {max} ตัวอักษร กรุณาย่อให้สั้นลง',
    noRange: 'ลำดับที่ต้องเป็นจำนวนเต็ม 1–{max} หรือเว้นว่างไว้ให้ระบบกำหนดต่อจากลำดับสุดท้าย',
    itemCode: 'รหัสข้อต้องขึ้นต้นด้วย O, e หรือ i ตามด้วยตัวเลข เช่น O1, O42 และคั่นแต่ละข้อด้วยจุลภาค',
    tooManyItems: 'ระบุข้อ OIT ได้ไม่เกิน {max} ข้อ',
    ownersRequired: 'เลือกหน่วยงานผู้รับผิดชอบอย่างน้อยหนึ่งกอง หรือเลือก "ทุกกอง"',
    stepText: 'เขียนรายละเอียดขั้นตอนนี้ หรือกดปุ่ม "ลบ" หากไม่ใช้',
    tooManySteps: 'มีขั้นตอนได้ไม่เกิน {max} ขั้นตอน',
    periodBoth: 'ระบุทั้งวันเริ่มและวันสิ้นสุด หรือเว้นว่างทั้งสองช่อง',
    periodOrder: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม',
    outsideYear: 'วันที่ต้องอยู่ในปีงบประมาณ {year} ({start} – {end})',
    monthsRequired: 'เลือกเดือนที่รายงานอย่างน้อยหนึ่งเดือน',
    daysRange: 'จำนวนวันต้องเป็นจำนวนเต็ม 1–365',
  },
  en: {
    required: 'Please fill this in.',
    tooLong: 'Longer than {max} characters: please shorten it.',
    noRange: 'The number must be a whole number 1–{max}, or leave it blank to follow the last one.',
    itemCode: 'An item code is O, e or i and a number, such as O1, O42; separate them with commas.',
    tooManyItems: 'At most {max} OIT items.',
    ownersRequired: 'Choose at least one owning division, or "all divisions".',
    stepText: 'Describe this step, or press "Remove" if it is not needed.',
    tooManySteps: 'At most {max} steps.',
    periodBoth: 'Give both the first and the last day, or leave both blank.',
    periodOrder: 'The last day cannot be before the first.',
    outsideYear: 'The date must fall in fiscal year {year} ({start} – {end}).',
    monthsRequired: 'Choose at least one reporting month.',
    daysRange: 'The number of days must be a whole number 1–365.',
  },
});

/** The longest text a field takes, by the API's field name. */
function limitOf(field: string): number {
  if (field === 'title') return LIMITS.title;
  if (field === 'periodText') return LIMITS.periodText;
  if (/^steps\.\d+\.text$/.test(field)) return LIMITS.stepText;
  return LIMITS.longText;
}

/** Fields whose list entries ("itemCodes.2") are shown on the list's one control. */
const LIST_FIELDS = ['itemCodes', 'ownerDivisionIds'];

/**
 * The message to show next to a field: the form's own check first, then what the API answered
 * about that field (named as the API names it: "title", "steps.0.text" …).
 */
export function useFieldErrors(problems: Record<string, DraftProblem>, apiError: unknown, fiscalYearBe: number): (field: string) => string | undefined {
  const t = useText(text);
  const { language } = useLanguage();
  const bounds = yearBounds(fiscalYearBe);
  return (field: string) => {
    const problem = problems[field];
    if (problem) {
      return fill(t[problem], {
        max: problem === 'tooManyItems' ? LIMITS.itemCodes : problem === 'tooManySteps' ? LIMITS.steps : problem === 'noRange' ? LIMITS.no : limitOf(field),
        year: fiscalYearBe,
        start: formatDate(bounds.start, language),
        end: formatDate(bounds.end, language),
      });
    }
    if (!(apiError instanceof ApiError)) return undefined;
    const answer = apiError.errors.find(
      (item) => item.field === field || (LIST_FIELDS.includes(field) && item.field.startsWith(`${field}.`)),
    );
    // The validator starts its message with the field's code name ("title: ต้องระบุ"); the label already says it.
    return answer && (language === 'th' ? answer.messageTh : answer.message).replace(/^[\w.]+:\s*/, '');
  };
}
