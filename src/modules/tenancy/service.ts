// Tenancy: regions, neighbourhoods, organisations, people and their memberships. Changes are audited with
// basis "administration"; reads of a person's account are audited with that person as subject.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../server/db/schema.ts';
import { audited, auditedResult } from '../../server/audit.ts';
import { loadMemberships, type Actor } from '../../server/auth/actor.ts';
import { hashPassword } from '../../server/auth/secrets.ts';
import { AppError } from '../../server/errors.ts';
import { presentMemberships } from '../accounts/service.ts';
import type * as s from './schema.ts';

type Db = { db: Kysely<DB> };

export async function listRegions({ db }: Db) {
  return db.selectFrom('region').select(['id', 'name']).orderBy('name').execute();
}

export async function createRegion({ db, name }: Db & { name: string }) {
  return auditedResult(
    db,
    (trx) => trx.insertInto('region').values({ name }).returning(['id', 'name']).executeTakeFirstOrThrow(),
    (r) => ({
      action: 'create',
      objectType: 'region',
      objectId: r.id,
      basis: 'administration',
      actingAs: 'administrator',
    }),
  );
}

const neighbourhoodColumns = [
  'id',
  'region_id',
  'cbs_code',
  'name',
  'municipality_code',
  'population',
] as const;
type NeighbourhoodRow = {
  id: string;
  region_id: string;
  cbs_code: string;
  name: string;
  municipality_code: string;
  population: number;
};
const presentNeighbourhood = (n: NeighbourhoodRow) => ({
  id: n.id,
  regionId: n.region_id,
  cbsCode: n.cbs_code,
  name: n.name,
  municipalityCode: n.municipality_code,
  population: n.population,
});

export async function listNeighbourhoods({ db }: Db) {
  const rows = await db
    .selectFrom('neighbourhood')
    .select(neighbourhoodColumns)
    .orderBy('cbs_code')
    .execute();
  return rows.map(presentNeighbourhood);
}

export async function getNeighbourhood({ db, id }: Db & { id: string }) {
  const n = await db
    .selectFrom('neighbourhood')
    .select(neighbourhoodColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!n) throw new AppError('not_found');
  const organisations = await db
    .selectFrom('organisation as o')
    .innerJoin('organisation_neighbourhood as on', 'on.organisation_id', 'o.id')
    .where('on.neighbourhood_id', '=', id)
    .select(['o.id', 'o.name', 'o.type'])
    .orderBy('o.name')
    .execute();
  return { ...presentNeighbourhood(n), organisations };
}

export async function createNeighbourhood({
  db,
  input,
}: Db & { input: z.infer<typeof s.neighbourhoodBody> }) {
  const row = await auditedResult(
    db,
    (trx) =>
      trx
        .insertInto('neighbourhood')
        .values({
          region_id: input.regionId,
          cbs_code: input.cbsCode,
          name: input.name,
          municipality_code: input.municipalityCode,
          population: input.population,
        })
        .returning(neighbourhoodColumns)
        .executeTakeFirstOrThrow(),
    (r) => ({
      action: 'create',
      objectType: 'neighbourhood',
      objectId: r.id,
      basis: 'administration',
      actingAs: 'administrator',
    }),
  );
  return presentNeighbourhood(row);
}

export async function updateNeighbourhood({
  db,
  id,
  input,
}: Db & { id: string; input: Partial<z.infer<typeof s.neighbourhoodBody>> }) {
  const row = await audited(
    db,
    {
      action: 'update',
      objectType: 'neighbourhood',
      objectId: id,
      basis: 'administration',
      actingAs: 'administrator',
    },
    async (trx) => {
      const r = await trx
        .updateTable('neighbourhood')
        .set({
          ...(input.regionId !== undefined && { region_id: input.regionId }),
          ...(input.cbsCode !== undefined && { cbs_code: input.cbsCode }),
          ...(input.name !== undefined && { name: input.name }),
          ...(input.municipalityCode !== undefined && { municipality_code: input.municipalityCode }),
          ...(input.population !== undefined && { population: input.population }),
        })
        .where('id', '=', id)
        .returning(neighbourhoodColumns)
        .executeTakeFirst();
      if (!r) throw new AppError('not_found');
      return r;
    },
  );
  return presentNeighbourhood(row);
}

async function organisationsWhere(db: Kysely<DB> | Transaction<DB>, id?: string) {
  let q = db
    .selectFrom('organisation as o')
    .select([
      'o.id',
      'o.region_id',
      'o.name',
      'o.type',
      'o.agb_code',
      'o.kvk_number',
      sql<
        string[]
      >`coalesce(array(select neighbourhood_id::text from organisation_neighbourhood x where x.organisation_id = o.id order by 1), '{}')`.as(
        'neighbourhood_ids',
      ),
    ])
    .orderBy('o.name');
  if (id) q = q.where('o.id', '=', id);
  const rows = await q.execute();
  return rows.map((o) => ({
    id: o.id,
    regionId: o.region_id,
    name: o.name,
    type: o.type,
    agbCode: o.agb_code,
    kvkNumber: o.kvk_number,
    neighbourhoodIds: o.neighbourhood_ids,
  }));
}

export const listOrganisations = ({ db }: Db) => organisationsWhere(db);

export async function getOrganisation({ db, id }: Db & { id: string }) {
  const [o] = await organisationsWhere(db, id);
  if (!o) throw new AppError('not_found');
  const neighbourhoods = await db
    .selectFrom('neighbourhood')
    .select(['id', 'name'])
    .where(
      'id',
      'in',
      o.neighbourhoodIds.length ? o.neighbourhoodIds : ['00000000-0000-0000-0000-000000000000'],
    )
    .orderBy('name')
    .execute();
  return { ...o, neighbourhoods };
}

async function setServedNeighbourhoods(trx: Transaction<DB>, organisationId: string, ids: string[]) {
  await trx.deleteFrom('organisation_neighbourhood').where('organisation_id', '=', organisationId).execute();
  if (ids.length) {
    await trx
      .insertInto('organisation_neighbourhood')
      .values(
        [...new Set(ids)].map((neighbourhood_id) => ({ organisation_id: organisationId, neighbourhood_id })),
      )
      .execute();
  }
}

export async function createOrganisation({ db, input }: Db & { input: z.infer<typeof s.organisationBody> }) {
  const id = await auditedResult(
    db,
    async (trx) => {
      const r = await trx
        .insertInto('organisation')
        .values({
          region_id: input.regionId,
          name: input.name,
          type: input.type,
          agb_code: input.agbCode ?? null,
          kvk_number: input.kvkNumber ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await setServedNeighbourhoods(trx, r.id, input.neighbourhoodIds);
      return r.id;
    },
    (newId) => ({
      action: 'create',
      objectType: 'organisation',
      objectId: newId,
      basis: 'administration',
      actingAs: 'administrator',
    }),
  );
  return (await organisationsWhere(db, id))[0]!;
}

export async function updateOrganisation({
  db,
  id,
  input,
}: Db & { id: string; input: Partial<z.infer<typeof s.organisationBody>> }) {
  await audited(
    db,
    {
      action: 'update',
      objectType: 'organisation',
      objectId: id,
      basis: 'administration',
      actingAs: 'administrator',
    },
    async (trx) => {
      const r = await trx
        .updateTable('organisation')
        .set({
          ...(input.regionId !== undefined && { region_id: input.regionId }),
          ...(input.name !== undefined && { name: input.name }),
          ...(input.type !== undefined && { type: input.type }),
          ...(input.agbCode !== undefined && { agb_code: input.agbCode }),
          ...(input.kvkNumber !== undefined && { kvk_number: input.kvkNumber }),
        })
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      if (!r) throw new AppError('not_found');
      if (input.neighbourhoodIds) await setServedNeighbourhoods(trx, id, input.neighbourhoodIds);
    },
  );
  return (await organisationsWhere(db, id))[0]!;
}

// People: personal data. Only administrators reach these functions (see routes).

async function presentPerson(db: Kysely<DB> | Transaction<DB>, id: string) {
  const p = await db
    .selectFrom('person')
    .select(['id', 'name', 'email', 'locked_until'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!p) return null;
  const memberships = await loadMemberships(db, id);
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    roles: [...new Set(memberships.map((m) => m.role))],
    lockedUntil: p.locked_until && p.locked_until > new Date() ? p.locked_until.toISOString() : null,
    memberships: presentMemberships(memberships),
  };
}

export async function listPeople({ db, q }: Db & { q?: string }) {
  return audited(
    db,
    { action: 'read', objectType: 'person_list', basis: 'administration', actingAs: 'administrator' },
    async (trx) => {
      let query = trx
        .selectFrom('person as p')
        .select([
          'p.id',
          'p.name',
          'p.email',
          'p.locked_until',
          sql<
            string[]
          >`coalesce(array(select distinct m.role from membership m where m.person_id = p.id order by 1), '{}')`.as(
            'roles',
          ),
        ])
        .orderBy('p.name')
        .limit(500);
      if (q) {
        const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) => eb.or([eb('p.name', 'ilike', like), eb('p.email', 'ilike', like)]));
      }
      const rows = await query.execute();
      const now = new Date();
      return rows.map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        roles: p.roles as z.infer<typeof s.personOut>['roles'],
        lockedUntil: p.locked_until && p.locked_until > now ? p.locked_until.toISOString() : null,
      }));
    },
  );
}

export async function getPerson({ db, id }: Db & { id: string }) {
  return audited(
    db,
    {
      action: 'read',
      objectType: 'person',
      objectId: id,
      subjectId: id,
      basis: 'administration',
      actingAs: 'administrator',
    },
    async (trx) => {
      const p = await presentPerson(trx, id);
      if (!p) throw new AppError('not_found');
      return p;
    },
  );
}

export async function createPerson({
  db,
  input,
  actor,
}: Db & { input: z.infer<typeof s.personBody>; actor?: Actor | null }) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = await auditedResult(
    db,
    async (trx) =>
      (
        await trx
          .insertInto('person')
          .values({ name: input.name, email: input.email, password_hash: passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    (newId) => ({
      action: 'create',
      objectType: 'person',
      objectId: newId,
      subjectId: newId,
      basis: 'administration',
      actingAs: 'administrator',
      ...(actor !== undefined && { actor }),
    }),
  );
  return (await presentPerson(db, id))!;
}

export async function updatePerson({
  db,
  id,
  input,
}: Db & { id: string; input: z.infer<typeof s.personPatch> }) {
  await audited(
    db,
    {
      action: 'update',
      objectType: 'person',
      objectId: id,
      subjectId: id,
      basis: 'administration',
      actingAs: 'administrator',
    },
    async (trx) => {
      if (input.name === undefined && input.email === undefined) return;
      const r = await trx
        .updateTable('person')
        .set({
          ...(input.name !== undefined && { name: input.name }),
          ...(input.email !== undefined && { email: input.email }),
        })
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      if (!r) throw new AppError('not_found');
    },
  );
  const p = await presentPerson(db, id);
  if (!p) throw new AppError('not_found');
  return p;
}

export async function addMembership({
  db,
  personId,
  input,
  actor,
}: Db & { personId: string; input: z.infer<typeof s.membershipBody>; actor?: Actor | null }) {
  const id = await auditedResult(
    db,
    async (trx) => {
      const exists = await trx
        .selectFrom('person')
        .select('id')
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!exists) throw new AppError('not_found');
      const r = await trx
        .insertInto('membership')
        .values({
          person_id: personId,
          role: input.role,
          discipline: input.discipline ?? null,
          organisation_id: input.organisationId ?? null,
          neighbourhood_id: input.neighbourhoodId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    (newId) => ({
      action: 'create',
      objectType: 'membership',
      objectId: newId,
      subjectId: personId,
      basis: 'administration',
      actingAs: 'administrator',
      ...(actor !== undefined && { actor }),
    }),
  );
  const all = presentMemberships(await loadMemberships(db, personId));
  return all.find((m) => m.id === id)!;
}

export async function removeMembership({
  db,
  personId,
  membershipId,
}: Db & { personId: string; membershipId: string }) {
  await audited(
    db,
    {
      action: 'delete',
      objectType: 'membership',
      objectId: membershipId,
      subjectId: personId,
      basis: 'administration',
      actingAs: 'administrator',
    },
    async (trx) => {
      const r = await trx
        .deleteFrom('membership')
        .where('id', '=', membershipId)
        .where('person_id', '=', personId)
        .returning('id')
        .executeTakeFirst();
      if (!r) throw new AppError('not_found');
    },
  );
}
