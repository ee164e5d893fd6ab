// The coordinator's side of duplicate finding: the queue, one pair side by side, and the decisions on it —
// merge (optionally with chosen field values, pinned), keep apart (remembered), and undo (an unmerge
// restores both entries; a kept-apart pair returns to the queue). Every decision is a row in
// sm_merge_decision and an audit row, in the transaction that makes it.
import { sql, type Kysely, type Transaction } from 'kysely';
import { auditedResult } from '../../../server/audit.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../../server/errors.ts';
import { regionScopeOf, sourceInScope, type RegionScope } from '../sources/access.ts';
import { textOf } from '../sources/service.ts';
import { isUuid } from '../import/batch.ts';
import type { DecisionAction, DedupeKind, PairStatus } from '../sources/tables.ts';
import { RESOLVED_FIELDS, loadClusters, resolveEntities } from './resolve.ts';
import type { SourceSnapshot } from './snapshot.ts';

type Caller = { db: Kysely<DB>; actor: Actor };

/** The fields shown side by side, in this order (snapshot keys). */
const SHOWN: Record<DedupeKind, (keyof SourceSnapshot)[]> = {
  organization: [
    'name',
    'alternate_name',
    'description',
    'email',
    'url',
    'phones',
    'address_1',
    'postal_code',
    'city',
  ],
  service: [
    'name',
    'organization_name',
    'alternate_name',
    'description',
    'email',
    'url',
    'phones',
    'address_1',
    'postal_code',
    'city',
    'fees_description',
    'application_process',
    'eligibility_description',
  ],
};

/** Snapshot keys a coordinator may choose between when merging. */
export function choosableFields(kind: DedupeKind): string[] {
  return Object.values(RESOLVED_FIELDS[kind]);
}

const pairVisible = (scope: RegionScope) =>
  sql<boolean>`${sourceInScope(scope, sql`sa.region_id`)} AND ${sourceInScope(scope, sql`sb.region_id`)}`;

const pairFrom = sql`sm_duplicate_pair p
  JOIN sm_source_record ra ON ra.id = p.a_record_id JOIN sm_source sa ON sa.id = ra.source_id
  JOIN sm_source_record rb ON rb.id = p.b_record_id JOIN sm_source sb ON sb.id = rb.source_id`;

interface PairRow {
  id: string;
  kind: DedupeKind;
  score: string;
  status: PairStatus;
  automatic: boolean;
  decided_at: Date | null;
  features: Record<string, number | null>;
  a_id: string;
  a_source: string;
  a_external: string;
  a_entity: string;
  a_data: SourceSnapshot;
  a_status: 'active' | 'withdrawn';
  a_verified: Date;
  b_id: string;
  b_source: string;
  b_external: string;
  b_entity: string;
  b_data: SourceSnapshot;
  b_status: 'active' | 'withdrawn';
  b_verified: Date;
}

const pairColumns = sql`p.id, p.kind, p.score, p.status, p.automatic, p.decided_at, p.features,
  ra.id AS a_id, sa.name AS a_source, ra.external_id AS a_external, ra.entity_id AS a_entity, ra.data AS a_data,
  ra.status AS a_status, ra.verified_at AS a_verified,
  rb.id AS b_id, sb.name AS b_source, rb.external_id AS b_external, rb.entity_id AS b_entity, rb.data AS b_data,
  rb.status AS b_status, rb.verified_at AS b_verified`;

const side = (r: PairRow, x: 'a' | 'b') => ({
  recordId: r[`${x}_id`],
  source: r[`${x}_source`],
  externalId: r[`${x}_external`],
  entityId: r[`${x}_entity`],
  status: r[`${x}_status`],
  verifiedAt: r[`${x}_verified`].toISOString(),
  name: r[`${x}_data`].name,
  city: r[`${x}_data`].city,
  postalCode: r[`${x}_data`].postal_code,
  organizationName: r[`${x}_data`].organization_name,
});

const summary = (r: PairRow) => ({
  id: r.id,
  kind: r.kind,
  score: Number(r.score),
  status: r.status,
  automatic: r.automatic,
  decidedAt: r.decided_at?.toISOString() ?? null,
  a: side(r, 'a'),
  b: side(r, 'b'),
});

export async function listPairs(
  o: Caller & { status: PairStatus; kind?: DedupeKind; page: number; perPage: number },
) {
  const scope = await regionScopeOf(o.db, o.actor);
  const where = sql`p.status = ${o.status} AND ${pairVisible(scope)}
    ${o.kind ? sql`AND p.kind = ${o.kind}` : sql``}`;
  const [rows, total] = await Promise.all([
    sql<PairRow>`SELECT ${pairColumns} FROM ${pairFrom} WHERE ${where}
      ORDER BY ${o.status === 'review' ? sql`p.score DESC` : sql`p.decided_at DESC NULLS LAST`}, p.id
      LIMIT ${o.perPage} OFFSET ${(o.page - 1) * o.perPage}`.execute(o.db),
    sql<{ n: number }>`SELECT count(*)::int AS n FROM ${pairFrom} WHERE ${where}`.execute(o.db),
  ]);
  return { items: rows.rows.map(summary), total: total.rows[0]!.n, page: o.page, perPage: o.perPage };
}

async function pairRow(db: Kysely<DB> | Transaction<DB>, scope: RegionScope, id: string): Promise<PairRow> {
  if (!isUuid(id)) throw notFound();
  const { rows } = await sql<PairRow>`SELECT ${pairColumns} FROM ${pairFrom}
    WHERE p.id = ${id} AND ${pairVisible(scope)}`.execute(db);
  if (!rows[0]) throw notFound();
  return rows[0];
}

const comparable = (v: unknown): string => textOf(v).replace(/\s+/g, ' ').toLowerCase();

export async function getPair(o: Caller & { id: string }) {
  const scope = await regionScopeOf(o.db, o.actor);
  const r = await pairRow(o.db, scope, o.id);
  const choosable = new Set(choosableFields(r.kind));
  const decisions = await sql<{ action: DecisionAction; at: Date; person: string | null; details: unknown }>`
    SELECT d.action, d.at, pe.name AS person, d.details FROM sm_merge_decision d
    LEFT JOIN person pe ON pe.id = d.person_id WHERE d.pair_id = ${r.id} ORDER BY d.at, d.id`.execute(o.db);
  return {
    ...summary(r),
    features: r.features,
    fields: SHOWN[r.kind].map((field) => {
      const a = r.a_data[field] ?? null;
      const b = r.b_data[field] ?? null;
      return {
        field,
        a: Array.isArray(a) ? a.join(', ') || null : (a as string | null),
        b: Array.isArray(b) ? b.join(', ') || null : (b as string | null),
        differs: comparable(a) !== comparable(b),
        choosable: choosable.has(field),
      };
    }),
    decisions: decisions.rows.map((d) => ({
      action: d.action,
      at: d.at.toISOString(),
      by: d.person,
      details: d.details as Record<string, unknown>,
    })),
    canDecide: r.status === 'review',
    canUndo: r.status !== 'review',
  };
}

const notOpen = () =>
  new AppError(
    'invalid_transition',
    bilingual(
      'Over dit paar is al beslist. Maak die beslissing eerst ongedaan.',
      'This pair has been decided already. Undo that decision first.',
    ),
  );

/** Records the decision and its audit row; `change` does the work in the same transaction. */
async function decide(
  o: Caller & { id: string },
  action: DecisionAction,
  change: (trx: Transaction<DB>, r: PairRow, decisionId: string) => Promise<Record<string, unknown>>,
) {
  const scope = await regionScopeOf(o.db, o.actor);
  const actingAs = scope.admin ? ('administrator' as const) : ('coordinator' as const);
  await auditedResult(
    o.db,
    async (trx) => {
      if (!isUuid(o.id)) throw notFound();
      // Lock the pair first: two coordinators deciding at once are decided one after the other, each on the
      // pair as the other left it.
      await sql`SELECT 1 FROM sm_duplicate_pair WHERE id = ${o.id} FOR UPDATE`.execute(trx);
      const locked = await pairRow(trx, scope, o.id);
      const decision = await trx
        .insertInto('sm_merge_decision')
        .values({ pair_id: locked.id, action, person_id: o.actor.personId, details: '{}' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const details = await change(trx, locked, decision.id);
      await trx
        .updateTable('sm_merge_decision')
        .set({ details: JSON.stringify(details) })
        .where('id', '=', decision.id)
        .execute();
      return locked;
    },
    (r) => ({
      action: 'update',
      objectType: 'sm_duplicate_pair',
      objectId: r.id,
      basis: 'administration',
      actingAs,
    }),
  );
  return getPair(o);
}

const setStatus = (trx: Transaction<DB>, ids: string[], status: PairStatus, actor: Actor) =>
  trx
    .updateTable('sm_duplicate_pair')
    .set({ status, decided_by: actor.personId, decided_at: sql`now()` })
    .where('id', 'in', ids)
    .execute();

export function mergePair(o: Caller & { id: string; values?: Record<string, 'a' | 'b'> }) {
  return decide(o, 'merge', async (trx, r, decisionId) => {
    if (r.status !== 'review') throw notOpen();
    if (r.a_entity === r.b_entity) throw notOpen();
    const choosable = RESOLVED_FIELDS[r.kind];
    const columnOf = new Map(Object.entries(choosable).map(([column, key]) => [key, column]));
    const values = o.values ?? {};
    const unknown = Object.keys(values).filter((k) => !columnOf.has(k));
    if (unknown.length)
      throw new AppError(
        'validation_failed',
        undefined,
        unknown.map((k) => ({
          path: `body.values.${k}`,
          message: bilingual('Voor dit veld kunt u niet kiezen.', 'You cannot choose this field.'),
        })),
      );
    await setStatus(trx, [r.id], 'merged', o.actor);
    for (const [key, pick] of Object.entries(values)) {
      const rec = pick === 'a' ? { id: r.a_id, data: r.a_data } : { id: r.b_id, data: r.b_data };
      const value = (rec.data as unknown as Record<string, unknown>)[key] ?? null;
      await trx
        .insertInto('sm_field_pin')
        .values({
          entity_kind: r.kind,
          entity_id: r.a_entity,
          field: columnOf.get(key)!,
          value: JSON.stringify({ value, record: rec.id }),
          decision_id: decisionId,
          person_id: o.actor.personId,
        })
        .onConflict((oc) =>
          oc.columns(['entity_kind', 'entity_id', 'field']).doUpdateSet({
            value: (eb) => eb.ref('excluded.value'),
            decision_id: decisionId,
            person_id: o.actor.personId,
            pinned_at: sql`now()`,
          }),
        )
        .execute();
    }
    await resolveEntities(trx, r.kind, [r.a_entity, r.b_entity]);
    return { values };
  });
}

export function keepApart(o: Caller & { id: string }) {
  return decide(o, 'keep_apart', async (trx, r) => {
    if (r.status !== 'review') throw notOpen();
    await setStatus(trx, [r.id], 'kept_apart', o.actor);
    return {};
  });
}

/** Undoes the pair's decision: merged → unmerged (both entries back), kept apart or unmerged → review. */
export async function undoDecision(o: Caller & { id: string }) {
  const scope = await regionScopeOf(o.db, o.actor);
  const r = await pairRow(o.db, scope, o.id);
  if (r.status === 'review')
    throw new AppError(
      'invalid_transition',
      bilingual('Er is nog niets beslist over dit paar.', 'Nothing has been decided on this pair yet.'),
    );
  if (r.status !== 'merged')
    return decide(o, 'reopen', async (trx, row) => {
      await trx
        .updateTable('sm_duplicate_pair')
        .set({ status: 'review', decided_by: null, decided_at: null })
        .where('id', '=', row.id)
        .execute();
      return { from: row.status };
    });
  return decide(o, 'unmerge', async (trx, row) => {
    if (row.status !== 'merged') throw notOpen();
    await setStatus(trx, [row.id], 'unmerged', o.actor);
    // Still joined through other merged pairs (a group of three or more)? Then the b record leaves the group.
    let also: string[] = [];
    const clusters = await loadClusters(trx, row.kind);
    if (clusters.same(row.a_entity, row.b_entity)) {
      const { rows } = await sql<{ id: string }>`
        SELECT p.id FROM sm_duplicate_pair p JOIN sm_source_record r ON r.id IN (p.a_record_id, p.b_record_id)
        WHERE p.status = 'merged' AND p.kind = ${row.kind} AND r.entity_id = ${row.b_entity}`.execute(trx);
      also = rows.map((x) => x.id);
      if (also.length) await setStatus(trx, also, 'unmerged', o.actor);
    }
    // The values a person chose in these merges no longer apply.
    await sql`DELETE FROM sm_field_pin WHERE decision_id IN (
      SELECT id FROM sm_merge_decision WHERE pair_id = ANY(${[row.id, ...also]}::uuid[]) AND action = 'merge')`.execute(
      trx,
    );
    await resolveEntities(trx, row.kind, [row.a_entity, row.b_entity]);
    return also.length ? { alsoUnmerged: also } : {};
  });
}
