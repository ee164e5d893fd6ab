import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api, ApiError, onUnauthorized } from './api.ts';
import type { Me } from './api.ts';
import { forgetAll } from './pages/health-check/stored.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason: 'initial' | 'logout' | 'expired' }
  | { status: 'error'; error: ApiError }
  | { status: 'authenticated'; me: Me };

interface Session {
  state: SessionState;
  login: (email: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  /** Replace the cached /me after the user changed it (PATCH /me answers with the new me). */
  setMe: (me: Me) => void;
  reload: () => void;
}

const SessionContext = createContext<Session | null>(null);

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError({ status: 0, code: 'unexpected', title: '', detail: String(error), errors: [] });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // A 401 from any call means the session is gone: show the login page.
  useEffect(() => onUnauthorized(() => setState({ status: 'anonymous', reason: 'expired' })), []);

  useEffect(() => {
    let current = true;
    api.me().then(
      (me) => current && setState({ status: 'authenticated', me }),
      (error: unknown) => {
        if (!current) return;
        const problem = asApiError(error);
        setState(
          problem.status === 401
            ? { status: 'anonymous', reason: 'initial' }
            : { status: 'error', error: problem },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const login = useCallback(async (email: string, password: string) => {
    await api.login(email, password);
    const me = await api.me();
    setState({ status: 'authenticated', me });
    return me;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      // Logging out on a shared computer leaves nothing of her health check in this browser (decision 0023).
      forgetAll();
      setState({ status: 'anonymous', reason: 'logout' });
    }
  }, []);

  const setMe = useCallback((me: Me) => setState({ status: 'authenticated', me }), []);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, login, logout, setMe, reload }),
    [state, login, logout, setMe, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The logged-in user; only for components rendered inside <RequireAuth>. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe needs a logged-in user');
  return state.me;
}
