import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '../i18n/context.tsx';
import type { NavKey } from '../navigation.ts';
import { NotAvailablePage } from '../pages/NotFoundPage.tsx';
import { useMe, useSession } from '../session.tsx';
import { Frame } from './Frame.tsx';
import { Loading } from './LoadState.tsx';
import { problemMessage } from './problem.ts';

/** What the login page may receive in the history state. */
export interface LoginState {
  from?: { pathname: string; search: string; hash: string };
  notice?: 'loggedOut' | 'passwordChanged' | 'accountDeleted';
}

/** Renders its children for a logged-in user; otherwise sends the user to /inloggen. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const location = useLocation();
  const { t } = useI18n();

  if (state.status === 'loading') {
    return (
      <Frame>
        <Loading />
      </Frame>
    );
  }
  if (state.status === 'error') {
    return (
      <Frame>
        <Alert type="error">
          <Paragraph>{problemMessage(state.error, t)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={reload}>
            {t('error.tryAgain')}
          </Button>
        </Alert>
      </Frame>
    );
  }
  if (state.status === 'anonymous') {
    const { pathname, search, hash } = location;
    const loginState: LoginState =
      state.reason === 'logout' ? { notice: 'loggedOut' } : { from: { pathname, search, hash } };
    return <Navigate to="/inloggen" replace state={loginState} />;
  }
  return <>{children}</>;
}

/**
 * Shows a page only when the server listed its key in me.navigation. The server still checks
 * every request; this only avoids showing a page full of "not allowed" errors.
 */
export function NavGate({ navKey, children }: { navKey: NavKey; children: ReactNode }) {
  const me = useMe();
  return me.navigation.some((item) => item.key === navKey) ? <>{children}</> : <NotAvailablePage />;
}
