// API client of the public social-map pages: search, one service, a problem report, and the Dutch
// taxonomy (through the public HSDS API) for the filter choices. Types come from the server's schemas.
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { reportBody, reportCreatedOut } from '../../../modules/social-map/editing/schema.ts';
import type { publicServiceOut } from '../../../modules/social-map/public/schema.ts';
import type { searchQuery, searchResponse } from '../../../modules/social-map/search/schema.ts';

export type SearchResult = z.output<typeof searchResponse>;
export type SearchHit = SearchResult['items'][number];
export type FacetValue = SearchResult['facets']['domains'][number];
export type PublicService = z.output<typeof publicServiceOut>;
export type ProblemReport = z.input<typeof reportBody>;
export type ProblemKind = ProblemReport['kind'];
export type ReportCreated = z.output<typeof reportCreatedOut>;
/** Search parameters as the query string carries them (strings), keyed by the API's own names. */
export type SearchParamName = keyof z.input<typeof searchQuery>;
export type SearchParams = Partial<Record<SearchParamName, string>>;

export interface TaxonomyTerm {
  id: string;
  code: string;
  name: string;
  parent_id?: string;
}

interface HsdsPage<T> {
  contents: T[];
}

export const mapApi = {
  search: (params: SearchParams) => request<SearchResult>('GET', '/social-map/search', { query: params }),
  service: (id: string, postcode?: string) =>
    request<PublicService>('GET', `/social-map/services/${encodeURIComponent(id)}`, {
      query: { postcode: postcode || undefined },
    }),
  /** The problem kind is sent as chosen (possibly none), so the server names a missing choice. */
  report: (id: string, input: Omit<ProblemReport, 'kind'> & { kind: ProblemKind | '' }) =>
    request<ReportCreated>('POST', `/social-map/services/${encodeURIComponent(id)}/reports`, {
      body: input,
    }),
  /** All terms of the shipped Dutch taxonomy (about a hundred), for the domain and target-group choices. */
  terms: () =>
    request<HsdsPage<TaxonomyTerm>>('GET', '/hsds/taxonomy_terms', { query: { per_page: '500' } }).then(
      (page) => page.contents.filter((t) => typeof t.code === 'string'),
    ),
};
