// Accounts: log in and out, lockout, password reset, personal API tokens, and what the caller may see.
import { sql, type Kysely } from 'kysely';
import type { Config } from '../../server/config.ts';
import type { DB, Discipline, Role } from '../../server/db/schema.ts';
import { audited, auditedResult, auditOnly } from '../../server/audit.ts';
import {
  hasRole,
  loadMemberships,
  rolesOf,
  type Actor,
  type ActorMembership,
} from '../../server/auth/actor.ts';
import { hashPassword, newToken, sha256, verifyPassword } from '../../server/auth/secrets.ts';
import { createApiToken, createSession, deleteSession } from '../../server/auth/sessions.ts';
import { AppError } from '../../server/errors.ts';
import { enqueueMail } from '../../server/mail.ts';
import type { Locale } from '../../server/i18n.ts';

interface Deps {
  db: Kysely<DB>;
  config: Config;
}

async function personActor(
  db: Kysely<DB>,
  p: { id: string; name: string; email: string; locale: 'nl' | 'en' },
): Promise<Actor> {
  return {
    kind: 'person',
    personId: p.id,
    name: p.name,
    email: p.email,
    locale: p.locale,
    memberships: await loadMemberships(db, p.id),
    via: 'session',
    sessionId: null,
    csrfToken: null,
  };
}

export async function login({ db, config, email, password }: Deps & { email: string; password: string }) {
  const person = await db
    .selectFrom('person')
    .select(['id', 'name', 'email', 'locale', 'password_hash', 'failed_logins', 'locked_until'])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  const ok = await verifyPassword(person?.password_hash ?? null, password);
  if (!person) {
    await auditOnly(db, {
      action: 'login_failed',
      objectType: 'account',
      basis: 'own_data',
      outcome: 'denied',
      actor: null,
    });
    throw new AppError('invalid_credentials');
  }
  const actor = await personActor(db, person);
  const base = {
    objectType: 'account',
    objectId: person.id,
    subjectId: person.id,
    basis: 'own_data' as const,
    actor,
  };
  if (person.locked_until && person.locked_until > new Date()) {
    await auditOnly(db, { ...base, action: 'login_failed', outcome: 'denied' });
    throw new AppError('account_locked', undefined, [], { lockedUntil: person.locked_until.toISOString() });
  }
  if (!ok) {
    const failures = person.failed_logins + 1;
    const lock = failures >= config.lockout.maxFailures;
    await audited(db, { ...base, action: 'login_failed', outcome: 'denied' }, (trx) =>
      trx
        .updateTable('person')
        .set(
          lock
            ? { failed_logins: 0, locked_until: new Date(Date.now() + config.lockout.minutes * 60_000) }
            : { failed_logins: failures },
        )
        .where('id', '=', person.id)
        .execute(),
    );
    throw new AppError(lock ? 'account_locked' : 'invalid_credentials');
  }
  const session = await audited(db, { ...base, action: 'login' }, async (trx) => {
    await trx
      .updateTable('person')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', person.id)
      .execute();
    return createSession(trx, person.id, config.sessionHours);
  });
  return { user: { id: person.id, name: person.name, roles: rolesOf(actor) }, session };
}

export async function logout({ db, actor }: { db: Kysely<DB>; actor: Actor }) {
  if (!actor.sessionId || !actor.personId) return;
  const sessionId = actor.sessionId;
  await audited(
    db,
    {
      action: 'logout',
      objectType: 'account',
      objectId: actor.personId,
      subjectId: actor.personId,
      basis: 'own_data',
    },
    (trx) => deleteSession(trx, sessionId),
  );
}

const RESET_HOURS = 1;

export async function requestPasswordReset({ db, config, email }: Deps & { email: string }): Promise<void> {
  const person = await db
    .selectFrom('person')
    .select(['id', 'name', 'email', 'locale'])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  // Same answer whether or not the address is known; only a known address gets mail.
  if (!person) return;
  const token = newToken('wpr');
  const link = `${config.publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
  await audited(
    db,
    {
      action: 'password_reset',
      objectType: 'account',
      objectId: person.id,
      subjectId: person.id,
      basis: 'own_data',
      actor: null,
    },
    async (trx) => {
      await trx
        .insertInto('password_reset')
        .values({
          person_id: person.id,
          token_hash: sha256(token),
          expires_at: new Date(Date.now() + RESET_HOURS * 3600_000),
        })
        .execute();
      await enqueueMail(trx, resetMail(person.locale, person.email, person.name, link));
    },
  );
}

function resetMail(locale: Locale, to: string, name: string, link: string) {
  return locale === 'en'
    ? {
        to,
        subject: 'Set a new password for Wijkpunt',
        body: `Hello ${name},\n\nSomeone asked to set a new password for your Wijkpunt account. If that was you, open this link within an hour:\n\n${link}\n\nIf it was not you, you can ignore this e-mail; your password stays the same.\n\nWijkpunt`,
      }
    : {
        to,
        subject: 'Nieuw wachtwoord voor Wijkpunt',
        body: `Beste ${name},\n\nIemand vroeg een nieuw wachtwoord aan voor uw Wijkpunt-account. Was u dat? Open dan binnen een uur deze link:\n\n${link}\n\nWas u het niet? Dan kunt u deze e-mail negeren; uw wachtwoord blijft hetzelfde.\n\nWijkpunt`,
      };
}

export async function confirmPasswordReset({
  db,
  token,
  password,
}: {
  db: Kysely<DB>;
  token: string;
  password: string;
}) {
  const reset = await db
    .selectFrom('password_reset')
    .select(['id', 'person_id'])
    .where('token_hash', '=', sha256(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!reset)
    throw new AppError('invalid_token', undefined, [{ path: 'body.token', message: 'invalid_token' }]);
  const hash = await hashPassword(password);
  await audited(
    db,
    {
      action: 'update',
      objectType: 'password',
      objectId: reset.person_id,
      subjectId: reset.person_id,
      basis: 'own_data',
      actor: null,
    },
    async (trx) => {
      const claimed = await trx
        .updateTable('password_reset')
        .set({ used_at: sql`now()` })
        .where('id', '=', reset.id)
        .where('used_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!claimed) throw new AppError('invalid_token');
      await trx
        .updateTable('person')
        .set({ password_hash: hash, failed_logins: 0, locked_until: null })
        .where('id', '=', reset.person_id)
        .execute();
      // A new password ends every existing session.
      await trx.deleteFrom('session').where('person_id', '=', reset.person_id).execute();
    },
  );
}

// What each role finds in the navigation. The web app shows exactly these items; it holds no rules itself.
// 'team members' are the people in a front-desk team (team_member), whatever their role; { discipline } are
// the professionals of that discipline (a Wmo consultant's cases, a GP's questions for Wmo advice).
const NAVIGATION: {
  key: string;
  roles: Role[] | 'everyone' | 'team members' | { discipline: Discipline };
}[] = [
  { key: 'home', roles: 'everyone' },
  { key: 'ask-question', roles: ['resident'] },
  { key: 'frontdesk-queue', roles: 'team members' },
  { key: 'record', roles: ['resident'] },
  { key: 'health-check', roles: ['resident'] },
  { key: 'consents', roles: ['resident'] },
  { key: 'shared-records', roles: ['professional'] },
  { key: 'referrals', roles: ['professional', 'resident'] },
  { key: 'wmo-cases', roles: { discipline: 'wmo_consultant' } },
  { key: 'wmo-advice', roles: { discipline: 'gp' } },
  { key: 'neighbourhoods', roles: ['coordinator'] },
  { key: 'emergency-accesses', roles: ['coordinator'] },
  { key: 'referral-figures', roles: ['coordinator'] },
  { key: 'health-check-figures', roles: ['coordinator'] },
  { key: 'health-check-needs-map', roles: ['coordinator', 'administrator'] },
  { key: 'organisation', roles: ['professional', 'provider_editor'] },
  { key: 'region', roles: ['funder'] },
  { key: 'map', roles: 'everyone' },
  { key: 'map.entries', roles: ['provider_editor', 'coordinator'] },
  { key: 'map.worklist', roles: ['coordinator'] },
  { key: 'map.import', roles: ['coordinator', 'administrator'] },
  { key: 'map.duplicates', roles: ['coordinator', 'administrator'] },
  { key: 'map.sources', roles: ['coordinator', 'administrator'] },
  // Questionnaire definitions: provider editors (their organisation's) and administrators (docs/decisions/0021).
  { key: 'questionnaires.manage', roles: ['provider_editor', 'administrator'] },
  { key: 'admin.neighbourhoods', roles: ['administrator'] },
  { key: 'admin.organisations', roles: ['administrator'] },
  { key: 'admin.people', roles: ['administrator'] },
  { key: 'admin.outbox', roles: ['administrator'] },
  { key: 'messages', roles: 'everyone' },
  { key: 'my-data', roles: ['resident'] },
  { key: 'profile', roles: 'everyone' },
  { key: 'access-log', roles: 'everyone' },
];

export function navigationFor(actor: Actor, { teamMember = false } = {}): { key: string }[] {
  const roles = new Set(rolesOf(actor));
  const sees = ({ roles: who }: (typeof NAVIGATION)[number]) => {
    if (who === 'everyone') return true;
    if (who === 'team members') return teamMember;
    if (Array.isArray(who)) return who.some((r) => roles.has(r));
    return actor.memberships.some((m) => m.role === 'professional' && m.discipline === who.discipline);
  };
  return NAVIGATION.filter(sees).map(({ key }) => ({ key }));
}

/** Whether the person is in a front-desk team (their menu then has the front-desk queue). */
async function isTeamMember(db: Kysely<DB>, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('team_member')
    .select('team_id')
    .where('person_id', '=', personId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function presentMemberships(memberships: ActorMembership[]) {
  return memberships.map((m) => ({
    id: m.id,
    role: m.role,
    discipline: m.discipline,
    organisation: m.organisationId ? { id: m.organisationId, name: m.organisationName ?? '' } : null,
    neighbourhood: m.neighbourhoodId ? { id: m.neighbourhoodId, name: m.neighbourhoodName ?? '' } : null,
  }));
}

export async function presentMe({ db, actor }: { db: Kysely<DB>; actor: Actor & { personId: string } }) {
  const teamMember = await isTeamMember(db, actor.personId);
  const person = await db
    .selectFrom('person')
    .select('mail_notifications')
    .where('id', '=', actor.personId)
    .executeTakeFirst();
  return {
    id: actor.personId,
    name: actor.name,
    email: actor.email,
    locale: actor.locale,
    roles: rolesOf(actor),
    memberships: presentMemberships(actor.memberships),
    navigation: navigationFor(actor, { teamMember }),
    csrfToken: actor.csrfToken,
    user: { residentId: hasRole(actor, 'resident') ? actor.personId : null },
    mailNotifications: person?.mail_notifications ?? true,
  };
}

export async function updateMe({
  db,
  actor,
  name,
  locale,
  mailNotifications,
}: {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
  name?: string;
  locale?: 'nl' | 'en';
  mailNotifications?: boolean;
}) {
  if (name === undefined && locale === undefined && mailNotifications === undefined) return;
  await audited(
    db,
    {
      action: 'update',
      objectType: 'account',
      objectId: actor.personId,
      subjectId: actor.personId,
      basis: 'own_data',
    },
    (trx) =>
      trx
        .updateTable('person')
        .set({
          ...(name !== undefined ? { name } : {}),
          ...(locale !== undefined ? { locale } : {}),
          ...(mailNotifications !== undefined ? { mail_notifications: mailNotifications } : {}),
        })
        .where('id', '=', actor.personId)
        .execute(),
  );
}

export async function listTokens({ db, personId }: { db: Kysely<DB>; personId: string }) {
  const rows = await db
    .selectFrom('api_token')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
  }));
}

export async function createToken({
  db,
  personId,
  name,
  actor,
}: {
  db: Kysely<DB>;
  personId: string;
  name: string;
  actor?: Actor | null;
}) {
  return auditedResult(
    db,
    (trx) => createApiToken(trx, personId, name),
    (t) => ({
      action: 'create',
      objectType: 'api_token',
      objectId: t.id,
      subjectId: personId,
      basis: 'own_data',
      ...(actor !== undefined ? { actor } : {}),
    }),
  );
}

export async function revokeToken({
  db,
  personId,
  tokenId,
}: {
  db: Kysely<DB>;
  personId: string;
  tokenId: string;
}) {
  await audited(
    db,
    { action: 'delete', objectType: 'api_token', objectId: tokenId, subjectId: personId, basis: 'own_data' },
    async (trx) => {
      const r = await trx
        .updateTable('api_token')
        .set({ revoked_at: sql`now()` })
        .where('id', '=', tokenId)
        .where('person_id', '=', personId)
        .where('revoked_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!r) throw new AppError('not_found');
    },
  );
}
