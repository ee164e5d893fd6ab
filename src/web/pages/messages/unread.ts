// The number of unread messages for the menu. It is fetched again on every change of page, and when the
// messages page marks one as read (messagesChanged), so the menu never shows an old count for long.
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { messagesApi } from './api.ts';

const CHANGED = 'wijkpunt:messages-changed';

/** Tell the menu that messages were read. */
export function messagesChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** Unread messages of the logged-in user; 0 while unknown, or when `enabled` is false. */
export function useUnreadCount(enabled: boolean): number {
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener(CHANGED, bump);
    return () => window.removeEventListener(CHANGED, bump);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    messagesApi.unread().then(
      (r) => current && setCount(r.unread),
      // A count is a nicety: on failure the menu just shows no number.
      () => current && setCount(0),
    );
    return () => {
      current = false;
    };
  }, [enabled, pathname, version]);

  return enabled ? count : 0;
}
