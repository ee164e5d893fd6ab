import { Document } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell, PublicLayout } from './components/AppShell.tsx';
import { NavGate, RequireAuth } from './components/RequireAuth.tsx';
import { RouteFocus } from './components/RouteFocus.tsx';
import type { NavKey } from './navigation.ts';
import { AccessLogPage } from './pages/AccessLogPage.tsx';
import { AdminNeighbourhoodsPage } from './pages/admin/AdminNeighbourhoodsPage.tsx';
import { AdminOrganisationsPage } from './pages/admin/AdminOrganisationsPage.tsx';
import { AdminOutboxPage } from './pages/admin/AdminOutboxPage.tsx';
import { AdminPeoplePage } from './pages/admin/AdminPeoplePage.tsx';
import { AdminPersonPage } from './pages/admin/AdminPersonPage.tsx';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { mapRoutes } from './pages/map/routes.tsx';
import { mapDedupeRoutes } from './pages/map-dedupe/routes.tsx';
import { mapEditingRoutes } from './pages/map-editing/routes.tsx';
import { mapImportRoutes } from './pages/map-import/routes.tsx';
import { recordRoutes } from './pages/record/routes.tsx';
import { consentRoutes } from './pages/consent/routes.tsx';
import { frontdeskRoutes } from './pages/frontdesk/routes.tsx';
import { messagesRoutes } from './pages/messages/routes.tsx';
import { referralRoutes } from './pages/referrals/routes.tsx';
import { wmoRoutes } from './pages/wmo/routes.tsx';
import { questionnaireManageRoutes, questionnaireRoutes } from './pages/questionnaires/routes.tsx';
import { healthCheckRoutes, healthCheckTrendRoutes } from './pages/health-check/routes.tsx';
import { healthCheckCoordinatorRoutes } from './pages/health-check-coordinator/routes.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MyDataPage } from './pages/data-rights/MyDataPage.tsx';
import { NeighbourhoodsPage } from './pages/NeighbourhoodsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OrganisationPage } from './pages/OrganisationPage.tsx';
import { ProfilePage } from './pages/ProfilePage.tsx';
import { RegionPage } from './pages/RegionPage.tsx';
import { ResetPasswordPage } from './pages/ResetPasswordPage.tsx';

export function App() {
  return (
    <Document className="wijkpunt-theme wp-document">
      <RouteFocus />
      <Routes>
        {/* The public social map: no login needed; its layout shows the menu to logged-in users. */}
        {mapRoutes()}
        {questionnaireRoutes()}
        {healthCheckRoutes()}
        <Route element={<PublicLayout />}>
          <Route path="/inloggen" element={<LoginPage />} />
          <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
          <Route path="/wachtwoord-herstellen" element={<ResetPasswordPage />} />
        </Route>
        <Route
          element={
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="/profiel" element={gate('profile', <ProfilePage />)} />
          <Route path="/profiel/inzage" element={gate('access-log', <AccessLogPage />)} />
          <Route path="/mijn-gegevens" element={gate('my-data', <MyDataPage />)} />
          <Route path="/wijken" element={gate('neighbourhoods', <NeighbourhoodsPage />)} />
          <Route path="/organisatie" element={gate('organisation', <OrganisationPage />)} />
          <Route path="/regio" element={gate('region', <RegionPage />)} />
          <Route path="/beheer/wijken" element={gate('admin.neighbourhoods', <AdminNeighbourhoodsPage />)} />
          <Route
            path="/beheer/organisaties"
            element={gate('admin.organisations', <AdminOrganisationsPage />)}
          />
          <Route path="/beheer/mensen" element={gate('admin.people', <AdminPeoplePage />)} />
          <Route path="/beheer/mensen/:id" element={gate('admin.people', <AdminPersonPage />)} />
          <Route path="/beheer/uitgaande-mail" element={gate('admin.outbox', <AdminOutboxPage />)} />
          {mapEditingRoutes()}
          {mapImportRoutes()}
          {mapDedupeRoutes()}
          {recordRoutes()}
          {consentRoutes()}
          {frontdeskRoutes()}
          {messagesRoutes()}
          {referralRoutes()}
          {wmoRoutes()}
          {healthCheckTrendRoutes()}
          {healthCheckCoordinatorRoutes()}
          {questionnaireManageRoutes()}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Document>
  );
}

function gate(navKey: NavKey, page: ReactNode) {
  return <NavGate navKey={navKey}>{page}</NavGate>;
}
