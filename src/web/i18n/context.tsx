import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { setApiLocale } from '../api.ts';
import type { Locale } from '../api.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import type { MessageKey, Messages } from './nl.ts';

export type { MessageKey } from './nl.ts';
export type Vars = Record<string, string | number>;

const catalogues: Record<Locale, Messages> = { nl, en };
const STORAGE_KEY = 'wijkpunt.locale';

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const text = catalogues[locale][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value === 'nl' || value === 'en') return value;
  } catch {
    // Storage can be blocked; Dutch is the default.
  }
  return 'nl';
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  /** Translates a key built at run time (e.g. `role.${role}`); falls back to the raw value. */
  label: (prefix: 'role' | 'discipline' | 'orgType' | 'nav', value: string) => string;
  formatDateTime: (iso: string) => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = storedLocale();
    setApiLocale(initial);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    setApiLocale(next);
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not fatal: the choice then lasts for this visit only.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const intlLocale = locale === 'nl' ? 'nl-NL' : 'en-GB';
    const dateTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(intlLocale);
    const t = (key: MessageKey, vars?: Vars) => translate(locale, key, vars);
    return {
      locale,
      setLocale,
      t,
      label: (prefix, raw) => {
        const key = `${prefix}.${raw}`;
        return isMessageKey(key) ? t(key) : raw;
      },
      formatDateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      formatNumber: (n) => number.format(n),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
