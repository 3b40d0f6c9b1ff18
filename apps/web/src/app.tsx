import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from './components/feedback';
import { AppShell } from './layout/app-shell';
import { AccountPage } from './pages/account/account-page';
import { MeasurePage } from './pages/measure/measure-page';
import { MeasuresPage } from './pages/measures/measures-page';
import { NotFoundPage } from './pages/not-found-page';
import { PublicPage } from './pages/public/public-page';
import { ReportFormPage } from './pages/report-form/report-form-page';
import { ReviewPage } from './pages/review/review-page';
import { SignInPage } from './pages/sign-in/sign-in-page';
import { SignOffPage } from './pages/sign-off/sign-off-page';
import { TasksPage } from './pages/tasks/tasks-page';
import { OrganizationLink } from './session/organization-link';
import { RequireOrganization, RequireSession } from './session/require-session';

// Pages few people open, or heavy ones (the charts), load when first opened.
const AdminPage = lazy(() => import('./pages/admin/admin-page').then((page) => ({ default: page.AdminPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((page) => ({ default: page.DashboardPage })));
const MailboxPage = lazy(() => import('./pages/mailbox/mailbox-page').then((page) => ({ default: page.MailboxPage })));
const ReportsPage = lazy(() => import('./pages/reports/reports-page').then((page) => ({ default: page.ReportsPage })));

/** Every page of the app and who may open it. */
export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/public/:orgCode" element={<PublicPage />} />
          <Route
            element={
              <RequireSession>
                <AppShell />
              </RequireSession>
            }
          >
            <Route element={<RequireOrganization />}>
              <Route index element={<TasksPage />} />
              <Route path="measures" element={<MeasuresPage />} />
              <Route path="measures/:measureId" element={<MeasurePage />} />
              <Route path="measures/:measureId/reports/:periodKey" element={<ReportFormPage />} />
              <Route path="review" element={<RequireSession roles={['admin', 'system_admin']} forStandIns><ReviewPage /></RequireSession>} />
              <Route path="sign-off" element={<RequireSession roles={['executive']} forStandIns><SignOffPage /></RequireSession>} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="reports" element={<ReportsPage />} />
              <Route path="mailbox" element={<RequireSession roles={['admin', 'system_admin']}><MailboxPage /></RequireSession>} />
            </Route>
            <Route path="admin/*" element={<RequireSession roles={['admin', 'system_admin']}><AdminPage /></RequireSession>} />
            <Route path="account" element={<AccountPage />} />
            <Route path="orgs/:orgCode/*" element={<OrganizationLink />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
