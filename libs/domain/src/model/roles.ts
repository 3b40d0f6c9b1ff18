/**
 * Who a person is in Prongsai. `system_admin` runs the installation (creates organisations);
 * `oversight` reads, never changes, the organisations of one province; the other four belong to
 * one organisation.
 */
export const ROLES = ['system_admin', 'admin', 'executive', 'division_head', 'officer', 'oversight'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { th: string; en: string }> = {
  system_admin: { th: 'ผู้ดูแลระบบกลาง', en: 'system administrator' },
  admin: { th: 'ผู้ดูแลระบบ (ผู้ประสานงาน ITA)', en: 'administrator (coordinator)' },
  executive: { th: 'ผู้บริหาร', en: 'executive' },
  division_head: { th: 'หัวหน้าส่วนราชการ', en: 'division head' },
  officer: { th: 'เจ้าหน้าที่', en: 'officer' },
  oversight: { th: 'ผู้กำกับดูแลระดับจังหวัด', en: 'provincial oversight' },
};

/** Roles whose work is limited to their own division. */
export function isDivisionBound(role: Role): boolean {
  return role === 'division_head' || role === 'officer';
}
