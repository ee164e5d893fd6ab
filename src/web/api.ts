// The one typed client for the Wijkpunt HTTP API (/api/v1). Every page talks to the server
// through these functions, so headers, CSRF and error handling live in exactly one place.

export type Locale = 'nl' | 'en';

export const ROLES = [
  'resident',
  'professional',
  'provider_editor',
  'coordinator',
  'funder',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const DISCIPLINES = [
  'gp',
  'practice_nurse',
  'district_nurse',
  'physio',
  'dietician',
  'psychologist',
  'social_worker',
  'wmo_consultant',
  'welfare_coach',
  'sport_coach',
  'community_police',
  'other',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const ORGANISATION_TYPES = [
  'gp_practice',
  'health_centre',
  'physio',
  'pharmacy',
  'district_nursing',
  'welfare',
  'social_team',
  'municipality',
  'insurer',
  'ggd',
  'cooperative',
  'sports_club',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

// ── Resource shapes ──────────────────────────────────────────────────────────

export interface Ref {
  id: string;
  name: string;
}
export interface Membership {
  id: string;
  role: string;
  discipline: string | null;
  organisation: Ref | null;
  neighbourhood: Ref | null;
}
export interface Me {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  roles: string[];
  memberships: Membership[];
  navigation: { key: string }[];
  csrfToken: string;
}
export interface LoginResult {
  user: { id: string; name: string; roles: string[] };
  csrfToken: string;
}
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}
export interface CreatedToken {
  id: string;
  name: string;
  token: string;
}
export interface AccessLogEntry {
  at: string;
  actor: string;
  action: string;
  object: string;
  basis: string;
}
export interface Region {
  id: string;
  name: string;
}
export interface Neighbourhood {
  id: string;
  regionId: string;
  cbsCode: string;
  name: string;
  municipalityCode: string;
  population: number;
}
export interface NeighbourhoodDetail extends Neighbourhood {
  organisations: { id: string; name: string; type: string }[];
}
export interface NeighbourhoodInput {
  regionId: string;
  cbsCode: string;
  name: string;
  municipalityCode: string;
  population: number | string | null;
}
export interface Organisation {
  id: string;
  regionId: string;
  name: string;
  type: string;
  agbCode: string | null;
  kvkNumber: string | null;
  neighbourhoodIds: string[];
}
export interface OrganisationDetail extends Organisation {
  neighbourhoods: Ref[];
}
export interface OrganisationInput {
  regionId: string;
  name: string;
  type: string;
  agbCode?: string | null;
  kvkNumber?: string | null;
  neighbourhoodIds: string[];
}
export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  roles: string[];
  lockedUntil: string | null;
}
export interface Person extends PersonSummary {
  memberships: Membership[];
}
export interface PersonInput {
  name: string;
  email: string;
  password?: string;
}
export interface MembershipInput {
  role: string;
  discipline?: string;
  organisationId?: string;
  neighbourhoodId?: string;
}
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
}
export interface Health {
  status: string;
  database: string;
  version: string;
}
interface Items<T> {
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

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | undefined>;
  /** A 401 here is an answer (wrong password), not a lost session. */
  expect401?: boolean;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
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
  async updateMe(patch: { name?: string; locale?: Locale }): Promise<Me> {
    const me = await request<Me>('PATCH', '/me', { body: patch });
    if (me.csrfToken) csrfToken = me.csrfToken;
    return me;
  },
  tokens: () => request<Items<ApiToken>>('GET', '/me/tokens'),
  createToken: (name: string) => request<CreatedToken>('POST', '/me/tokens', { body: { name } }),
  revokeToken: (id: string) => request<void>('DELETE', `/me/tokens/${encodeURIComponent(id)}`),
  accessLog: () => request<Items<AccessLogEntry>>('GET', '/me/access-log'),

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
