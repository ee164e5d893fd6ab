// Routes of consent and sharing; App.tsx places them inside the logged-in shell. Each page shows only for
// the menu key the server gave (the server still checks every request).
import { Route } from 'react-router';
import { NavGate } from '../../components/RequireAuth.tsx';
import { AskConsentPage } from './AskConsentPage.tsx';
import { ConsentsPage } from './ConsentsPage.tsx';
import { EmergencyPage } from './EmergencyPage.tsx';
import { EmergencyReviewPage } from './EmergencyReviewPage.tsx';
import { SharedRecordPage } from './SharedRecordPage.tsx';
import { SharedRecordsPage } from './SharedRecordsPage.tsx';
import './consent.css';

export function consentRoutes() {
  return (
    <>
      <Route
        path="/mijn-dossier/toestemming"
        element={
          <NavGate navKey="consents">
            <ConsentsPage />
          </NavGate>
        }
      />
      <Route
        path="/gedeelde-dossiers"
        element={
          <NavGate navKey="shared-records">
            <SharedRecordsPage />
          </NavGate>
        }
      />
      <Route
        path="/gedeelde-dossiers/toestemming-vragen"
        element={
          <NavGate navKey="shared-records">
            <AskConsentPage />
          </NavGate>
        }
      />
      <Route
        path="/gedeelde-dossiers/noodtoegang"
        element={
          <NavGate navKey="shared-records">
            <EmergencyPage />
          </NavGate>
        }
      />
      <Route
        path="/gedeelde-dossiers/:residentId"
        element={
          <NavGate navKey="shared-records">
            <SharedRecordPage />
          </NavGate>
        }
      />
      <Route
        path="/noodtoegang"
        element={
          <NavGate navKey="emergency-accesses">
            <EmergencyReviewPage />
          </NavGate>
        }
      />
    </>
  );
}
