// API client of consent and sharing: the resident's consents and the professionals' side (shared records,
// asking for consent, emergency access, the coordinator's review). Shapes come from the server's zod
// schemas (type-only imports: nothing of the server ends up in the bundle).
import type { z } from 'zod';
import { ApiError, request, type Items } from '../../api.ts';
import type * as s from '../../../modules/consent/schema.ts';
import type { RecordCategory } from '../../../modules/record/categories.ts';
import type { Purpose } from '../../../modules/consent/tables.ts';
import type { CategoryView, Summary } from '../record/api.ts';
import type { RecordSource } from '../record/source.ts';

export type { Purpose };
export type Consent = z.output<typeof s.consentOut>;
export type ConsentStatus = Consent['status'];
export type Grantee = Consent['grantee'];
export type Grantees = z.output<typeof s.granteesOut>;
export type GrantInput = z.input<typeof s.grantBody>;
export type RequestInput = z.input<typeof s.requestBody>;
/** Choices are sent as picked (possibly empty), so the server names a missing one at its field. */
export type GrantBody = Omit<GrantInput, 'grantee' | 'purpose' | 'categories' | 'validUntil'> & {
  grantee: { userId?: string; organisationId?: string; role?: string };
  purpose: string;
  categories: string[];
  validUntil?: string;
};
export type AskBody = Omit<RequestInput, 'for' | 'purpose' | 'categories' | 'validUntil'> & {
  for: string;
  purpose: string;
  categories: string[];
  validUntil?: string;
};
export type Shared = z.output<typeof s.sharedOut>;
export type SharedResident = Shared['items'][number];
export type EmergencyAccess = z.output<typeof s.emergencyList>['items'][number];

/** The purposes in the order the forms offer them (the server's PURPOSES). */
export const PURPOSE_CHOICES: readonly Purpose[] = ['treatment', 'referral', 'mdo', 'wmo_advice', 'research'];

export const isPurpose = (value: string | null): value is Purpose => PURPOSE_CHOICES.some((p) => p === value);

const enc = encodeURIComponent;

export const consentApi = {
  consents: () => request<Items<Consent>>('GET', '/me/consents'),
  grant: (input: GrantBody) => request<{ id: string }>('POST', '/me/consents', { body: input }),
  withdraw: (id: string) => request<void>('DELETE', `/me/consents/${enc(id)}`),
  decide: (id: string, decision: 'approve' | 'decline') =>
    request<void>('POST', `/me/consents/${enc(id)}/decision`, { body: { decision } }),
  grantees: (q: string) => request<Grantees>('GET', '/consent-grantees', { query: { q } }),

  ask: (input: AskBody) => request<void>('POST', '/consent-requests', { body: input }),
  shared: () => request<Shared>('GET', '/shared-records'),
  emergencyByEmail: (residentEmail: string, reason: string) =>
    request<{ id: string; residentId: string; expiresAt: string }>('POST', '/emergency-access', {
      body: { residentEmail, reason },
    }),
  emergencyAccesses: () => request<Items<EmergencyAccess>>('GET', '/emergency-accesses'),
};

/** Where the resident downloads all consents as a FHIR R4 Bundle (a plain link: the session cookie does). */
export const CONSENTS_FHIR_URL = '/api/v1/me/consents/fhir';

export interface PurposeOfUse {
  purpose: Purpose;
  purposeRef: string | null;
}

export const SHARED_PATH = '/gedeelde-dossiers';
export const ASK_PATH = '/gedeelde-dossiers/toestemming-vragen';
export const EMERGENCY_PATH = '/gedeelde-dossiers/noodtoegang';

/** The purpose a resident's page opens with: the first consent's, or treatment under emergency access. */
export const firstUse = (r: SharedResident): PurposeOfUse => {
  const c = r.consents[0];
  return c ? { purpose: c.purpose, purposeRef: c.purposeRef } : { purpose: 'treatment', purposeRef: null };
};

/** The address of a shared record page for one purpose (and optionally one part). */
export function sharedRecordPath(residentId: string, use: PurposeOfUse, part?: RecordCategory): string {
  const q = new URLSearchParams({ doel: use.purpose });
  if (use.purposeRef) q.set('ref', use.purposeRef);
  if (part) q.set('deel', part);
  return `${SHARED_PATH}/${enc(residentId)}?${q.toString()}`;
}

/**
 * A resident's record as a professional reads it: for one purpose, only the parts a consent (or an open
 * emergency access) covers. The server answers 404 when there is no such basis (any more); the page says
 * so in `noAccess`, in plain words, instead of "not found".
 */
export function sharedRecordSource(residentId: string, use: PurposeOfUse, noAccess: string): RecordSource {
  const query = { purpose: use.purpose, purposeRef: use.purposeRef ?? undefined };
  const plain = (error: unknown): never => {
    if (error instanceof ApiError && error.status === 404) {
      const { status, code, title, errors } = error;
      throw new ApiError({ status, code, title, detail: noAccess, errors });
    }
    throw error;
  };
  const base = `/residents/${enc(residentId)}/record`;
  return {
    whose: 'shared',
    key: `${residentId}:${use.purpose}:${use.purposeRef ?? ''}`,
    summary: () => request<Summary>('GET', base, { query }).catch(plain),
    category: (c) => request<CategoryView>('GET', `${base}/${enc(c)}`, { query }).catch(plain),
    partPath: (c) => sharedRecordPath(residentId, use, c),
    overviewPath: sharedRecordPath(residentId, use),
  };
}
