// Routes of the questionnaires; App.tsx places them. Public: an active questionnaire is for anyone. The
// management page is inside the logged-in shell, for the menu key 'questionnaires.manage' (the server
// still checks every request); its static path wins over /vragenlijsten/:id.
import { Route } from 'react-router';
import { OpenLayout } from '../../components/AppShell.tsx';
import { NavGate } from '../../components/RequireAuth.tsx';
import { ManageQuestionnairesPage } from './ManageQuestionnairesPage.tsx';
import { QuestionnairePage } from './QuestionnairePage.tsx';
import { QuestionnairesPage } from './QuestionnairesPage.tsx';
import './questionnaires.css';

export function questionnaireRoutes() {
  return (
    <Route element={<OpenLayout />}>
      <Route path="/vragenlijsten" element={<QuestionnairesPage />} />
      <Route path="/vragenlijsten/:id" element={<QuestionnairePage />} />
    </Route>
  );
}

export function questionnaireManageRoutes() {
  return (
    <Route
      path="/vragenlijsten/beheer"
      element={
        <NavGate navKey="questionnaires.manage">
          <ManageQuestionnairesPage />
        </NavGate>
      }
    />
  );
}
