// Sessions and personal API tokens live in the database, so any server process can serve any user.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor, ActorMembership } from './actor.ts';
import { newToken, sha256 } from './secrets.ts';

export const SESSION_COOKIE = 'wijkpunt_session';

export async function createSession(
  db: Kysely<DB>,
  personId: string,
  hours: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db
    .insertInto('session')
    .values({ token_hash: sha256(token), person_id: personId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { token, csrfToken, expiresAt };
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

// The person and all memberships in one round trip: this runs on every authenticated request.
const membershipsJson = sql<ActorMembership[]>`coalesce((
  SELECT json_agg(json_build_object(
    'id', m.id, 'role', m.role, 'discipline', m.discipline,
    'organisationId', m.organisation_id, 'organisationName', o.name,
    'neighbourhoodId', m.neighbourhood_id, 'neighbourhoodName', n.name) ORDER BY m.created_at, m.id)
  FROM membership m
  LEFT JOIN organisation o ON o.id = m.organisation_id
  LEFT JOIN neighbourhood n ON n.id = m.neighbourhood_id
  WHERE m.person_id = p.id), '[]'::json)`;

type ActorRow = {
  id: string;
  name: string;
  email: string;
  locale: 'nl' | 'en';
  memberships: ActorMembership[];
};

function toActor(
  p: ActorRow,
  via: 'session' | 'token',
  extra: { sessionId: string | null; csrfToken: string | null },
): Actor {
  return {
    kind: 'person',
    personId: p.id,
    name: p.name,
    email: p.email,
    locale: p.locale,
    memberships: p.memberships,
    via,
    ...extra,
  };
}

export async function loadActor(
  db: Kysely<DB>,
  personId: string,
  via: 'session' | 'token',
  extra: { sessionId: string | null; csrfToken: string | null },
): Promise<Actor | null> {
  const p = await db
    .selectFrom('person as p')
    .select(['p.id', 'p.name', 'p.email', 'p.locale', membershipsJson.as('memberships')])
    .where('p.id', '=', personId)
    .executeTakeFirst();
  return p ? toActor(p, via, extra) : null;
}

export async function actorFromSession(db: Kysely<DB>, token: string): Promise<Actor | null> {
  const r = await db
    .selectFrom('session as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      'p.id',
      'p.name',
      'p.email',
      'p.locale',
      membershipsJson.as('memberships'),
    ])
    .where('s.token_hash', '=', sha256(token))
    .where('s.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return r ? toActor(r, 'session', { sessionId: r.session_id, csrfToken: r.csrf_token }) : null;
}

export const API_TOKEN_PREFIX = 'wpt';

export async function createApiToken(
  db: Kysely<DB>,
  personId: string,
  name: string,
): Promise<{ id: string; name: string; token: string }> {
  const token = newToken(API_TOKEN_PREFIX);
  const row = await db
    .insertInto('api_token')
    .values({ person_id: personId, name, prefix: token.slice(0, 10), token_hash: sha256(token) })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  return { ...row, token };
}

export async function actorFromApiToken(db: Kysely<DB>, token: string): Promise<Actor | null> {
  const r = await db
    .selectFrom('api_token as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select([
      't.id as token_id',
      sql<boolean>`t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute'`.as('stale'),
      'p.id',
      'p.name',
      'p.email',
      'p.locale',
      membershipsJson.as('memberships'),
    ])
    .where('t.token_hash', '=', sha256(token))
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!r) return null;
  // "Last used" to the minute is enough, and spares a write on every request.
  if (r.stale)
    await db
      .updateTable('api_token')
      .set({ last_used_at: sql`now()` })
      .where('id', '=', r.token_id)
      .execute();
  return toActor(r, 'token', { sessionId: null, csrfToken: null });
}
