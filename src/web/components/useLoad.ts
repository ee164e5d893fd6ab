import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from '../api.ts';

export type Load<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: ApiError; reload: () => void }
  | { status: 'ready'; data: T; reload: () => void };

type State<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/**
 * Loads data for a page. `key` says when to load again (e.g. an id from the URL); reload()
 * fetches again after a change but keeps showing the old data meanwhile, so the page does not jump.
 */
export function useLoad<T>(load: () => Promise<T>, key: string = ''): Load<T> {
  const [state, setState] = useState<State<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const [loadedKey, setLoadedKey] = useState(key);

  // A new key (another record) shows "loading" instead of the old record.
  if (loadedKey !== key) {
    setLoadedKey(key);
    setState({ status: 'loading' });
  }

  const run = useEffectEvent(load);

  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!current) return;
        const problem =
          error instanceof ApiError
            ? error
            : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] });
        setState({ status: 'error', error: problem });
      },
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { ...state, reload };
}
