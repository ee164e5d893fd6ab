// Routes of the map pages; App.tsx places them. Public: no login needed.
import { Route } from 'react-router';
import { OpenLayout } from '../../components/AppShell.tsx';
import { MapSearchPage } from './SearchPage.tsx';
import { MapServicePage } from './ServicePage.tsx';
import './map.css';

export function mapRoutes() {
  return (
    <Route element={<OpenLayout />}>
      <Route path="/sociale-kaart" element={<MapSearchPage />} />
      <Route path="/sociale-kaart/aanbod/:id" element={<MapServicePage />} />
    </Route>
  );
}
