// API client of referrals (issue 7): lists (sent, received, mine), one referral as the caller sees it, a new
// referral and its steps, plus the few look-ups the forms need (organisations, the social map's services
// and its needs taxonomy). Shapes come from the server (type-only imports: nothing of it ends up in the
// bundle).
import type { z } from 'zod';
import { api, request, type Items } from '../../api.ts';
import type * as s from '../../../modules/referrals/schema.ts';
import type { CaseloadItem } from '../../../modules/referrals/caseload.ts';
import type { MonthFigures } from '../../../modules/referrals/figures.ts';
import type { ReferralListItem, ReferralView } from '../../../modules/referrals/service.ts';
import type { ContactKind, Party, ReferralStatus, Stream } from '../../../modules/referrals/tables.ts';
import type { RecordCategory } from '../../../modules/record/categories.ts';
import { mapApi, type PublicService, type SearchHit } from '../map/api.ts';

export type {
  CaseloadItem,
  ContactKind,
  MonthFigures,
  Party,
  ReferralListItem,
  ReferralStatus,
  ReferralView,
};
export type { Stream };
export type Box = z.input<typeof s.listQuery>['box'];
export type Feedback = NonNullable<z.input<typeof s.transitionBody>['outcome']>;
export type Instrument = NonNullable<Feedback['wellbeing']>['instrument'];

/**
 * What the form sends: choices as picked (possibly empty) and numbers as typed when they are no number, so
 * the server names a missing or wrong one at its field.
 */
export type NewReferral = Omit<z.input<typeof s.createBody>, 'to' | 'consent' | 'urgency' | 'preferences'> & {
  to: { organisationId?: string; serviceId?: string; team?: string; sessionId?: string };
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

/** How a contact moment took place (the server's CONTACT_KINDS). */
export const CONTACT_KINDS: readonly ContactKind[] = ['phone', 'visit', 'meeting', 'message', 'other'];

/** The link worker's worklist, grouped as GET /api/v1/referrals/caseload gives it. */
export interface Caseload {
  new: CaseloadItem[];
  active: CaseloadItem[];
  waiting: CaseloadItem[];
  closing: CaseloadItem[];
}

/** A team to refer to (GET /api/v1/teams). */
export interface Team {
  id: string;
  name: string;
  stream: Stream;
  organisation: string;
  neighbourhood: string;
}

/** A contact moment as the form sends it: the moment as an ISO date-time, or as typed when it is none. */
export interface NewContact {
  at: string;
  kind: string;
  note: string;
}

/** A dated session of a service, as the public service page gives it. */
export type Session = PublicService['sessions'][number];

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
  caseload: () => request<Caseload>('GET', '/referrals/caseload'),
  addContact: (id: string, body: NewContact) =>
    request<{ id: string }>('POST', `/referrals/${enc(id)}/contacts`, { body }),
  link: (id: string, serviceId: string) =>
    request<void>('POST', `/referrals/${enc(id)}/links`, { body: { serviceId } }),
  unlink: (id: string, serviceId: string) =>
    request<void>('DELETE', `/referrals/${enc(id)}/links/${enc(serviceId)}`),
  /** Figures per neighbourhood and month (YYYY-MM), for coordinators; counts of 1 to 9 are null. */
  figures: (from: string, to: string) =>
    request<Items<MonthFigures>>('GET', '/referrals/figures', { query: { from, to } }).then((r) => r.items),
  teams: () => request<Items<Team>>('GET', '/teams').then((r) => r.items),
  /** One service of the social map with its next sessions and whether it takes referrals. */
  service: (id: string) => mapApi.service(id),
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
export const CASELOAD_PATH = `${REFERRALS_PATH}/werklijst`;
export const FIGURES_PATH = `${REFERRALS_PATH}/cijfers`;
/** A resident signs up for a service of the social map herself. */
export const selfReferralPath = (serviceId: string) => `${REFERRALS_PATH}/aanmelden/${enc(serviceId)}`;
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
