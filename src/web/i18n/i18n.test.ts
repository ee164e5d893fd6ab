import { describe, expect, it } from 'vitest';
import { DISCIPLINES, ORGANISATION_TYPES, ROLES } from '../api.ts';
import { NAV_PATHS } from '../navigation.ts';
import { isMessageKey, translate } from './context.tsx';
import { en } from './en.ts';
import { nl } from './nl.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('English has exactly the Dutch keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(nl)) {
      if (!isMessageKey(key)) throw new Error(key);
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('has a label for every role, discipline, organisation type and navigation key', () => {
    const keys = [
      ...ROLES.map((r) => `role.${r}`),
      ...ROLES.map((r) => `membership.${r}`),
      ...DISCIPLINES.map((d) => `discipline.${d}`),
      ...ORGANISATION_TYPES.map((o) => `orgType.${o}`),
      ...Object.keys(NAV_PATHS).map((k) => `nav.${k}`),
    ];
    expect(keys.filter((k) => !isMessageKey(k))).toEqual([]);
  });

  it('gives the menu the names the browser tests rely on', () => {
    expect(translate('nl', 'nav.access-log')).toBe('Wie zag mijn gegevens');
    expect(translate('nl', 'app.mainMenu')).toBe('Hoofdmenu');
    expect(translate('en', 'app.mainMenu')).toBe('Main menu');
    expect(translate('nl', 'login.email')).toBe('E-mailadres');
    expect(translate('en', 'login.password')).toBe('Password');
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'home.title', { name: 'Anna' })).toBe('Welkom, Anna');
    expect(translate('en', 'home.title')).toBe('Welcome, {name}');
  });
});
