// The search lives in the URL's query string (shareable; the back button works): the form reads from it
// and writes to it, and the API gets the same names.
import type { SearchParamName, SearchParams } from './api.ts';

export const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const PARTS = ['morning', 'afternoon', 'evening'] as const;
export const FINANCING = ['free', 'wmo', 'zvw', 'self_paid', 'membership'] as const;
export const RADII = ['1', '2', '5', '10', '25'] as const;
export const PER_PAGE = 10;

export interface SearchFormValues {
  q: string;
  postcode: string;
  free: boolean;
  open_on: string;
  part_of_day: string;
  domain: string;
  target_group: string;
  age: string;
  financing_route: string;
  language: string;
  accessible: boolean;
  wor: boolean;
  bor: boolean;
  neighbourhood: string;
  places_left: boolean;
  radius_km: string;
}

const TEXT = [
  'q',
  'postcode',
  'open_on',
  'part_of_day',
  'domain',
  'target_group',
  'age',
  'financing_route',
  'language',
  'neighbourhood',
  'radius_km',
] as const;
const FLAGS = ['free', 'accessible', 'wor', 'bor', 'places_left'] as const;
/** The fields typed or chosen as text (the others are yes/no). */
export type TextKey = (typeof TEXT)[number];
const YES = 'ja';

export function formFromUrl(params: URLSearchParams): SearchFormValues {
  const text = (k: (typeof TEXT)[number]) => params.get(k) ?? '';
  const flag = (k: (typeof FLAGS)[number]) => params.get(k) === YES;
  return {
    q: text('q'),
    postcode: text('postcode'),
    free: flag('free'),
    open_on: text('open_on'),
    part_of_day: text('part_of_day'),
    domain: text('domain'),
    target_group: text('target_group'),
    age: text('age'),
    financing_route: text('financing_route'),
    language: text('language'),
    accessible: flag('accessible'),
    wor: flag('wor'),
    bor: flag('bor'),
    neighbourhood: text('neighbourhood'),
    places_left: flag('places_left'),
    radius_km: text('radius_km'),
  };
}

/** The query string of a submitted form; `q` is always there, so an empty search still counts as one. */
export function urlFromForm(form: SearchFormValues): URLSearchParams {
  const out = new URLSearchParams();
  out.set('q', form.q.trim());
  for (const k of TEXT) {
    const v = form[k].trim();
    if (k !== 'q' && v) out.set(k, v);
  }
  for (const k of FLAGS) if (form[k]) out.set(k, YES);
  // A part of the day means nothing without a day, a radius nothing without a postcode.
  if (!out.has('open_on')) out.delete('part_of_day');
  if (!out.has('postcode')) out.delete('radius_km');
  return out;
}

/** The server's field errors by form field: query.postcode (the handler), querystring.age (the schema). */
export function fieldErrorsOf(
  errors: { path: string; message: string }[],
): Partial<Record<keyof SearchFormValues, string>> {
  const out: Partial<Record<keyof SearchFormValues, string>> = {};
  const fields: readonly string[] = [...TEXT, ...FLAGS];
  for (const e of errors) {
    const name = e.path.replace(/^(querystring|query)\./, '');
    const field = fields.find((f) => f === name);
    if (field) out[field as keyof SearchFormValues] ??= e.message;
  }
  return out;
}

export const hasSearched = (params: URLSearchParams) => params.has('q');

export function pageOf(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** The API's parameters for the search in the URL: sorted by distance when there is a postcode. */
export function apiParams(params: URLSearchParams): SearchParams {
  const out: SearchParams = {};
  const keys: SearchParamName[] = [...TEXT, ...FLAGS];
  for (const k of keys) {
    const v = params.get(k)?.trim();
    if (v) out[k] = v;
  }
  if (out.postcode) out.sort = 'distance';
  out.page = String(pageOf(params));
  out.per_page = String(PER_PAGE);
  return out;
}

/** The same search with one filter set (or removed with null), back on page 1. */
export function withFilter(params: URLSearchParams, key: string, value: string | null): string {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key);
  else next.set(key, value);
  next.delete('page');
  if (!next.has('q')) next.set('q', '');
  return `?${next.toString()}`;
}

/** The same words and postcode without any filter. */
export function withoutFilters(params: URLSearchParams): string {
  const next = new URLSearchParams({ q: params.get('q') ?? '' });
  const postcode = params.get('postcode');
  if (postcode) next.set('postcode', postcode);
  return `?${next.toString()}`;
}

export function withPage(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return `?${next.toString()}`;
}
