import { useRef, useState } from 'react';

export type Editing<T> = { mode: 'new' } | { mode: 'edit'; item: T } | null;

/**
 * Which record an inline form is editing. Closing without saving puts focus back on the
 * button that opened the form, so keyboard users do not lose their place.
 */
export function useEditor<T>() {
  const [editing, setEditing] = useState<Editing<T>>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = (next: Exclude<Editing<T>, null>) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(next);
  };
  const cancel = () => {
    setEditing(null);
    const target = opener.current;
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
    });
  };
  const done = () => setEditing(null);
  return { editing, open, cancel, done };
}
