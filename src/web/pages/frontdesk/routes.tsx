// Routes of the front desk; App.tsx places them inside the logged-in shell. Vraag stellen is for residents
// (menu key ask-question), Loket for members of a front-desk team (frontdesk-queue); one question is for
// either, and the server answers 404 to anyone else.
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { NotAvailablePage } from '../NotFoundPage.tsx';
import { useMe } from '../../session.tsx';
import { AskPage } from './AskPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { QueuePage } from './QueuePage.tsx';
import './frontdesk.css';

function ResidentOrTeam({ children }: { children: ReactNode }) {
  const me = useMe();
  const allowed = me.navigation.some((n) => n.key === 'ask-question' || n.key === 'frontdesk-queue');
  return allowed ? <>{children}</> : <NotAvailablePage />;
}

export function frontdeskRoutes() {
  return (
    <>
      <Route
        path="/loket"
        element={
          <NavGate navKey="ask-question">
            <AskPage />
          </NavGate>
        }
      />
      <Route
        path="/loket/wachtrij"
        element={
          <NavGate navKey="frontdesk-queue">
            <QueuePage />
          </NavGate>
        }
      />
      <Route
        path="/loket/vragen/:id"
        element={
          <ResidentOrTeam>
            <QuestionPage />
          </ResidentOrTeam>
        }
      />
    </>
  );
}
