// Routes of Wmo reports and the GP's advice; App.tsx places them inside the logged-in shell. The Wmo
// consultant's pages show for the menu key 'wmo-cases', the GP's for 'wmo-advice'. A case also opens for
// its resident (her message and her record link to it), so /wmo/:id shows for 'record' too; the server
// still decides who sees which case.
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { NotAvailablePage } from '../NotFoundPage.tsx';
import { useMe } from '../../session.tsx';
import { AdviceInboxPage } from './AdviceInboxPage.tsx';
import { AdvicePage } from './AdvicePage.tsx';
import { CasePage } from './CasePage.tsx';
import { CasesPage } from './CasesPage.tsx';
import './wmo.css';

function CaseGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const may = me.navigation.some((item) => item.key === 'wmo-cases' || item.key === 'record');
  return may ? <>{children}</> : <NotAvailablePage />;
}

export function wmoRoutes() {
  return (
    <>
      <Route
        path="/wmo"
        element={
          <NavGate navKey="wmo-cases">
            <CasesPage />
          </NavGate>
        }
      />
      <Route
        path="/wmo/:id"
        element={
          <CaseGate>
            <CasePage />
          </CaseGate>
        }
      />
      <Route
        path="/wmo-advies"
        element={
          <NavGate navKey="wmo-advice">
            <AdviceInboxPage />
          </NavGate>
        }
      />
      <Route
        path="/wmo-advies/:id"
        element={
          <NavGate navKey="wmo-advice">
            <AdvicePage />
          </NavGate>
        }
      />
    </>
  );
}
