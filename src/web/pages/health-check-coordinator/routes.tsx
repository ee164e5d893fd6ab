// Routes of the coordinators' health-check pages; App.tsx places them inside the logged-in shell. Each page
// shows only for the menu key the server gave (the server still checks every request): the figures under
// 'health-check-figures' (coordinators), the needs map under 'health-check-needs-map' (coordinators and
// administrators). Static paths, so they win over any /gezondheidscheck/:param of the resident pages.
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { FiguresPage } from './FiguresPage.tsx';
import { NeedsMapPage } from './NeedsMapPage.tsx';
import './health-check-coordinator.css';

export function healthCheckCoordinatorRoutes() {
  return (
    <>
      <Route
        path="/gezondheidscheck/cijfers"
        element={
          <NavGate navKey="health-check-figures">
            <FiguresPage />
          </NavGate>
        }
      />
      <Route
        path="/gezondheidscheck/behoeften"
        element={
          <NavGate navKey="health-check-needs-map">
            <NeedsMapPage />
          </NavGate>
        }
      />
    </>
  );
}
