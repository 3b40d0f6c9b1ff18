import type { Language } from '../../i18n/language';
import type { ReportStage } from './dashboard-figures';

export const STAGE_LABEL: Record<Language, Record<ReportStage, string>> = {
  th: { signed_off: 'ลงนามเผยแพร่แล้ว', awaiting_sign_off: 'รอผู้บริหารลงนาม', awaiting_review: 'รอตรวจ', returned: 'ส่งกลับแก้ไข', not_reported: 'ยังไม่รายงาน' },
  en: { signed_off: 'signed off', awaiting_sign_off: 'awaiting sign-off', awaiting_review: 'awaiting review', returned: 'returned', not_reported: 'not reported yet' },
};

/** Colours of the stages (the legend, tooltip and table say them in words too). */
export const STAGE_COLOUR: Record<ReportStage, string> = {
  signed_off: '#1f7a3d',
  awaiting_sign_off: '#1d4f91',
  awaiting_review: '#6f9bd6',
  returned: '#d9822b',
  not_reported: '#c3cad4',
};
