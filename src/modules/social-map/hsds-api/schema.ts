// Query parameters and response shapes of the HSDS 3.0 read API (names as in HSDS's openapi.json).
// Responses are HSDS objects whose full schema is HSDS's own JSON Schema (checked in the tests); here they
// pass through as open objects.
import { z } from 'zod';
import { cbsCode, postcode, queryBoolean } from '../search/schema.ts';
import { DAYS } from '../search/service.ts';

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(50),
};

export const pageQuery = z.object(paging);

export const servicesQuery = z.object({
  ...paging,
  text: z.string().trim().max(200).optional(),
  /** HSDS's openapi names full-text search `search`; the issue names it `text`. Both work. */
  search: z.string().trim().max(200).optional(),
  taxonomy_term_id: z.string().trim().max(100).optional(),
  taxonomy_id: z.string().trim().max(100).optional(),
  organization_id: z.string().trim().max(100).optional(),
  modified_after: z.iso.datetime({ offset: true, local: true }).or(z.iso.date()).optional(),
  minimal: queryBoolean.optional(),
  postcode: postcode.optional(),
  proximity: z.coerce.number().positive().max(300).optional(),
  neighbourhood: cbsCode.optional(),
  free: queryBoolean.optional(),
  open_on: z.enum(DAYS).optional(),
});

export const taxonomyTermsQuery = z.object({
  ...paging,
  taxonomy_id: z.uuid().optional(),
  parent_id: z.uuid().optional(),
  top_only: queryBoolean.optional(),
});

export const serviceAtLocationsQuery = z.object({
  ...paging,
  organization_id: z.uuid().optional(),
  full: queryBoolean.optional(),
});

export const idParams = z.object({ id: z.string().max(100) });

export const hsdsObject = z.looseObject({});

export const hsdsPage = z.object({
  total_items: z.number(),
  total_pages: z.number(),
  page_number: z.number(),
  size: z.number(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(hsdsObject),
});

export const apiInfo = z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() });
