// CLI account commands. They call the same service functions as the API, acting as the system.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from '../server/config.ts';
import { DISCIPLINES, ROLES, type DB } from '../server/db/schema.ts';
import { SYSTEM_ACTOR } from '../server/auth/actor.ts';
import { createPerson, addMembership } from '../modules/tenancy/service.ts';
import { createToken, requestPasswordReset } from '../modules/accounts/service.ts';
import { personBody } from '../modules/tenancy/schema.ts';

export class UserInputError extends Error {}

const userOpts = z.object({
  email: z.string(),
  name: z.string(),
  password: z.string().optional(),
  role: z.enum(ROLES).optional(),
  discipline: z.enum(DISCIPLINES).optional(),
  organisation: z.string().optional(),
  neighbourhood: z.string().optional(),
});

export async function createUserCommand(
  { db, config }: { db: Kysely<DB>; config: Config },
  raw: {
    email: string;
    name: string;
    password?: string;
    role?: string;
    discipline?: string;
    organisation?: string;
    neighbourhood?: string;
  },
): Promise<string> {
  const opts = userOpts.safeParse(raw);
  if (!opts.success)
    throw new UserInputError(opts.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const input = personBody.safeParse({
    name: opts.data.name,
    email: opts.data.email,
    password: opts.data.password,
  });
  if (!input.success)
    throw new UserInputError(input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const { role, discipline, organisation, neighbourhood } = opts.data;

  let organisationId: string | null = null;
  if (organisation) {
    const o = await db
      .selectFrom('organisation')
      .select('id')
      .where('name', '=', organisation)
      .executeTakeFirst();
    if (!o) throw new UserInputError(`--organisation: no organisation named "${organisation}".`);
    organisationId = o.id;
  }
  let neighbourhoodId: string | null = null;
  if (neighbourhood) {
    const n = await db
      .selectFrom('neighbourhood')
      .select('id')
      .where('cbs_code', '=', neighbourhood.toUpperCase())
      .executeTakeFirst();
    if (!n) throw new UserInputError(`--neighbourhood: no neighbourhood with CBS code "${neighbourhood}".`);
    neighbourhoodId = n.id;
  }
  const taken = await db
    .selectFrom('person')
    .select('id')
    .where(sql<string>`lower(email)`, '=', input.data.email)
    .executeTakeFirst();
  if (taken) throw new UserInputError(`--email: an account with ${input.data.email} already exists.`);

  const person = await createPerson({ db, input: input.data, actor: SYSTEM_ACTOR });
  if (role) {
    await addMembership({
      db,
      personId: person.id,
      input: { role, discipline: discipline ?? null, organisationId, neighbourhoodId },
      actor: SYSTEM_ACTOR,
    });
  }
  if (!input.data.password) {
    await requestPasswordReset({ db, config, email: input.data.email });
    return `Account ${input.data.email} created. A link to set a password is in the outbox (or sent, with SMTP_URL).`;
  }
  return `Account ${input.data.email} created${role ? ` with role ${role}` : ''}.`;
}

export async function createTokenCommand(
  db: Kysely<DB>,
  opts: { email: string; name: string },
): Promise<string> {
  const p = await db
    .selectFrom('person')
    .select('id')
    .where(sql<string>`lower(email)`, '=', opts.email.toLowerCase())
    .executeTakeFirst();
  if (!p) throw new UserInputError(`--email: no account with ${opts.email}.`);
  const t = await createToken({ db, personId: p.id, name: opts.name, actor: SYSTEM_ACTOR });
  return t.token;
}
