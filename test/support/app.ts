// The whole app in process (app.inject), on a fresh database, with small factories for people and logins.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { createApp } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import type { DB, Discipline, Role } from '../../src/server/db/schema.ts';
import { hashPassword } from '../../src/server/auth/secrets.ts';
import { createApiToken } from '../../src/server/auth/sessions.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Kysely<DB>;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(database: TestDatabase): Config {
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  return {
    ...base,
    database: database.url ? { kind: 'postgresql', url: database.url } : { kind: 'pglite', dataDir: null },
    webDir: null,
    runJobs: false,
  };
}

export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(database);
  const app = await createApp({ config, db: database.db, databaseKind: database.kind });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
// One hash for all test people keeps the suite fast; the real path hashes per person.
let sharedHash: Promise<string> | null = null;
export const TEST_PASSWORD = 'correct horse battery';

export interface TestPerson {
  id: string;
  email: string;
  password: string;
  name: string;
}

export async function makeRegion(db: Kysely<DB>) {
  const region = await db
    .insertInto('region')
    .values({ name: `Regio ${++counter}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const code = String(100000 + counter).slice(-6);
  const neighbourhood = await db
    .insertInto('neighbourhood')
    .values({
      region_id: region.id,
      cbs_code: `WK${code}`,
      name: `Wijk ${counter}`,
      municipality_code: 'GM0344',
      population: 12000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const organisation = await db
    .insertInto('organisation')
    .values({ region_id: region.id, name: `Praktijk ${counter}`, type: 'gp_practice' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { regionId: region.id, neighbourhoodId: neighbourhood.id, organisationId: organisation.id };
}

export async function makePerson(
  db: Kysely<DB>,
  opts: {
    role?: Role;
    discipline?: Discipline;
    organisationId?: string;
    neighbourhoodId?: string;
    name?: string;
  } = {},
): Promise<TestPerson> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const n = ++counter;
  const email = `persoon${n}-${Date.now()}@test.wijkpunt.nl`;
  const name = opts.name ?? `Persoon ${n}`;
  const p = await db
    .insertInto('person')
    .values({ email, name, password_hash: await sharedHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.role) {
    await db
      .insertInto('membership')
      .values({
        person_id: p.id,
        role: opts.role,
        discipline: opts.role === 'professional' ? (opts.discipline ?? 'gp') : null,
        organisation_id: opts.organisationId ?? null,
        neighbourhood_id: opts.neighbourhoodId ?? null,
      })
      .execute();
  }
  return { id: p.id, email, password: TEST_PASSWORD, name };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export async function login(
  app: FastifyInstance,
  person: { email: string; password: string },
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: person.email, password: person.password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'wijkpunt_session')!;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  const cookie = `wijkpunt_session=${c.value}`;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

export async function bearer(db: Kysely<DB>, personId: string): Promise<Record<string, string>> {
  const t = await createApiToken(db, personId, 'test');
  return { authorization: `Bearer ${t.token}` };
}
