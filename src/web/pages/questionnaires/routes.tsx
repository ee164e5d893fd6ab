// Routes of the questionnaires; App.tsx places them. Public: an active questionnaire is for anyone. The
// management page is inside the logged-in shell, for the menu key 'questionnaires.manage' (the server
// still checks every request); its static path wins over /vragenlijsten/:id.
import { Outlet, Route } from 'react-router';
import { Frame } from '../../components/Frame.tsx';
import { MainNav } from '../../components/MainNav.tsx';
import { NavGate } from '../../components/RequireAuth.tsx';
import { useSession } from '../../session.tsx';
import { ManageQuestionnairesPage } from './ManageQuestionnairesPage.tsx';
import { QuestionnairePage } from './QuestionnairePage.tsx';
import { QuestionnairesPage } from './QuestionnairesPage.tsx';
import './questionnaires.css';

/** The public frame; someone logged in keeps her name, menu and logout button (as on the social map). */
function QuestionnaireLayout() {
  const { state, logout } = useSession();
  if (state.status === 'authenticated') {
    return (
      <Frame
        userName={state.me.name}
        onLogout={() => void logout()}
        nav={<MainNav items={state.me.navigation} />}
      >
        <Outlet />
      </Frame>
    );
  }
  return (
    <Frame>
      <Outlet />
    </Frame>
  );
}

export function questionnaireRoutes() {
  return (
    <Route element={<QuestionnaireLayout />}>
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
