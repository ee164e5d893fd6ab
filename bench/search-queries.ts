// The bench's search queries: text + filter + proximity, as an HTTP query string and as search options.
import type { SearchOptions } from '../src/modules/social-map/search/service.ts';

/** A query: its HTTP query string, and the same as search options (postcode resolved separately). */
export interface BenchQuery {
  name: string;
  params: Record<string, string>;
  options: Omit<SearchOptions, 'db' | 'page' | 'perPage' | 'near' | 'radiusKm'>;
  postcode?: string;
  radiusKm?: number;
}

export const QUERIES: BenchQuery[] = [
  {
    name: 'wandelen, free, 3511 AB ≤10 km',
    params: { q: 'wandelen', free: 'true', postcode: '3511 AB', radius_km: '10' },
    options: { text: 'wandelen', free: true },
    postcode: '3511 AB',
    radiusKm: 10,
  },
  {
    name: 'wandelgroap (typo), TU morning, 3511 ≤20 km',
    params: { q: 'wandelgroap', open_on: 'TU', part_of_day: 'morning', postcode: '3511', radius_km: '20' },
    options: { text: 'wandelgroap', openOn: { day: 'TU', part: 'morning' } },
    postcode: '3511',
    radiusKm: 20,
  },
  {
    name: 'taalcafe, free, open WE, 1012 ≤15 km',
    params: { q: 'taalcafe', free: 'true', open_on: 'WE', postcode: '1012', radius_km: '15' },
    options: { text: 'taalcafe', free: true, openOn: { day: 'WE' } },
    postcode: '1012',
    radiusKm: 15,
  },
  {
    name: 'schuldhulp, wmo, 3011 ≤10 km',
    params: { q: 'schuldhulp', financing_route: 'wmo', postcode: '3011', radius_km: '10' },
    options: { text: 'schuldhulp', financingRoute: 'wmo' },
    postcode: '3011',
    radiusKm: 10,
  },
  {
    name: 'bewegen, sport domain, age 70, 5611 ≤10 km',
    params: { q: 'bewegen', domain: 'domein.sport-bewegen', age: '70', postcode: '5611', radius_km: '10' },
    options: { text: 'bewegen', domain: 'domein.sport-bewegen', age: 70 },
    postcode: '5611',
    radiusKm: 10,
  },
  {
    name: 'food (211 text), free, 6461 ≤25 km',
    params: { q: 'food', free: 'true', postcode: '6461', radius_km: '25' },
    options: { text: 'food', free: true },
    postcode: '6461',
    radiusKm: 25,
  },
  {
    name: 'health, ouderen, places left, 9712 ≤30 km',
    params: {
      q: 'health',
      target_group: 'doelgroep.ouderen',
      places_left: 'true',
      postcode: '9712',
      radius_km: '30',
    },
    options: { text: 'health', targetGroup: 'doelgroep.ouderen', hasPlacesLeft: true },
    postcode: '9712',
    radiusKm: 30,
  },
  {
    name: 'mantelzorg, language en, 2511 ≤20 km, by distance',
    params: { q: 'mantelzorg', language: 'en', postcode: '2511', radius_km: '20', sort: 'distance' },
    options: { text: 'mantelzorg', language: 'en', sort: 'distance' },
    postcode: '2511',
    radiusKm: 20,
  },
  {
    name: 'fysiotherapie, accessible, 7511 ≤10 km',
    params: { q: 'fysiotherapie', accessible: 'true', postcode: '7511', radius_km: '10' },
    options: { text: 'fysiotherapie', accessibility: true },
    postcode: '7511',
    radiusKm: 10,
  },
  {
    name: 'free, open TU, 3511 ≤10 km (no text)',
    params: { free: 'true', open_on: 'TU', postcode: '3511', radius_km: '10' },
    options: { free: true, openOn: { day: 'TU' } },
    postcode: '3511',
    radiusKm: 10,
  },
];

/** Broad searches over the whole map (no text, no place): reported beside the targets, not in them. */
export const BROAD_QUERIES: BenchQuery[] = [
  {
    name: 'free, open TU (whole map)',
    params: { free: 'true', open_on: 'TU' },
    options: { free: true, openOn: { day: 'TU' } },
  },
  { name: 'everything, first page (whole map)', params: {}, options: {} },
];
