// API client of the map-editing pages. Shapes come from the server's zod schemas (type-only imports).
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { Items, Out } from '../../api.ts';
import type * as s from '../../../modules/social-map/editing/schema.ts';

export type ServiceDocument = z.output<typeof s.serviceDocument>;
export type Entry = Out<typeof s.entryOut>;
export type EntryList = Out<typeof s.entryListOut>;
export type EntryOverview = Out<typeof s.entryOverviewOut>;
export type EditingOptions = Out<typeof s.editingOptionsOut>;
export type Term = EditingOptions['terms'][number];
export type Revision = Out<typeof s.revisionOut>;
export type RevisionSummary = Out<typeof s.revisionSummaryOut>;
export type RevisionState = Revision['state'];
export type History = Out<typeof s.historyOut>;
export type Version = History['items'][number];
export type Diff = Out<typeof s.diffOut>;
export type Report = Out<typeof s.reportOut>;
export type Notification = Out<typeof s.notificationOut>;
export type Worklist = Out<typeof s.worklistOut>;
export type Stale = Worklist['stale'][number];
export type Verified = Out<typeof s.verifyOut>;

/** A document as the form sends it: numbers the user typed may still be text, so the server names them. */
export type DocumentInput = Omit<
  ServiceDocument,
  'minimum_age' | 'maximum_age' | 'review_interval_months' | 'cost_options'
> & {
  minimum_age: number | string | null;
  maximum_age: number | string | null;
  review_interval_months: number | string;
  cost_options: (Omit<ServiceDocument['cost_options'][number], 'amount'> & {
    amount: number | string | null;
  })[];
};

const base = '/social-map';
const id = encodeURIComponent;

export const mapEditingApi = {
  entries: (q: string, page: number) =>
    request<EntryList>('GET', `${base}/services/editable`, {
      query: { q: q || undefined, page: String(page), per_page: '25' },
    }),
  overview: (serviceId: string) =>
    request<EntryOverview>('GET', `${base}/services/${id(serviceId)}/overview`),
  options: () => request<EditingOptions>('GET', `${base}/editing-options`),

  createEntry: (organizationId: string, document: DocumentInput) =>
    request<Revision>('POST', `${base}/services`, { body: { organizationId, document } }),
  startChange: (serviceId: string) =>
    request<Revision>('POST', `${base}/services/${id(serviceId)}/revisions`),
  revision: (revisionId: string) => request<Revision>('GET', `${base}/revisions/${id(revisionId)}`),
  saveRevision: (revisionId: string, document: DocumentInput) =>
    request<Revision>('PUT', `${base}/revisions/${id(revisionId)}`, { body: { document } }),
  submit: (revisionId: string) => request<Revision>('POST', `${base}/revisions/${id(revisionId)}/submit`),
  discard: (revisionId: string) => request<void>('POST', `${base}/revisions/${id(revisionId)}/discard`),
  approve: (revisionId: string) => request<Revision>('POST', `${base}/revisions/${id(revisionId)}/approve`),
  sendBack: (revisionId: string, remark: string) =>
    request<Revision>('POST', `${base}/revisions/${id(revisionId)}/send-back`, { body: { remark } }),
  revisionDiff: (revisionId: string) => request<Diff>('GET', `${base}/revisions/${id(revisionId)}/diff`),
  myRevisions: () => request<Items<RevisionSummary>>('GET', `${base}/revisions/mine`),

  history: (serviceId: string) => request<History>('GET', `${base}/services/${id(serviceId)}/history`),
  versionDiff: (serviceId: string, from: number, to: number) =>
    request<Diff>('GET', `${base}/services/${id(serviceId)}/diff`, {
      query: { from: String(from), to: String(to) },
    }),
  verify: (serviceId: string) => request<Verified>('POST', `${base}/services/${id(serviceId)}/verify`),

  reports: (serviceId: string) => request<Items<Report>>('GET', `${base}/services/${id(serviceId)}/reports`),
  closeReport: (reportId: string, note: string) =>
    request<Report>('POST', `${base}/reports/${id(reportId)}/close`, { body: { note } }),

  worklist: () => request<Worklist>('GET', `${base}/worklist`),
  notifications: () => request<Items<Notification>>('GET', `${base}/notifications`),
  markRead: (notificationId: string) =>
    request<void>('POST', `${base}/notifications/${id(notificationId)}/read`),
};
