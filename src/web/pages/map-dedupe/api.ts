// API client of the sources and duplicates pages. Shapes come from the server's zod schemas (type-only
// imports: nothing of the server ends up in the bundle).
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { Out } from '../../api.ts';
import type * as s from '../../../modules/social-map/dedupe/schema.ts';

export type PairStatus = z.output<typeof s.pairsQuery>['status'];
export type PairKind = NonNullable<z.output<typeof s.pairsQuery>['kind']>;
export type PairList = Out<typeof s.pairListOut>;
export type PairSummary = PairList['items'][number];
export type PairSide = PairSummary['a'];
export type Pair = Out<typeof s.pairOut>;
export type PairField = Pair['fields'][number];
export type Decision = Pair['decisions'][number];
export type RunResult = Out<typeof s.runOut>;
export type Settings = Out<typeof s.settingsOut>;
export type RegionSettings = Out<typeof s.settingsItem>;
export type Source = Out<typeof s.sourceOut>;
export type SourceInput = z.input<typeof s.sourceBody>;
export type EntrySources = Out<typeof s.entrySourcesOut>;

/** Thresholds are sent as typed when they are not numbers, so the server names the field. */
export interface ThresholdsInput {
  autoMerge: number | string;
  review: number | string;
}
/** The refresh interval may be sent as typed (text), so the server names the field. */
export type SourceDraft = Omit<SourceInput, 'refreshIntervalDays'> & {
  refreshIntervalDays: number | string | null;
};

export const PAIR_STATUSES = ['review', 'merged', 'kept_apart', 'unmerged'] as const satisfies PairStatus[];
export const PAIR_KINDS = ['service', 'organization'] as const satisfies PairKind[];

const base = '/socialmap';
const id = encodeURIComponent;

export const mapDedupeApi = {
  pairs: (q: { status: PairStatus; kind?: PairKind; page: number }) =>
    request<PairList>('GET', `${base}/duplicates`, {
      query: { status: q.status, kind: q.kind, page: String(q.page), per_page: '20' },
    }),
  pair: (pairId: string) => request<Pair>('GET', `${base}/duplicates/${id(pairId)}`),
  merge: (pairId: string, values: Record<string, 'a' | 'b'>) =>
    request<Pair>('POST', `${base}/duplicates/${id(pairId)}/merge`, {
      body: Object.keys(values).length ? { values } : {},
    }),
  keepApart: (pairId: string) => request<Pair>('POST', `${base}/duplicates/${id(pairId)}/keep-apart`),
  undo: (pairId: string) => request<Pair>('POST', `${base}/duplicates/${id(pairId)}/undo`),

  run: () => request<RunResult>('POST', `${base}/dedupe`),
  settings: () => request<Settings>('GET', `${base}/dedupe-settings`),
  updateSettings: (regionId: string, input: ThresholdsInput) =>
    request<RegionSettings>('PUT', `${base}/dedupe-settings/${id(regionId)}`, { body: input }),

  sources: () => request<{ items: Source[] }>('GET', `${base}/sources`),
  updateSource: (sourceId: string, input: SourceDraft) =>
    request<Source>('PUT', `${base}/sources/${id(sourceId)}`, { body: input }),
  serviceSources: (serviceId: string) =>
    request<EntrySources>('GET', `${base}/services/${id(serviceId)}/sources`),
};

/** The address of a source's conflict report (a download, not an API call through `request`). */
export const conflictsCsvUrl = (sourceId: string) => `/api/v1${base}/sources/${id(sourceId)}/conflicts.csv`;
