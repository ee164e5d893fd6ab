// A form whose input survives a reload of the page or a lost connection: what the user typed is kept in
// this browser tab (sessionStorage) until the server has it. sessionStorage, not localStorage, because these
// forms can say something about someone's health and residents often use a shared computer: closing the tab
// forgets it. The key names the person, so someone else logging in on the same tab never sees it.
import { useEffect, useState } from 'react';
import { useForm, type Form, type FormValue } from './useForm.ts';

const storageKey = (key: string) => `wijkpunt.kept.${key}`;

/** The stored values when they have exactly the shape of `initial`; otherwise nothing. */
function readKept<V extends Record<string, FormValue>>(key: string, initial: V): V | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey(key));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object') return null;
    const stored = parsed as Record<string, unknown>;
    const out: Record<string, FormValue> = {};
    for (const [name, value] of Object.entries(initial)) {
      const got = stored[name];
      if (Array.isArray(value)) {
        if (!Array.isArray(got) || !got.every((x) => typeof x === 'string')) return null;
        out[name] = got;
      } else if (typeof got === 'string') out[name] = got;
      else return null;
    }
    return out as V;
  } catch {
    return null;
  }
}

function writeKept(key: string, values: Record<string, FormValue>): void {
  try {
    window.sessionStorage.setItem(storageKey(key), JSON.stringify(values));
  } catch {
    // Storage can be full or blocked; the form itself still holds the values.
  }
}

function forgetKept(key: string): void {
  try {
    window.sessionStorage.removeItem(storageKey(key));
  } catch {
    // Nothing to forget.
  }
}

const same = (a: Record<string, FormValue>, b: Record<string, FormValue>) =>
  JSON.stringify(a) === JSON.stringify(b);

export interface KeptForm<V extends Record<string, FormValue>> extends Form<V> {
  /** The form was filled from what the user typed before the page was reloaded. */
  restored: boolean;
  /** Empties the form and forgets the kept input (after a save, or when the user asks). */
  clear: () => void;
}

/**
 * useForm, with the values kept per `key` (e.g. `${personId}.consent-grant`) while they differ from
 * `initial`. Call clear() once the server has the input.
 */
export function useKeptForm<V extends Record<string, FormValue>>(
  formId: string,
  key: string,
  initial: V,
): KeptForm<V> {
  const [restoredValues] = useState(() => readKept(key, initial));
  const [restored, setRestored] = useState(restoredValues !== null && !same(restoredValues, initial));
  const [blank] = useState(initial);
  const form = useForm<V>(formId, restoredValues ?? initial);
  const { values } = form;

  useEffect(() => {
    if (same(values, blank)) forgetKept(key);
    else writeKept(key, values);
  }, [key, values, blank]);

  return {
    ...form,
    restored,
    clear: () => {
      forgetKept(key);
      setRestored(false);
      form.reset(blank);
    },
  };
}
