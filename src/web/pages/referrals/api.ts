// API client of referrals (issue 7): lists (sent, received, mine), one referral as the caller sees it, a new
// referral and its steps, plus the few look-ups the forms need (organisations, the social map's services
// and its needs taxonomy). Shapes come from the server (type-only imports: nothing of it ends up in the
// bundle).
import type { z } from 'zod';
import { api, request, type Items } from '../../api.ts';
import type * as s from '../../../modules/referrals/schema.ts';
import type { ReferralListItem, ReferralView } from '../../../modules/referrals/service.ts';
import type { Party, ReferralStatus } from '../../../modules/referrals/tables.ts';
import type { RecordCategory } from '../../../modules/record/categories.ts';
import { mapApi, type SearchHit } from '../map/api.ts';

export type { Party, ReferralListItem, ReferralStatus, ReferralView };
export type Box = z.input<typeof s.listQuery>['box'];
export type Feedback = NonNullable<z.input<typeof s.transitionBody>['outcome']>;
export type Instrument = NonNullable<Feedback['wellbeing']>['instrument'];

/**
 * What the form sends: choices as picked (possibly empty) and numbers as typed when they are no number, so
 * the server names a missing or wrong one at its field.
 */
export type NewReferral = Omit<z.input<typeof s.createBody>, 'to' | 'consent' | 'urgency' | 'preferences'> & {
  to: { organisationId?: string; serviceId?: string };
  consent: { categories: RecordCategory[] };
  urgency: string;
  preferences: { contactBy?: string; language?: string };
};
export interface TransitionBody {
  to: ReferralStatus;
  reason?: string;
  outcome?: Omit<Feedback, 'wellbeing'> & {
    wellbeing?: { instrument: string; before: number | string; after: number | string };
  };
}

/** The statuses in their order (the server's REFERRAL_STATUSES). */
export const STATUSES: readonly ReferralStatus[] = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'failed',
  'cancelled',
];

/** Steps that need a reason (lifecycle.ts NEEDS_REASON); cancelling may have one. */
export const NEEDS_REASON: ReadonlySet<ReferralStatus> = new Set(['rejected', 'on-hold', 'failed']);

export const INSTRUMENTS: readonly Instrument[] = ['ONS4', 'SWEMWBS'];

export interface NeedTerm {
  code: string;
  name: string;
}

const enc = encodeURIComponent;

export const referralsApi = {
  list: (box: Box) => request<Items<ReferralListItem>>('GET', '/referrals', { query: { box } }),
  get: (id: string) => request<ReferralView>('GET', `/referrals/${enc(id)}`),
  create: (body: NewReferral) => request<{ id: string; status: 'requested' }>('POST', '/referrals', { body }),
  move: (id: string, body: TransitionBody) =>
    request<{ id: string; status: ReferralStatus; allowedTransitions: ReferralStatus[] }>(
      'POST',
      `/referrals/${enc(id)}/transitions`,
      { body },
    ),
  organisations: () => api.organisations().then((r) => r.items),
  /** Services of the social map by name or words (the first 20). */
  services: (q: string): Promise<SearchHit[]> => mapApi.search({ q, per_page: '20' }).then((r) => r.items),
  /** The social map's needs ("behoefte") terms, the words a referral's needs are given in. */
  needs: (): Promise<NeedTerm[]> =>
    mapApi.terms().then((terms) =>
      terms
        .filter((t) => t.code.startsWith('behoefte.'))
        .map(({ code, name }) => ({ code, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    ),
};

export const REFERRALS_PATH = '/verwijzingen';
export const referralPath = (id: string) => `${REFERRALS_PATH}/${enc(id)}`;
export const newReferralPath = (residentId?: string) =>
  `${REFERRALS_PATH}/nieuw${residentId ? `?inwoner=${enc(residentId)}` : ''}`;
/** One part of the record that went with a referral, read by the receiver for this referral. */
export const referralRecordPath = (id: string, part: RecordCategory) =>
  `${referralPath(id)}/dossier?deel=${enc(part)}`;
/** The referral as FHIR R4 (Task, ServiceRequest, wellbeing Observations): a plain link, the session cookie does. */
export const referralFhirUrl = (id: string) => `/api/v1/referrals/${enc(id)}/fhir`;
/** The public page of a service of the social map. */
export const servicePath = (id: string) => `/sociale-kaart/aanbod/${enc(id)}`;

/** What a page may receive in the history state after a step elsewhere (e.g. "sent"). */
export interface ArrivalState {
  notice?: string;
}
