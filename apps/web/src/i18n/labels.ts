import type { InboxTask, LifecycleReportSnapshot, MeasureLifecycleSnapshot, Role } from '../api/types';
import type { Language } from './language';

type Labels<K extends string> = Record<Language, Record<K, string>>;

export const REPORT_STATUS: Labels<LifecycleReportSnapshot['status']> = {
  th: {
    not_open: 'ยังไม่เปิด',
    open: 'รอรายงาน',
    draft: 'ร่าง',
    submitted: 'รอตรวจ',
    returned: 'ส่งกลับให้แก้ไข',
    accepted: 'รอผู้บริหารลงนาม',
    returned_by_executive: 'ผู้บริหารส่งกลับ',
    signed_off: 'เผยแพร่แล้ว',
  },
  en: {
    not_open: 'not open yet',
    open: 'awaiting report',
    draft: 'draft',
    submitted: 'awaiting review',
    returned: 'returned for changes',
    accepted: 'awaiting sign-off',
    returned_by_executive: 'returned by the executive',
    signed_off: 'published',
  },
};

export const LIFECYCLE_STATUS: Labels<MeasureLifecycleSnapshot['status']> = {
  th: { draft: 'ร่าง', plan_approval: 'รอเห็นชอบแผน', assignment: 'รอรับมอบหมาย', in_progress: 'กำลังดำเนินการ', completed: 'เสร็จสิ้น', cancelled: 'ยกเลิก' },
  en: { draft: 'draft', plan_approval: 'awaiting plan approval', assignment: 'awaiting acknowledgement', in_progress: 'in progress', completed: 'completed', cancelled: 'cancelled' },
};

export const ROLE: Labels<Role> = {
  th: {
    system_admin: 'ผู้ดูแลระบบกลาง',
    admin: 'ผู้ดูแลระบบ / ผู้ประสานงาน',
    executive: 'ผู้บริหาร',
    division_head: 'หัวหน้าส่วนราชการ',
    officer: 'เจ้าหน้าที่',
    oversight: 'ผู้กำกับติดตาม',
  },
  en: {
    system_admin: 'system administrator',
    admin: 'administrator / coordinator',
    executive: 'executive',
    division_head: 'division head',
    officer: 'officer',
    oversight: 'oversight',
  },
};

export const INBOX_TASK: Labels<InboxTask> = {
  th: {
    report: 'รายงานผลการดำเนินงาน',
    review: 'ตรวจรายงาน',
    sign_off: 'ลงนามรับรองรายงาน',
    approve_plan: 'เห็นชอบมาตรการ',
    approve_cancel: 'อนุมัติการยกเลิกมาตรการ',
    acknowledge: 'รับทราบการมอบหมายและระบุผู้รับผิดชอบ',
  },
  en: {
    report: 'report progress',
    review: 'review a report',
    sign_off: 'sign off a report',
    approve_plan: 'approve the measure',
    approve_cancel: 'approve a cancellation',
    acknowledge: 'acknowledge the assignment and name officers',
  },
};

/** What happened, for the timeline: the lifecycle's event names. */
export const EVENT: Labels<string> = {
  th: {
    submitPlan: 'เสนอแผนให้ผู้บริหารเห็นชอบ',
    approvePlan: 'ผู้บริหารเห็นชอบมาตรการ',
    returnPlan: 'ผู้บริหารส่งแผนกลับ',
    acknowledgeAssignment: 'กองรับทราบการมอบหมาย',
    reassign: 'โอนความรับผิดชอบ',
    saveReportDraft: 'บันทึกร่างรายงาน',
    submitReport: 'ส่งรายงาน',
    acceptReport: 'ผู้ประสานงานรับรายงาน',
    returnReport: 'ผู้ประสานงานส่งรายงานกลับ',
    signOff: 'ผู้บริหารลงนาม (เผยแพร่)',
    returnSignOff: 'ผู้บริหารส่งรายงานกลับ',
    startCorrection: 'เริ่มแก้ไขรายงานที่เผยแพร่แล้ว (ฉบับใหม่)',
    amendPlan: 'แก้ไขแผนระหว่างปี',
    requestCancel: 'ขอยกเลิกมาตรการ',
    approveCancel: 'ผู้บริหารอนุมัติการยกเลิก',
    rejectCancel: 'ผู้บริหารไม่อนุมัติการยกเลิก',
    periodOpened: 'เปิดรอบรายงาน',
    yearEnded: 'สิ้นปีงบประมาณ',
  },
  en: {
    submitPlan: 'plan submitted for approval',
    approvePlan: 'measure approved by the executive',
    returnPlan: 'plan returned by the executive',
    acknowledgeAssignment: 'assignment acknowledged',
    reassign: 'reassigned',
    saveReportDraft: 'report draft saved',
    submitReport: 'report submitted',
    acceptReport: 'report accepted by the coordinator',
    returnReport: 'report returned by the coordinator',
    signOff: 'signed off by the executive (published)',
    returnSignOff: 'report returned by the executive',
    startCorrection: 'correction of a published report started',
    amendPlan: 'plan amended mid-year',
    requestCancel: 'cancellation requested',
    approveCancel: 'cancellation approved',
    rejectCancel: 'cancellation rejected',
    periodOpened: 'report period opened',
    yearEnded: 'fiscal year ended',
  },
};

/** A label from a table, or the key itself when the table does not know it. */
export function labelOf<K extends string>(labels: Labels<K>, key: K | string, language: Language): string {
  return (labels[language] as Record<string, string>)[key] ?? key;
}
