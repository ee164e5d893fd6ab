// Routes of the map pages; App.tsx places them. Public: no login needed.
import { Route } from 'react-router';
import { MapLayout } from './MapLayout.tsx';
import { MapSearchPage } from './SearchPage.tsx';
import { MapServicePage } from './ServicePage.tsx';

export function mapRoutes() {
  return (
    <Route element={<MapLayout />}>
      <Route path="/sociale-kaart" element={<MapSearchPage />} />
      <Route path="/sociale-kaart/aanbod/:id" element={<MapServicePage />} />
    </Route>
  );
}
