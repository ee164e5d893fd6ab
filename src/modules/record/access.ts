// The one door to a resident's record. Every read and write of record data passes `admit`, which says on
// which basis (if any) this caller reaches which parts of this resident's record, and every read and write
// here writes its audit row in the same transaction. The resident reaches their own record (basis
// own_data); anyone else only through the consent ledger or an open emergency access (consent module),
// for a stated purpose and only the parts covered. Anyone else gets 404, with no hint that a record exists,
// and the refused attempt is logged for the resident to see.
import { sql, type Kysely, type Transaction } from 'kysely';
import { hasRole, type Actor } from '../../server/auth/actor.ts';
import { auditOnly, writeAudit, type AuditEntry } from '../../server/audit.ts';
import type { AuditAction, DB } from '../../server/db/schema.ts';
import { notFound } from '../../server/errors.ts';
import { recordBases, type Basis, type PurposeOfUse } from '../consent/service.ts';
import {
  RECORD_CATEGORIES,
  categoriesOfType,
  type RecordCategory,
  type StoredCategory,
  type SupportedType,
} from './categories.ts';

export interface RecordAccess {
  db: Kysely<DB>;
  actor: Actor;
  residentId: string;
  /** Absent: the resident's own record. Present: someone else's, for this purpose. */
  use?: PurposeOfUse | undefined;
}

export interface StoredResource {
  id: string;
  resourceType: string;
  resource: Record<string, unknown>;
  recordedAt: Date | null;
}

type Grant = { basis: 'own_data' | Basis['basis']; basisId: string | null };

/** The parts of the record the caller may reach now, each with its basis; empty when none. */
export async function admit(a: RecordAccess): Promise<Map<RecordCategory, Grant>> {
  if (!a.use) {
    const own =
      a.actor.kind === 'person' && a.actor.personId === a.residentId && hasRole(a.actor, 'resident');
    const all = new Map<RecordCategory, Grant>();
    if (own) for (const c of RECORD_CATEGORIES) all.set(c, { basis: 'own_data', basisId: null });
    return all;
  }
  return recordBases(a.db, a.actor, a.residentId, a.use);
}

const actingAs = (a: RecordAccess) => (a.use ? ('professional' as const) : ('resident' as const));

function entry(a: RecordAccess, action: AuditAction, objectId: string, g: Grant): AuditEntry {
  return {
    action,
    objectType: 'record',
    objectId,
    subjectId: a.residentId,
    basis: g.basis,
    basisId: g.basisId,
    actor: a.actor,
    actingAs: actingAs(a),
  };
}

/** Logs the refused attempt (for the resident's access log) and answers 404. */
async function refuse(a: RecordAccess, action: AuditAction, objectId: string): Promise<never> {
  if (a.actor.kind === 'person') {
    await auditOnly(a.db, {
      ...entry(a, action, objectId, { basis: a.use ? 'consent' : 'own_data', basisId: null }),
      outcome: 'denied',
    });
  }
  throw notFound();
}

/** Runs `fn` after one audit row per distinct basis used, all in one transaction. */
async function withAudit<T>(
  a: RecordAccess,
  action: AuditAction,
  objectId: string,
  grants: Grant[],
  fn: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  const distinct = [...new Map(grants.map((g) => [`${g.basis}:${g.basisId}`, g])).values()];
  return a.db.transaction().execute(async (trx) => {
    const result = await fn(trx);
    for (const g of distinct) await writeAudit(trx, entry(a, action, objectId, g));
    return result;
  });
}

/** One category of the record, newest first; audited. */
export async function readRecord(a: RecordAccess & { category: RecordCategory }): Promise<StoredResource[]> {
  const grant = (await admit(a)).get(a.category);
  if (!grant) return refuse(a, 'read', a.category);
  return withAudit(a, 'read', a.category, [grant], (trx) => selectCategory(trx, a.residentId, a.category));
}

export interface RecordOverview {
  /** the parts the caller may see; the rest of the overview holds only these */
  categories: RecordCategory[];
  patient: Record<string, unknown> | null;
  counts: Partial<Record<RecordCategory, number>>;
  medication: StoredResource[];
  problems: StoredResource[];
  /** the newest observation of each code among the measurements */
  latestMeasurements: StoredResource[];
  lastUpdated: Date | null;
}

/** What the summary needs, in a few set-based queries, over the parts the caller may see; audited. */
export async function readRecordSummary(a: RecordAccess): Promise<RecordOverview> {
  const grants = await admit(a);
  if (!grants.size) return refuse(a, 'read', 'summary');
  const allowed = [...grants.keys()];
  return withAudit(a, 'read', 'summary', [...grants.values()], async (trx) => {
    const counts = await trx
      .selectFrom('record_resource')
      .select([
        'category',
        (eb) => eb.fn.countAll<string>().as('n'),
        (eb) => eb.fn.max('updated_at').as('last'),
      ])
      .where('resident_id', '=', a.residentId)
      .where('category', 'in', allowed)
      .groupBy('category')
      .execute();
    const patient = await trx
      .selectFrom('record_resource')
      .select('resource')
      .where('resident_id', '=', a.residentId)
      .where('category', '=', 'patient')
      .executeTakeFirst();
    const some = (category: RecordCategory) =>
      grants.has(category) ? selectCategory(trx, a.residentId, category) : Promise.resolve([]);
    const latest = grants.has('measurements')
      ? (
          await sql<{
            id: string;
            resource_type: string;
            resource: Record<string, unknown>;
            recorded_at: Date | null;
          }>`SELECT DISTINCT ON (resource->'code'->'coding'->0->>'code', resource->'code'->>'text')
              id, resource_type, resource, recorded_at
            FROM record_resource
            WHERE resident_id = ${a.residentId} AND category = 'measurements'
            ORDER BY resource->'code'->'coding'->0->>'code', resource->'code'->>'text', recorded_at DESC NULLS LAST, id`.execute(
            trx,
          )
        ).rows
      : [];
    let lastUpdated: Date | null = null;
    for (const c of counts) {
      const d = c.last ? new Date(c.last) : null;
      if (d && (!lastUpdated || d > lastUpdated)) lastUpdated = d;
    }
    return {
      categories: allowed,
      patient: (patient?.resource as Record<string, unknown> | undefined) ?? null,
      counts: Object.fromEntries(counts.map((c) => [c.category, Number(c.n)])),
      medication: await some('medication'),
      problems: await some('problems'),
      latestMeasurements: latest.map((r) => ({
        id: r.id,
        resourceType: r.resource_type,
        resource: r.resource,
        recordedAt: r.recorded_at ? new Date(r.recorded_at) : null,
      })),
      lastUpdated,
    };
  });
}

/** The whole own record (the Patient and every part) for the resident's AVG export; audited as an export. */
export async function exportOwnRecord(
  a: RecordAccess,
): Promise<(StoredResource & { category: StoredCategory })[]> {
  if (a.use || (await admit(a)).size === 0) return refuse(a, 'export', 'record');
  return withAudit(a, 'export', 'record', [{ basis: 'own_data', basisId: null }], async (trx) => {
    const rows = await trx
      .selectFrom('record_resource')
      .select(['id', 'resource_type', 'category', 'resource', 'recorded_at'])
      .where('resident_id', '=', a.residentId)
      .orderBy('category')
      .orderBy('recorded_at', (ob) => ob.desc().nullsLast())
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      resourceType: r.resource_type,
      category: r.category,
      resource: r.resource as Record<string, unknown>,
      recordedAt: r.recorded_at,
    }));
  });
}

/**
 * Erases the resident's whole record inside the caller's transaction (account deletion), after checking it
 * is the resident themself. The caller writes the audit row of the deletion in the same transaction.
 */
export async function eraseOwnRecord(
  trx: Transaction<DB>,
  a: Omit<RecordAccess, 'db' | 'use'>,
): Promise<number> {
  const own = a.actor.kind === 'person' && a.actor.personId === a.residentId && hasRole(a.actor, 'resident');
  if (!own) throw notFound();
  await trx.deleteFrom('record_correction').where('resident_id', '=', a.residentId).execute();
  const r = await trx
    .deleteFrom('record_resource')
    .where('resident_id', '=', a.residentId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

async function selectCategory(trx: Transaction<DB>, residentId: string, category: RecordCategory) {
  const rows = await trx
    .selectFrom('record_resource')
    .select(['id', 'resource_type', 'resource', 'recorded_at'])
    .where('resident_id', '=', residentId)
    .where('category', '=', category)
    .orderBy('recorded_at', (ob) => ob.desc().nullsLast())
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    resourceType: r.resource_type,
    resource: r.resource as Record<string, unknown>,
    recordedAt: r.recorded_at,
  }));
}

/**
 * Writes to the record (an import, an own entry) after `admit`, with its audit rows, in one transaction.
 * Someone else writes only parts a consent covers for the purpose; emergency access never writes. A write
 * of no part at all (a bundle with only the Patient) needs some basis to the record.
 */
export async function writeRecord<T>(
  a: RecordAccess & {
    categories: RecordCategory[];
    action?: 'import' | 'create' | 'update' | 'delete';
    objectId?: string;
  },
  fn: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  const grants = await admit(a);
  const action = a.action ?? 'import';
  const objectId = a.objectId ?? a.residentId;
  const used = a.categories.length ? a.categories.map((c) => grants.get(c)) : [grants.values().next().value];
  const ok = (g: Grant | undefined): g is Grant => !!g && g.basis !== 'emergency';
  if (!used.every(ok)) return refuse(a, action, objectId);
  return withAudit(a, action, objectId, used, fn);
}

// --- the FHIR REST subset (/fhir/R4, decision 0016) ------------------------------------------------------

/** No purpose for the caller's own record (basis own_data); someone else's is opened for `use`. */
export function useFor(actor: Actor, residentId: string, use: PurposeOfUse): PurposeOfUse | undefined {
  const own = actor.kind === 'person' && actor.personId === residentId && hasRole(actor, 'resident');
  return own ? undefined : use;
}

/** The Patient (who the record is about) opens with any basis to the record; the parts with their own. */
function grantFor(grants: Map<RecordCategory, Grant>, category: StoredCategory): Grant | undefined {
  return category === 'patient' ? grants.values().next().value : grants.get(category);
}

const asStored = (r: {
  id: string;
  resource_type: string;
  resource: unknown;
  recorded_at: Date | null;
}): StoredResource => ({
  id: r.id,
  resourceType: r.resource_type,
  resource: r.resource as Record<string, unknown>,
  recordedAt: r.recorded_at,
});

/**
 * One resource by type and id (a UUID), whoever's record holds it; audited. `use` is the purpose for
 * someone else's record. 404 alike when it does not exist and when the caller has no basis for its part.
 */
export async function readResource(
  a: Omit<RecordAccess, 'residentId' | 'use'> & { use: PurposeOfUse; type: SupportedType; id: string },
): Promise<StoredResource> {
  const found = await a.db
    .selectFrom('record_resource')
    .select(['resident_id', 'category'])
    .where('id', '=', a.id)
    .where('resource_type', '=', a.type)
    .executeTakeFirst();
  if (!found) throw notFound();
  const access: RecordAccess = {
    db: a.db,
    actor: a.actor,
    residentId: found.resident_id,
    use: useFor(a.actor, found.resident_id, a.use),
  };
  const objectId = `${a.type}/${a.id}`;
  const grant = grantFor(await admit(access), found.category);
  if (!grant) return refuse(access, 'read', objectId);
  return withAudit(access, 'read', objectId, [grant], async (trx) => {
    const row = await trx
      .selectFrom('record_resource')
      .select(['id', 'resource_type', 'resource', 'recorded_at'])
      .where('id', '=', a.id)
      .executeTakeFirst();
    if (!row) throw notFound();
    return asStored(row);
  });
}

export interface ResourcePage {
  /** all matches in the parts the caller may see, not only this page */
  total: number;
  resources: StoredResource[];
}

/** A page of one type's resources in the parts of the record the caller may see, newest first; audited. */
export async function searchResources(
  a: RecordAccess & { type: SupportedType; count: number; offset: number },
): Promise<ResourcePage> {
  const grants = await admit(a);
  const open = categoriesOfType(a.type).flatMap((c) => {
    const g = grantFor(grants, c);
    return g ? [{ category: c, grant: g }] : [];
  });
  if (!open.length) return refuse(a, 'read', a.type);
  return withAudit(
    a,
    'read',
    a.type,
    open.map((o) => o.grant),
    async (trx) => {
      const matches = trx
        .selectFrom('record_resource')
        .where('resident_id', '=', a.residentId)
        .where('resource_type', '=', a.type)
        .where(
          'category',
          'in',
          open.map((o) => o.category),
        );
      const { n } = await matches
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = a.count
        ? await matches
            .select(['id', 'resource_type', 'resource', 'recorded_at'])
            .orderBy('recorded_at', (ob) => ob.desc().nullsLast())
            .orderBy('id')
            .limit(a.count)
            .offset(a.offset)
            .execute()
        : [];
      return { total: Number(n), resources: rows.map(asStored) };
    },
  );
}

// --- one entry, and the timeline (the resident's own entries and record views, decision 0017) -----------

export interface RecordEntry extends StoredResource {
  category: RecordCategory;
  /** where it came from: urn:wijkpunt:own for the resident's own entries, else the import's source */
  sourceSystem: string;
}

export interface CorrectionRequest {
  id: string;
  message: string;
  createdAt: Date;
}

/** The part an entry of this record is in, and the caller's grant for it; else a logged refusal (404). */
async function entryGrant(
  a: RecordAccess,
  entryId: string,
  action: AuditAction,
): Promise<{ grant: Grant; category: RecordCategory }> {
  const grants = await admit(a);
  const found = await a.db
    .selectFrom('record_resource')
    .select('category')
    .where('resident_id', '=', a.residentId)
    .where('id', '=', entryId)
    .executeTakeFirst();
  // The Patient is who the record is about, not an entry of it.
  const category = found && found.category !== 'patient' ? found.category : undefined;
  const grant = category ? grants.get(category) : undefined;
  if (!category || !grant || (action !== 'read' && grant.basis === 'emergency'))
    return refuse(a, action, entryId);
  return { grant, category };
}

async function selectEntry(trx: Transaction<DB>, residentId: string, entryId: string, lock: boolean) {
  let q = trx
    .selectFrom('record_resource')
    .select(['id', 'resource_type', 'category', 'source_system', 'resource', 'recorded_at'])
    .where('resident_id', '=', residentId)
    .where('id', '=', entryId);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r || r.category === 'patient') throw notFound();
  return {
    id: r.id,
    resourceType: r.resource_type,
    category: r.category,
    sourceSystem: r.source_system,
    resource: r.resource as Record<string, unknown>,
    recordedAt: r.recorded_at,
  } satisfies RecordEntry;
}

/** One entry with the resident's correction requests about it, newest first; audited (object id = entry). */
export async function readEntry(
  a: RecordAccess & { entryId: string },
): Promise<{ entry: RecordEntry; corrections: CorrectionRequest[] }> {
  const { grant } = await entryGrant(a, a.entryId, 'read');
  return withAudit(a, 'read', a.entryId, [grant], async (trx) => {
    const entry = await selectEntry(trx, a.residentId, a.entryId, false);
    const corrections = await trx
      .selectFrom('record_correction')
      .select(['id', 'message', 'created_at'])
      .where('resident_id', '=', a.residentId)
      .where('resource_id', '=', a.entryId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return {
      entry,
      corrections: corrections.map((c) => ({ id: c.id, message: c.message, createdAt: c.created_at })),
    };
  });
}

/**
 * A change that concerns one existing entry (change it, delete it, ask its source to correct it): `fn` gets
 * the entry, locked, inside the transaction that writes the audit row (object id = entry). Someone without
 * a basis for the entry's part, and an entry of another record, get 404; emergency access never writes.
 */
export async function writeEntry<T>(
  a: RecordAccess & { entryId: string; action: 'create' | 'update' | 'delete' },
  fn: (trx: Transaction<DB>, entry: RecordEntry) => Promise<T>,
): Promise<T> {
  const { grant } = await entryGrant(a, a.entryId, a.action);
  return withAudit(a, a.action, a.entryId, [grant], async (trx) =>
    fn(trx, await selectEntry(trx, a.residentId, a.entryId, true)),
  );
}

export interface TimelinePage {
  entries: RecordEntry[];
  /** whether older entries follow */
  more: boolean;
  /** entries without a date (not on the timeline) in the parts the caller may see */
  undated: number;
}

/**
 * Every part the caller may see, merged newest first, one page older than (`before`, `beforeId`); audited as
 * one read (object id 'timeline'). Entries at the same moment are ordered by id, so no page skips any.
 */
export async function readTimeline(
  a: RecordAccess & { before?: Date | undefined; beforeId?: string | undefined; limit: number },
): Promise<TimelinePage> {
  const grants = await admit(a);
  if (!grants.size) return refuse(a, 'read', 'timeline');
  const allowed = [...grants.keys()];
  return withAudit(a, 'read', 'timeline', [...grants.values()], async (trx) => {
    let q = trx
      .selectFrom('record_resource')
      .select(['id', 'resource_type', 'category', 'source_system', 'resource', 'recorded_at'])
      .where('resident_id', '=', a.residentId)
      .where('category', 'in', allowed)
      .where('recorded_at', 'is not', null);
    const { before, beforeId } = a;
    if (before && beforeId)
      q = q.where((eb) =>
        eb.or([
          eb('recorded_at', '<', before),
          eb.and([eb('recorded_at', '=', before), eb('id', '<', beforeId)]),
        ]),
      );
    else if (before) q = q.where('recorded_at', '<', before);
    const rows = await q
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .limit(a.limit + 1)
      .execute();
    const { n } = await trx
      .selectFrom('record_resource')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('resident_id', '=', a.residentId)
      .where('category', 'in', allowed)
      .where('recorded_at', 'is', null)
      .executeTakeFirstOrThrow();
    return {
      entries: rows.slice(0, a.limit).map((r) => ({
        id: r.id,
        resourceType: r.resource_type,
        category: r.category as RecordCategory,
        sourceSystem: r.source_system,
        resource: r.resource as Record<string, unknown>,
        recordedAt: r.recorded_at,
      })),
      more: rows.length > a.limit,
      undated: Number(n),
    };
  });
}
