// Database rows → HSDS 3.0 JSON: numbers as numbers (numeric columns arrive as strings), dates as
// YYYY-MM-DD, date-times as ISO 8601, and no nulls (HSDS types are not nullable, so an unknown value is
// left out). Values that would break an HSDS format (a uri without a scheme, an e-mail without @) are left
// out too, so every object validates.

export type Json = Record<string, unknown>;

const NUMERIC = new Set([
  'minimum_age',
  'maximum_age',
  'extension',
  'timezone',
  'amount',
  'latitude',
  'longitude',
]);
const URI = new Set(['url', 'website', 'uri', 'term_uri', 'schedule_link']);
const EMAIL = new Set(['email', 'assurer_email']);
/** Wijkpunt's own bookkeeping columns: never part of HSDS output. */
const INTERNAL = new Set(['created_at', 'updated_at', 'organisation_id', 'published', 'merged_into']);
/** The Dutch profile's fields (docs/hsds-nl-profile.md); left out with minimal=true. */
export const PROFILE_FIELDS = new Set([
  'summary_b1',
  'financing_route',
  'wor_eligible',
  'bor_eligible',
  'review_interval_months',
  'cbs_code',
]);

const isUri = (v: string) => /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(v);
const isEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);

/** One row as an HSDS object (its one-to-one fields). */
export function hsdsObject(row: Record<string, unknown>, opts: { minimal?: boolean } = {}): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined || INTERNAL.has(key)) continue;
    if (opts.minimal && PROFILE_FIELDS.has(key)) continue;
    if (value instanceof Date) {
      out[key] = value.toISOString();
    } else if (NUMERIC.has(key)) {
      const n = Number(value);
      if (Number.isFinite(n)) out[key] = n;
    } else if (URI.has(key) && typeof value === 'string') {
      if (isUri(value)) out[key] = value;
    } else if (EMAIL.has(key) && typeof value === 'string') {
      if (isEmail(value)) out[key] = value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** HSDS's paginated list wrapper. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number): Page<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
