// Routes of the sources and duplicates pages; App.tsx places them inside the logged-in shell. The
// server's navigation keys gate them: map.duplicates and map.sources, for coordinators and administrators.
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import type { NavKey } from '../../navigation.ts';
import './map-dedupe.css';
import { PairPage } from './PairPage.tsx';
import { paths } from './paths.ts';
import { QueuePage } from './QueuePage.tsx';
import { SourcesPage } from './SourcesPage.tsx';

const gate = (navKey: NavKey, page: ReactNode) => <NavGate navKey={navKey}>{page}</NavGate>;

export function mapDedupeRoutes() {
  return (
    <>
      <Route path={paths.duplicates} element={gate('map.duplicates', <QueuePage />)} />
      <Route path={`${paths.duplicates}/:id`} element={gate('map.duplicates', <PairPage />)} />
      <Route path={paths.sources} element={gate('map.sources', <SourcesPage />)} />
    </>
  );
}
