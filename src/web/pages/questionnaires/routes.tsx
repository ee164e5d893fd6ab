// Routes of the questionnaires; App.tsx places them. Public: an active questionnaire is for anyone.
import { Outlet, Route } from 'react-router';
import { Frame } from '../../components/Frame.tsx';
import { MainNav } from '../../components/MainNav.tsx';
import { useSession } from '../../session.tsx';
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
