// Routes of the map-editing pages; App.tsx places them inside the logged-in shell. The server's
// navigation keys gate them: map.entries for editors and coordinators, map.worklist for coordinators.
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import type { NavKey } from '../../navigation.ts';
import { ChangePage, NewEntryPage } from './EditPage.tsx';
import { EntriesPage } from './EntriesPage.tsx';
import { EntryPage } from './EntryPage.tsx';
import './map-editing.css';
import { paths } from './paths.ts';
import { ReviewPage } from './ReviewPage.tsx';
import { WorklistPage } from './WorklistPage.tsx';

const gate = (navKey: NavKey, page: ReactNode) => <NavGate navKey={navKey}>{page}</NavGate>;

export function mapEditingRoutes() {
  return (
    <>
      <Route path={paths.entries} element={gate('map.entries', <EntriesPage />)} />
      <Route path={paths.newEntry} element={gate('map.entries', <NewEntryPage />)} />
      <Route path={`${paths.entries}/:id`} element={gate('map.entries', <EntryPage />)} />
      <Route
        path={`${paths.entries}/:id/wijziging/:revisionId`}
        element={gate('map.entries', <ChangePage />)}
      />
      <Route path={paths.worklist} element={gate('map.worklist', <WorklistPage />)} />
      <Route
        path={`${paths.worklist}/wijziging/:revisionId`}
        element={gate('map.worklist', <ReviewPage />)}
      />
    </>
  );
}
