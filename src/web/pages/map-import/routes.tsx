// Routes of the map-import pages; App.tsx places them inside the logged-in shell.
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { MapImportPage } from './MapImportPage.tsx';

export function mapImportRoutes() {
  return (
    <Route
      path="/kaart/importeren"
      element={
        <NavGate navKey="map.import">
          <MapImportPage />
        </NavGate>
      }
    />
  );
}
