import type { Language } from '../../../i18n/language';
import type { ORGANIZATION_ROLES } from '../shared/admin-labels';

/** What each role does here, shown under the role picker. */
export const ROLE_HINT: Record<Language, Record<(typeof ORGANIZATION_ROLES)[number], string>> = {
  th: {
    admin: 'ตั้งค่าระบบ จัดทำและนำเข้ามาตรการ ตรวจรายงาน และรวบรวมรายงานประจำรอบ',
    executive: 'เห็นชอบแผน ลงนามรับรองรายงาน และรับการเร่งรัดงานเกินกำหนด ระบุตำแหน่งให้มีคำว่า "นายก" หรือ "ปลัด"',
    division_head: 'รับมอบหมายมาตรการของกอง ระบุเจ้าหน้าที่ผู้รับผิดชอบ และรับแจ้งงานเกินกำหนดของกอง',
    officer: 'ดำเนินการและรายงานผลมาตรการที่กองได้รับมอบหมาย',
  },
  en: {
    admin: 'Sets the system up, drafts and imports measures, reviews reports and compiles the round reports.',
    executive: 'Approves the plan, signs reports off and receives escalations; write "นายก" or "ปลัด" in the position.',
    division_head: 'Accepts the division’s measures, names the officers, and is told when the division’s work is overdue.',
    officer: 'Carries out and reports on the measures given to the division.',
  },
};
