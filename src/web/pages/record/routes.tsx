// Routes of the resident's own record; App.tsx places them inside the logged-in shell.
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { RecordPage } from './RecordPage.tsx';
import './record.css';

export function recordRoutes() {
  return (
    <Route
      path="/mijn-dossier"
      element={
        <NavGate navKey="record">
          <RecordPage />
        </NavGate>
      }
    />
  );
}
