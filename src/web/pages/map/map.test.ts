import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/context.tsx';
import type { MessageKey, Vars } from '../../i18n/context.tsx';
import { formatDistance, freshnessText, mapLink, placesText, scheduleText } from './format.ts';
import {
  apiParams,
  fieldErrorsOf,
  formFromUrl,
  urlFromForm,
  withFilter,
  withoutFilters,
  withPage,
} from './searchState.ts';

const nl = (key: MessageKey, vars?: Vars) => translate('nl', key, vars);
const en = (key: MessageKey, vars?: Vars) => translate('en', key, vars);

describe('the search in the URL', () => {
  it('round-trips the form through the query string, leaving out what is empty', () => {
    const form = {
      ...formFromUrl(new URLSearchParams()),
      q: ' wandelen ',
      postcode: '3511 AB',
      free: true,
      open_on: 'TU',
      part_of_day: 'morning',
    };
    const url = urlFromForm(form);
    expect(url.toString()).toBe('q=wandelen&postcode=3511+AB&open_on=TU&part_of_day=morning&free=ja');
    expect(formFromUrl(url)).toEqual({ ...form, q: 'wandelen' });
  });

  it('keeps q in an empty search, and drops a part of day without a day and a radius without a postcode', () => {
    const empty = formFromUrl(new URLSearchParams());
    expect(urlFromForm(empty).toString()).toBe('q=');
    expect(urlFromForm({ ...empty, part_of_day: 'evening', radius_km: '5' }).toString()).toBe('q=');
  });

  it('asks the API to sort by distance when there is a postcode, one page at a time', () => {
    expect(apiParams(new URLSearchParams('q=&postcode=3511AB&page=3&free=ja'))).toEqual({
      postcode: '3511AB',
      free: 'ja',
      sort: 'distance',
      page: '3',
      per_page: '10',
    });
    expect(apiParams(new URLSearchParams('q=yoga&page=nonsense'))).toEqual({
      q: 'yoga',
      page: '1',
      per_page: '10',
    });
  });

  it('sets and removes a filter back on page 1, pages, and clears filters but keeps words and postcode', () => {
    const params = new URLSearchParams('q=koffie&postcode=6461&page=4&wor=ja');
    expect(withFilter(params, 'domain', 'domein.welzijn')).toBe(
      '?q=koffie&postcode=6461&wor=ja&domain=domein.welzijn',
    );
    expect(withFilter(params, 'wor', null)).toBe('?q=koffie&postcode=6461');
    expect(withPage(params, 5)).toBe('?q=koffie&postcode=6461&page=5&wor=ja');
    expect(withPage(params, 1)).toBe('?q=koffie&postcode=6461&wor=ja');
    expect(withoutFilters(params)).toBe('?q=koffie&postcode=6461');
  });

  it("ties the server's field errors to the form fields", () => {
    expect(
      fieldErrorsOf([
        { path: 'query.postcode', message: 'Onbekende postcode' },
        { path: 'querystring.age', message: 'Een getal' },
        { path: 'query.sort', message: 'Niet op het formulier' },
      ]),
    ).toEqual({ postcode: 'Onbekende postcode', age: 'Een getal' });
  });
});

describe('plain words', () => {
  it('gives metres below a kilometre and kilometres with one decimal above', () => {
    expect(formatDistance(0.8, 'nl')).toBe('800 m');
    expect(formatDistance(0, 'nl')).toBe('100 m');
    expect(formatDistance(3.2, 'nl')).toBe('3,2 km');
    expect(formatDistance(3.2, 'en')).toBe('3.2 km');
  });

  it('says how many places are left, or that it is full', () => {
    expect(placesText(nl, 12, false)).toBe('nog 12 plekken vrij');
    expect(placesText(nl, 1, false)).toBe('nog 1 plek vrij');
    expect(placesText(nl, 0, true)).toBe('vol, u kunt op de wachtlijst');
    expect(placesText(nl, 0, false)).toBe('vol');
    expect(placesText(en, null, false)).toBe('no limit on places');
  });

  it('reads opening hours, weekly and monthly', () => {
    const base = { freq: 'WEEKLY' as const, week_of_month: null, description: null, notes: null };
    expect(scheduleText(nl, { ...base, days: ['TU'], opens_at: '10:00', closes_at: '11:30' })).toBe(
      'Dinsdag, 10:00 tot 11:30 uur',
    );
    expect(scheduleText(nl, { ...base, days: ['MO', 'WE', 'FR'], opens_at: '09:00', closes_at: null })).toBe(
      'Maandag, woensdag en vrijdag, vanaf 09:00 uur',
    );
    expect(
      scheduleText(nl, {
        ...base,
        freq: 'MONTHLY',
        week_of_month: 1,
        days: ['TH'],
        opens_at: '14:00',
        closes_at: '16:00',
      }),
    ).toBe('Elke 1e donderdag van de maand, 14:00 tot 16:00 uur');
    expect(
      scheduleText(en, { ...base, days: [], opens_at: null, closes_at: null, description: 'op afspraak' }),
    ).toBe('Op afspraak');
  });

  it('says when an entry was last checked, plainly when it is stale', () => {
    expect(
      freshnessText(nl, 'nl', { assured_date: '2025-09-01', stale: true, months_since_checked: 14 }),
    ).toBe('Laatst gecontroleerd 14 maanden geleden.');
    expect(
      freshnessText(en, 'en', { assured_date: '2026-10-05', stale: false, months_since_checked: 1 }),
    ).toBe('Last checked on 5 October 2026.');
    expect(freshnessText(nl, 'nl', { assured_date: null, stale: true, months_since_checked: null })).toBe(
      'We weten niet wanneer dit voor het laatst is gecontroleerd.',
    );
  });

  it('links to the place on OpenStreetMap', () => {
    expect(mapLink(50.86, 6.07)).toBe(
      'https://www.openstreetmap.org/?mlat=50.86&mlon=6.07#map=17/50.86/6.07',
    );
  });
});
