// The route of Berichten (everyone who is logged in); App.tsx places it inside the logged-in shell.
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { MessagesPage } from './MessagesPage.tsx';
import './messages.css';

export function messagesRoutes() {
  return (
    <Route
      path="/berichten"
      element={
        <NavGate navKey="messages">
          <MessagesPage />
        </NavGate>
      }
    />
  );
}
