/** Why the lifecycle refused a command, for the person who tried: Thai first, English too. */
export interface LifecycleRejectionReason {
  code: LifecycleRejectionCode;
  th: string;
  en: string;
}

/** Every reason a lifecycle command can be refused. */
export enum LifecycleRejectionCode {
  Finished = 'finished',
  NotAllowedForRole = 'not_allowed_for_role',
  SystemOnly = 'system_only',
  WrongStatus = 'wrong_status',
  UnknownPeriod = 'unknown_period',
  PeriodNotOpen = 'period_not_open',
  AlreadySubmitted = 'already_submitted',
  AlreadySignedOff = 'already_signed_off',
  ReportNotSubmitted = 'report_not_submitted',
  ReportNotAccepted = 'report_not_accepted',
  NotSignedOff = 'not_signed_off',
  NotOwnerDivision = 'not_owner_division',
  UnknownDivision = 'unknown_division',
  AlreadyOwner = 'already_owner',
  CancelPending = 'cancel_pending',
  NoCancelPending = 'no_cancel_pending',
  MissingText = 'missing_text',
  InvalidContent = 'invalid_content',
  InvalidDate = 'invalid_date',
  AlreadyOpen = 'already_open',
}

const MESSAGES: Record<LifecycleRejectionCode, { th: string; en: string }> = {
  [LifecycleRejectionCode.Finished]: { th: 'มาตรการนี้สิ้นสุดแล้ว ไม่สามารถดำเนินการได้', en: 'This measure has ended; nothing more can be done.' },
  [LifecycleRejectionCode.NotAllowedForRole]: { th: 'บทบาทของท่านไม่มีสิทธิ์ดำเนินการนี้', en: 'Your role may not do this.' },
  [LifecycleRejectionCode.SystemOnly]: { th: 'ขั้นตอนนี้ระบบดำเนินการเองตามกำหนดเวลา', en: 'Only the system does this, on schedule.' },
  [LifecycleRejectionCode.WrongStatus]: { th: 'ทำไม่ได้ในขั้นตอนปัจจุบันของมาตรการ', en: 'Not possible at the current stage of the measure.' },
  [LifecycleRejectionCode.UnknownPeriod]: { th: 'ไม่พบรอบการรายงานนี้ในปีงบประมาณ', en: 'There is no such report period in this fiscal year.' },
  [LifecycleRejectionCode.PeriodNotOpen]: { th: 'ยังไม่ถึงรอบการรายงานนี้', en: 'This report period has not opened yet.' },
  [LifecycleRejectionCode.AlreadySubmitted]: { th: 'ส่งรายงานรอบนี้แล้ว อยู่ระหว่างการตรวจสอบ', en: 'This report was already submitted and is under review.' },
  [LifecycleRejectionCode.AlreadySignedOff]: { th: 'รายงานรอบนี้ผู้บริหารลงนามแล้ว แก้ไขได้โดยขอแก้ไขฉบับใหม่', en: 'This report is signed off; a change needs a correction (new version).' },
  [LifecycleRejectionCode.ReportNotSubmitted]: { th: 'รายงานรอบนี้ยังไม่ได้ส่งเพื่อตรวจสอบ', en: 'This report is not waiting for review.' },
  [LifecycleRejectionCode.ReportNotAccepted]: { th: 'รายงานรอบนี้ยังไม่ผ่านการตรวจสอบของผู้ประสานงาน', en: 'This report is not waiting for sign-off.' },
  [LifecycleRejectionCode.NotSignedOff]: { th: 'รายงานรอบนี้ยังไม่ได้ลงนาม จึงไม่ต้องขอแก้ไขฉบับใหม่', en: 'This report is not signed off, so it needs no correction.' },
  [LifecycleRejectionCode.NotOwnerDivision]: { th: 'หน่วยงานของท่านไม่ได้รับผิดชอบมาตรการนี้', en: 'Your division is not an owner of this measure.' },
  [LifecycleRejectionCode.UnknownDivision]: { th: 'หน่วยงานนี้ไม่ได้รับผิดชอบมาตรการนี้', en: 'That division is not an owner of this measure.' },
  [LifecycleRejectionCode.AlreadyOwner]: { th: 'หน่วยงานนี้รับผิดชอบมาตรการนี้อยู่แล้ว', en: 'That division already owns this measure.' },
  [LifecycleRejectionCode.CancelPending]: { th: 'มีคำขอยกเลิกมาตรการรอผู้บริหารพิจารณาอยู่แล้ว', en: 'A cancellation is already waiting for the executive.' },
  [LifecycleRejectionCode.NoCancelPending]: { th: 'ไม่มีคำขอยกเลิกมาตรการรอพิจารณา', en: 'No cancellation is waiting for a decision.' },
  [LifecycleRejectionCode.MissingText]: { th: 'กรุณาระบุเหตุผลหรือความเห็น', en: 'Please give a reason or comment.' },
  [LifecycleRejectionCode.InvalidContent]: { th: 'ข้อมูลรายงานไม่ถูกต้อง (ร้อยละความสำเร็จต้องอยู่ระหว่าง ๐–๑๐๐)', en: 'The report content is invalid (completion must be 0–100).' },
  [LifecycleRejectionCode.InvalidDate]: { th: 'วันที่ไม่ถูกต้อง', en: 'The date is invalid.' },
  [LifecycleRejectionCode.AlreadyOpen]: { th: 'รอบการรายงานนี้เปิดแล้ว', en: 'This report period is already open.' },
};

/** The bilingual reason for a rejection code. */
export function lifecycleRejection(code: LifecycleRejectionCode): LifecycleRejectionReason {
  return { code, ...MESSAGES[code] };
}

/** One line for logs and error messages: "ไทย / English". */
export function formatLifecycleRejection(reason: LifecycleRejectionReason): string {
  return `${reason.th} / ${reason.en}`;
}
