import '../../styles/admin.css';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { defineMessages, useText } from '../../i18n/language';
import { useSession } from '../../session/session';
import { DelegationsPanel } from './delegations/delegations-panel';
import { DivisionsPanel } from './divisions/divisions-panel';
import { FiscalYearsPanel } from './fiscal-years/fiscal-years-panel';
import { HolidaysPanel } from './holidays/holidays-panel';
import { AdminImport } from './import/admin-import';
import { AdminMeasures } from './measures/admin-measures';
import { NewOrganizationForm } from './organization/new-organization-form';
import { OrganizationPanel } from './organization/organization-panel';
import { PeoplePanel } from './people/people-panel';
import { PolicyPanel } from './policy/policy-panel';
import { AdminSchedules } from './schedules/admin-schedules';

const text = defineMessages({
  th: {
    title: 'ตั้งค่า',
    tabs: 'หมวดการตั้งค่า',
    organization: 'องค์กร',
    divisions: 'กอง/หน่วยงาน',
    people: 'บุคลากรและบทบาท',
    fiscalYears: 'ปีงบประมาณ',
    holidays: 'วันหยุด',
    policy: 'การแจ้งเตือนและการเร่งรัด',
    delegations: 'ผู้ปฏิบัติหน้าที่แทน',
    measures: 'มาตรการ',
    import: 'นำเข้าแผน',
    schedules: 'งานตามกำหนดเวลา',
    noOrganization: 'ยังไม่มีองค์กรในระบบ',
    noOrganizationIntro: 'เพิ่มองค์กรแรก แล้วตั้งกอง บุคลากร และปีงบประมาณต่อได้ที่หน้านี้',
  },
  en: {
    title: 'Administration',
    tabs: 'Administration sections',
    organization: 'Organisation',
    divisions: 'Divisions',
    people: 'People and roles',
    fiscalYears: 'Fiscal years',
    holidays: 'Holidays',
    policy: 'Reminders and escalation',
    delegations: 'Stand-ins',
    measures: 'Measures',
    import: 'Import a plan',
    schedules: 'Scheduled jobs',
    noOrganization: 'No organisation yet',
    noOrganizationIntro: 'Add the first organisation, then set up its divisions, people and fiscal year here.',
  },
});

type TabKey = 'organization' | 'divisions' | 'people' | 'fiscalYears' | 'holidays' | 'policy' | 'delegations' | 'measures' | 'import' | 'schedules';

const TABS: { key: TabKey; path: string; systemAdminOnly?: boolean }[] = [
  { key: 'organization', path: 'organization' },
  { key: 'divisions', path: 'divisions' },
  { key: 'people', path: 'people' },
  { key: 'fiscalYears', path: 'fiscal-years' },
  { key: 'holidays', path: 'holidays' },
  { key: 'policy', path: 'policy' },
  { key: 'delegations', path: 'delegations' },
  { key: 'measures', path: 'measures' },
  { key: 'import', path: 'import' },
  { key: 'schedules', path: 'schedules', systemAdminOnly: true },
];

/** The administration area: one tab per part of the organisation's set-up, each its own address under /admin. */
export function AdminPage() {
  const t = useText(text);
  const { person, organization } = useSession();
  if (!person) return null;

  if (!organization) {
    // Only the system administrator gets here without an organisation: the start of a new installation.
    return (
      <>
        <PageHeader title={t.noOrganization} subtitle={t.noOrganizationIntro} />
        {person.role === 'system_admin' && <NewOrganizationForm />}
      </>
    );
  }

  const isSystemAdmin = person.role === 'system_admin';
  const tabs = TABS.filter((tab) => !tab.systemAdminOnly || isSystemAdmin);
  return (
    <>
      <PageHeader title={t.title} subtitle={organization.name} />
      <nav aria-label={t.tabs}>
        <ul className="tabs admin-tabs">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <NavLink to={`/admin/${tab.path}`}>{t[tab.key]}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="/admin/organization" replace />} />
        <Route path="organization" element={<OrganizationPanel key={organization.code} />} />
        <Route path="divisions" element={<DivisionsPanel key={organization.code} />} />
        <Route path="people" element={<PeoplePanel key={organization.code} />} />
        <Route path="fiscal-years" element={<FiscalYearsPanel key={organization.code} />} />
        <Route path="holidays" element={<HolidaysPanel key={organization.code} />} />
        <Route path="policy" element={<PolicyPanel key={organization.code} />} />
        <Route path="delegations" element={<DelegationsPanel key={organization.code} />} />
        <Route path="measures/*" element={<AdminMeasures />} />
        <Route path="import/*" element={<AdminImport />} />
        {isSystemAdmin && <Route path="schedules/*" element={<AdminSchedules />} />}
        <Route path="*" element={<Navigate to="/admin/organization" replace />} />
      </Routes>
    </>
  );
}
