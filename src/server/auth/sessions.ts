// Sessions and personal API tokens live in the database, so any server process can serve any user.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { loadMemberships, type Actor } from './actor.ts';
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

export async function loadActor(
  db: Kysely<DB>,
  personId: string,
  via: 'session' | 'token',
  extra: { sessionId: string | null; csrfToken: string | null },
): Promise<Actor | null> {
  const person = await db
    .selectFrom('person')
    .select(['id', 'name', 'email', 'locale'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return null;
  return {
    kind: 'person',
    personId: person.id,
    name: person.name,
    email: person.email,
    locale: person.locale,
    memberships: await loadMemberships(db, person.id),
    via,
    ...extra,
  };
}

export async function actorFromSession(db: Kysely<DB>, token: string): Promise<Actor | null> {
  const s = await db
    .selectFrom('session')
    .select(['id', 'person_id', 'csrf_token'])
    .where('token_hash', '=', sha256(token))
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!s) return null;
  return loadActor(db, s.person_id, 'session', { sessionId: s.id, csrfToken: s.csrf_token });
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
  const t = await db
    .updateTable('api_token')
    .set({ last_used_at: sql`now()` })
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .returning(['person_id'])
    .executeTakeFirst();
  if (!t) return null;
  return loadActor(db, t.person_id, 'token', { sessionId: null, csrfToken: null });
}
