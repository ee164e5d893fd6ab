// Who is calling: a person with memberships, or the system (jobs, CLI). Rights are read from memberships.
import type { Kysely } from 'kysely';
import type { DB, Discipline, Role } from '../db/schema.ts';

export interface ActorMembership {
  id: string;
  role: Role;
  discipline: Discipline | null;
  organisationId: string | null;
  organisationName: string | null;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
}

export interface Actor {
  kind: 'person' | 'system';
  personId: string | null;
  name: string;
  email: string;
  locale: 'nl' | 'en';
  memberships: ActorMembership[];
  via: 'session' | 'token' | 'system';
  sessionId: string | null;
  csrfToken: string | null;
}

/** The actor for scheduled jobs, migrations and administrative CLI commands. Greppable on purpose. */
export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  personId: null,
  name: 'Wijkpunt (systeem)',
  email: '',
  locale: 'nl',
  memberships: [],
  via: 'system',
  sessionId: null,
  csrfToken: null,
};

export function hasRole(actor: Actor | null, role: Role): boolean {
  return !!actor && actor.memberships.some((m) => m.role === role);
}

export function rolesOf(actor: Actor): Role[] {
  return [...new Set(actor.memberships.map((m) => m.role))];
}

/** The membership that best describes the actor for the audit log: the one the action needs, else the first. */
export function auditRole(actor: Actor, role?: Role): { role: string | null; organisationId: string | null } {
  if (actor.kind === 'system') return { role: 'system', organisationId: null };
  const m = (role && actor.memberships.find((x) => x.role === role)) ?? actor.memberships[0];
  return { role: m?.role ?? null, organisationId: m?.organisationId ?? null };
}

export async function loadMemberships(db: Kysely<DB>, personId: string): Promise<ActorMembership[]> {
  const rows = await db
    .selectFrom('membership as m')
    .leftJoin('organisation as o', 'o.id', 'm.organisation_id')
    .leftJoin('neighbourhood as n', 'n.id', 'm.neighbourhood_id')
    .where('m.person_id', '=', personId)
    .select([
      'm.id',
      'm.role',
      'm.discipline',
      'm.organisation_id',
      'o.name as organisation_name',
      'm.neighbourhood_id',
      'n.name as neighbourhood_name',
    ])
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    discipline: r.discipline,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    neighbourhoodId: r.neighbourhood_id,
    neighbourhoodName: r.neighbourhood_name,
  }));
}
