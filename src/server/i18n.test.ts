import { describe, expect, it } from 'vitest';
import { localeFrom } from './i18n.ts';

describe('localeFrom', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['de-DE,en;q=0.5,nl;q=0.7', 'nl'],
    ['fr, en;q=0.1', 'en'],
    ['fr', 'nl'],
    ['en;q=0, nl', 'nl'],
  ])('%s → %s', (header, locale) => {
    expect(localeFrom(header)).toBe(locale);
  });
});
