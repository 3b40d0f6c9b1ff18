import type { Role } from '../api/types';

export interface NavigationItem {
  to: string;
  th: string;
  en: string;
  roles?: Role[];
  /** A stand-in reaches it with the role of the person they act for: it is their work, not the settings. */
  forStandIns?: boolean;
}

/** The main menu; an item without roles is for everyone signed in. */
export const NAVIGATION: NavigationItem[] = [
  { to: '/', th: 'งานของฉัน', en: 'My tasks' },
  { to: '/measures', th: 'มาตรการ', en: 'Measures' },
  { to: '/review', th: 'ตรวจรายงาน', en: 'Review', roles: ['admin', 'system_admin'], forStandIns: true },
  { to: '/sign-off', th: 'ลงนาม', en: 'Sign-off', roles: ['executive'], forStandIns: true },
  { to: '/dashboard', th: 'ภาพรวม', en: 'Dashboard' },
  { to: '/reports', th: 'รายงานประจำรอบ', en: 'Round reports' },
  { to: '/admin', th: 'ตั้งค่า', en: 'Administration', roles: ['admin', 'system_admin'] },
  { to: '/mailbox', th: 'กล่องจดหมาย', en: 'Mailbox', roles: ['admin', 'system_admin'] },
];

/**
 * The menu of a person (acting for someone they stand in for: `actingRole`); before their
 * installation has an organisation, only its administration.
 */
export function navigationFor(role: Role, hasOrganization: boolean, actingRole: Role | null = null): NavigationItem[] {
  return NAVIGATION.filter((item) => (!item.roles || item.roles.includes(item.forStandIns ? (actingRole ?? role) : role)) && (hasOrganization || item.to === '/admin'));
}
