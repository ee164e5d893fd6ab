// Routes of the resident's health check; App.tsx places them. The check and its report are public (a public
// frame; someone logged in keeps her name, menu and logout button); the trend is a resident's own record.
import { Route } from 'react-router';
import { OpenLayout } from '../../components/AppShell.tsx';
import { NavGate } from '../../components/RequireAuth.tsx';
import { CHECK_PATH, QUESTIONS_PATH, REPORT_PATH, TREND_PATH } from './api.ts';
import { CheckPage } from './CheckPage.tsx';
import { QuestionsPage } from './QuestionsPage.tsx';
import { ReportPage } from './ReportPage.tsx';
import { TrendPage } from './TrendPage.tsx';
import '../questionnaires/questionnaires.css';
import './health-check.css';

/** The check, its questions and the report: no login needed. */
export function healthCheckRoutes() {
  return (
    <Route element={<OpenLayout />}>
      <Route path={CHECK_PATH} element={<CheckPage />} />
      <Route path={QUESTIONS_PATH} element={<QuestionsPage />} />
      <Route path={REPORT_PATH} element={<ReportPage />} />
    </Route>
  );
}

/** The trend of the saved checks: inside the logged-in shell, for residents. */
export function healthCheckTrendRoutes() {
  return (
    <Route
      path={TREND_PATH}
      element={
        <NavGate navKey="health-check">
          <TrendPage />
        </NavGate>
      }
    />
  );
}
