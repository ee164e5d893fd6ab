// The one typed client for the Wijkpunt HTTP API (/api/v1). Every page talks to the server
// through these functions, so headers, CSRF and error handling live in exactly one place.

// Request and response shapes come from the server's own zod schemas (type-only imports: nothing of the
// server ends up in the bundle), so the client cannot drift from the API.
import type { z } from 'zod';
import type * as accounts from '../modules/accounts/schema.ts';
import type * as tenancy from '../modules/tenancy/schema.ts';
import type { outboxOut } from '../modules/outbox/routes.ts';

export { DISCIPLINES, ORGANISATION_TYPES, ROLES } from '../server/db/schema.ts';
export type { Discipline, OrganisationType, Role } from '../server/db/schema.ts';

export type Locale = 'nl' | 'en';
export type Out<T extends z.ZodType> = z.output<T>;
export type Item<T extends z.ZodType> = Out<T> extends { items: (infer I)[] } ? I : never;

export interface Ref {
  id: string;
  name: string;
}
export type Membership = Out<typeof accounts.membershipOut>;
export type Me = Out<typeof accounts.meOut>;
export type LoginResult = Out<typeof accounts.loginOut>;
export type ApiToken = Item<typeof accounts.tokenListOut>;
export type CreatedToken = Out<typeof accounts.tokenCreatedOut>;
export type AccessLogEntry = Item<typeof accounts.accessLogOut>;
export type Region = Out<typeof tenancy.regionOut>;
export type Neighbourhood = Out<typeof tenancy.neighbourhoodOut>;
export type NeighbourhoodDetail = Out<typeof tenancy.neighbourhoodDetailOut>;
/** Population may be sent as typed (text, or empty): the server then names the field. */
export type NeighbourhoodInput = Omit<z.input<typeof tenancy.neighbourhoodBody>, 'population'> & {
  population: number | string | null;
};
export type Organisation = Out<typeof tenancy.organisationOut>;
export type OrganisationDetail = Out<typeof tenancy.organisationDetailOut>;
/** Choices are sent as picked (possibly empty), so the server names a missing one. */
export type OrganisationInput = Omit<z.input<typeof tenancy.organisationBody>, 'type'> & { type: string };
export type PersonSummary = Out<typeof tenancy.personOut>;
export type Person = Out<typeof tenancy.personDetailOut>;
export type PersonInput = z.input<typeof tenancy.personBody>;
export type MembershipInput = Omit<z.input<typeof tenancy.membershipBody>, 'role' | 'discipline'> & {
  role: string;
  discipline?: string | null;
};
export type OutboxMail = Item<typeof outboxOut>;
export interface Health {
  status: string;
  database: string;
  version: string;
}
export interface Items<T> {
  items: T[];
}

// ── Errors ───────────────────────────────────────────────────────────────────

export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem from the server, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(init: { status: number; code: string; title: string; detail: string; errors: FieldError[] }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
  }
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

function toApiError(status: number, body: unknown): ApiError {
  const problem = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const errors = Array.isArray(problem.errors)
    ? problem.errors.flatMap((e: unknown): FieldError[] => {
        if (e === null || typeof e !== 'object') return [];
        const { path, message } = e as Record<string, unknown>;
        const p = Array.isArray(path) ? path.join('.') : asString(path);
        return [{ path: p, message: asString(message) }];
      })
    : [];
  return new ApiError({
    status,
    code: asString(problem.code) || `http_${status}`,
    title: asString(problem.title),
    detail: asString(problem.detail),
    errors,
  });
}

// ── Client state ─────────────────────────────────────────────────────────────

let csrfToken: string | null = null;
let locale: Locale = 'nl';
const unauthorizedListeners = new Set<() => void>();

export function setApiLocale(next: Locale): void {
  locale = next;
}
/** Called whenever the server says the session is gone (401), except on the login call itself. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | undefined>;
  /** A 401 here is an answer (wrong password), not a lost session. */
  expect401?: boolean;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const url = new URL(`/api/v1${path}`, window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, value);
  }
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', title: '', detail: '', errors: [] });
  }

  const type = response.headers.get('content-type') ?? '';
  const body: unknown =
    response.status === 204 || !type.includes('json') ? null : await response.json().catch(() => null);

  if (!response.ok) {
    if (response.status === 401 && !options.expect401) {
      csrfToken = null;
      for (const listener of unauthorizedListeners) listener();
    }
    throw toApiError(response.status, body);
  }
  return body as T;
}

// ── Endpoints ────────────────────────────────────────────────────────────────

export const api = {
  health: () => request<Health>('GET', '/health'),

  async login(email: string, password: string): Promise<LoginResult> {
    const result = await request<LoginResult>('POST', '/auth/login', {
      body: { email, password },
      expect401: true,
    });
    csrfToken = result.csrfToken;
    return result;
  },
  async logout(): Promise<void> {
    try {
      await request<void>('POST', '/auth/logout', { expect401: true });
    } finally {
      csrfToken = null;
    }
  },
  requestPasswordReset: (email: string) =>
    request<void>('POST', '/auth/password-reset/request', { body: { email } }),
  confirmPasswordReset: (token: string, password: string) =>
    request<void>('POST', '/auth/password-reset/confirm', { body: { token, password } }),

  async me(): Promise<Me> {
    const me = await request<Me>('GET', '/me');
    csrfToken = me.csrfToken;
    return me;
  },
  async updateMe(patch: { name?: string; locale?: Locale; mailNotifications?: boolean }): Promise<Me> {
    const me = await request<Me>('PATCH', '/me', { body: patch });
    if (me.csrfToken) csrfToken = me.csrfToken;
    return me;
  },
  tokens: () => request<Items<ApiToken>>('GET', '/me/tokens'),
  createToken: (name: string) => request<CreatedToken>('POST', '/me/tokens', { body: { name } }),
  revokeToken: (id: string) => request<void>('DELETE', `/me/tokens/${encodeURIComponent(id)}`),
  accessLog: () => request<Items<AccessLogEntry>>('GET', '/me/access-log'),
  reportAccess: (seq: number) => request<void>('POST', `/me/access-log/${seq}/report`),

  regions: () => request<Items<Region>>('GET', '/regions'),

  neighbourhoods: () => request<Items<Neighbourhood>>('GET', '/neighbourhoods'),
  neighbourhood: (id: string) =>
    request<NeighbourhoodDetail>('GET', `/neighbourhoods/${encodeURIComponent(id)}`),
  createNeighbourhood: (input: NeighbourhoodInput) =>
    request<Neighbourhood>('POST', '/neighbourhoods', { body: input }),
  updateNeighbourhood: (id: string, input: Partial<NeighbourhoodInput>) =>
    request<Neighbourhood>('PATCH', `/neighbourhoods/${encodeURIComponent(id)}`, { body: input }),

  organisations: () => request<Items<Organisation>>('GET', '/organisations'),
  organisation: (id: string) =>
    request<OrganisationDetail>('GET', `/organisations/${encodeURIComponent(id)}`),
  createOrganisation: (input: OrganisationInput) =>
    request<Organisation>('POST', '/organisations', { body: input }),
  updateOrganisation: (id: string, input: Partial<OrganisationInput>) =>
    request<Organisation>('PATCH', `/organisations/${encodeURIComponent(id)}`, { body: input }),

  people: (q: string) => request<Items<PersonSummary>>('GET', '/people', { query: { q: q || undefined } }),
  person: (id: string) => request<Person>('GET', `/people/${encodeURIComponent(id)}`),
  createPerson: (input: PersonInput) => request<PersonSummary>('POST', '/people', { body: input }),
  updatePerson: (id: string, input: Partial<Pick<PersonInput, 'name' | 'email'>>) =>
    request<PersonSummary>('PATCH', `/people/${encodeURIComponent(id)}`, { body: input }),
  addMembership: (personId: string, input: MembershipInput) =>
    request<Membership>('POST', `/people/${encodeURIComponent(personId)}/memberships`, { body: input }),
  removeMembership: (personId: string, membershipId: string) =>
    request<void>(
      'DELETE',
      `/people/${encodeURIComponent(personId)}/memberships/${encodeURIComponent(membershipId)}`,
    ),

  outbox: () => request<Items<OutboxMail>>('GET', '/admin/outbox'),
};
