// Query and response of GET /api/v1/social-map/search.
import { z } from 'zod';
import { bilingual } from '../../../server/errors.ts';
import { FINANCING_ROUTES } from '../tables.ts';
import { DAYS, PARTS_OF_DAY, SORTS } from './service.ts';

/** 'true'/'false'/'1'/'0'/'ja'/'nee' in a query string. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0', 'ja', 'nee'], {
    error: bilingual('Kies true of false.', 'Choose true or false.'),
  })
  .transform((v) => v === 'true' || v === '1' || v === 'ja');

/** A repeatable or comma-separated query parameter. */
export const queryList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((x) => x.split(','))
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(200)).max(50));

export const cbsCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^(WK\d{6}|BU\d{8}|GM\d{4})$/,
    bilingual(
      'CBS-code: bijvoorbeeld WK034401 (wijk), BU03440101 (buurt) of GM0344 (gemeente).',
      'CBS code: for example WK034401 (district), BU03440101 (neighbourhood) or GM0344 (municipality).',
    ),
  );

// Checked by resolvePostcode in the handler, so a malformed and an unknown postcode get the same message.
export const postcode = z.string().trim().max(20);

export const searchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  term: queryList.optional(),
  domain: z.string().trim().max(200).optional(),
  target_group: z.string().trim().max(200).optional(),
  age: z.coerce.number().int().min(0).max(130).optional(),
  free: queryBoolean.optional(),
  financing_route: z.enum(FINANCING_ROUTES).optional(),
  open_on: z.enum(DAYS).optional(),
  part_of_day: z.enum(PARTS_OF_DAY).optional(),
  language: z.string().trim().min(2).max(50).optional(),
  accessible: queryBoolean.optional(),
  wor: queryBoolean.optional(),
  bor: queryBoolean.optional(),
  neighbourhood: cbsCode.optional(),
  places_left: queryBoolean.optional(),
  postcode: postcode.optional(),
  radius_km: z.coerce.number().positive().max(300).optional(),
  sort: z.enum(SORTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

const facetValue = z.object({
  id: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  count: z.number(),
});

export const searchResponse = z.object({
  total: z.number(),
  page: z.number(),
  perPage: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      summary: z.string().nullable(),
      organization: z.object({ id: z.string(), name: z.string() }).nullable(),
      distance_km: z.number().nullable(),
      next_session: z.object({ starts_at: z.string(), places_left: z.number().nullable() }).nullable(),
      assured_date: z.string().nullable(),
      stale: z.boolean(),
      months_since_checked: z.number().nullable(),
      free: z.boolean(),
      financing_route: z.enum(FINANCING_ROUTES).nullable(),
    }),
  ),
  facets: z.object({
    domains: z.array(facetValue),
    targetGroups: z.array(facetValue),
    financingRoutes: z.array(facetValue),
    neighbourhoods: z.array(facetValue),
  }),
});
