// The one door to a resident's record. Every read and write of record data passes `admit`, and every read
// goes through readRecord / readRecordSummary, which write the audit row in the same transaction. Today only
// the resident themself is admitted (basis own_data); the consent ledger will widen `admit` here, in one
// place, for professionals with a covering consent. Anyone else gets 404: no hint that a record exists.
import { sql, type Kysely, type Transaction } from 'kysely';
import { hasRole, type Actor } from '../../server/auth/actor.ts';
import { audited } from '../../server/audit.ts';
import type { AuditBasis, DB } from '../../server/db/schema.ts';
import { notFound } from '../../server/errors.ts';
import type { RecordCategory } from './categories.ts';

export interface RecordAccess {
  db: Kysely<DB>;
  actor: Actor;
  residentId: string;
  basis: AuditBasis;
}

export interface StoredResource {
  id: string;
  resourceType: string;
  resource: Record<string, unknown>;
  recordedAt: Date | null;
}

/** Refuses (404) unless the actor may reach this resident's record on this basis. */
export function admit({ actor, residentId, basis }: Omit<RecordAccess, 'db'>): void {
  const own =
    basis === 'own_data' &&
    actor.kind === 'person' &&
    actor.personId === residentId &&
    hasRole(actor, 'resident');
  if (!own) throw notFound();
}

const auditEntry = (a: RecordAccess, action: 'read' | 'import', objectId: string) => ({
  action,
  objectType: 'record',
  objectId,
  subjectId: a.residentId,
  basis: a.basis,
  actor: a.actor,
  actingAs: 'resident' as const,
});

/** One category of the record, newest first; audited. */
export async function readRecord(a: RecordAccess & { category: RecordCategory }): Promise<StoredResource[]> {
  admit(a);
  return audited(a.db, auditEntry(a, 'read', a.category), async (trx) => {
    const rows = await trx
      .selectFrom('record_resource')
      .select(['id', 'resource_type', 'resource', 'recorded_at'])
      .where('resident_id', '=', a.residentId)
      .where('category', '=', a.category)
      .orderBy('recorded_at', (ob) => ob.desc().nullsLast())
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      resourceType: r.resource_type,
      resource: r.resource as Record<string, unknown>,
      recordedAt: r.recorded_at,
    }));
  });
}

export interface RecordOverview {
  patient: Record<string, unknown> | null;
  counts: Partial<Record<RecordCategory, number>>;
  medication: StoredResource[];
  problems: StoredResource[];
  /** the newest observation of each code among the measurements */
  latestMeasurements: StoredResource[];
  lastUpdated: Date | null;
}

/** What the summary needs, in a few set-based queries; audited as one read of the record. */
export async function readRecordSummary(a: RecordAccess): Promise<RecordOverview> {
  admit(a);
  return audited(a.db, auditEntry(a, 'read', 'summary'), async (trx) => {
    const counts = await trx
      .selectFrom('record_resource')
      .select([
        'category',
        (eb) => eb.fn.countAll<string>().as('n'),
        (eb) => eb.fn.max('updated_at').as('last'),
      ])
      .where('resident_id', '=', a.residentId)
      .groupBy('category')
      .execute();
    const patient = await trx
      .selectFrom('record_resource')
      .select('resource')
      .where('resident_id', '=', a.residentId)
      .where('category', '=', 'patient')
      .executeTakeFirst();
    const some = (category: RecordCategory) => selectCategory(trx, a.residentId, category);
    const { rows: latest } = await sql<{
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
    );
    let lastUpdated: Date | null = null;
    for (const c of counts) {
      const d = c.last ? new Date(c.last) : null;
      if (d && (!lastUpdated || d > lastUpdated)) lastUpdated = d;
    }
    return {
      patient: (patient?.resource as Record<string, unknown> | undefined) ?? null,
      counts: Object.fromEntries(
        counts.filter((c) => c.category !== 'patient').map((c) => [c.category, Number(c.n)]),
      ),
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

async function selectCategory(trx: Transaction<DB>, residentId: string, category: RecordCategory) {
  const rows = await trx
    .selectFrom('record_resource')
    .select(['id', 'resource_type', 'resource', 'recorded_at'])
    .where('resident_id', '=', residentId)
    .where('category', '=', category)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    resourceType: r.resource_type,
    resource: r.resource as Record<string, unknown>,
    recordedAt: r.recorded_at,
  }));
}

/** Writes to the record (an import) after `admit`, with its audit row, all in one transaction. */
export async function writeRecord<T>(a: RecordAccess, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  admit(a);
  return audited(a.db, auditEntry(a, 'import', a.residentId), fn);
}
