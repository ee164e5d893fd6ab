// Routes of referrals; App.tsx places them inside the logged-in shell. Each page shows only for the menu key
// the server gave (the server still checks every request): the referral pages, the worklist and signing up
// for a service under 'referrals', the figures under 'referral-figures' (coordinators).
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { CaseloadPage } from './CaseloadPage.tsx';
import { FiguresPage } from './FiguresPage.tsx';
import { NewReferralPage } from './NewReferralPage.tsx';
import { ReferralPage } from './ReferralPage.tsx';
import { ReferralRecordPage } from './ReferralRecordPage.tsx';
import { ReferralsPage } from './ReferralsPage.tsx';
import { SelfReferralPage } from './SelfReferralPage.tsx';
import './referrals.css';

const gated = (page: ReactNode) => <NavGate navKey="referrals">{page}</NavGate>;

export function referralRoutes() {
  return (
    <>
      <Route path="/verwijzingen" element={gated(<ReferralsPage />)} />
      <Route path="/verwijzingen/nieuw" element={gated(<NewReferralPage />)} />
      <Route path="/verwijzingen/werklijst" element={gated(<CaseloadPage />)} />
      <Route path="/verwijzingen/aanmelden/:serviceId" element={gated(<SelfReferralPage />)} />
      <Route
        path="/verwijzingen/cijfers"
        element={
          <NavGate navKey="referral-figures">
            <FiguresPage />
          </NavGate>
        }
      />
      <Route path="/verwijzingen/:id" element={gated(<ReferralPage />)} />
      <Route path="/verwijzingen/:id/dossier" element={gated(<ReferralRecordPage />)} />
    </>
  );
}
