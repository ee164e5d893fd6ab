// Canonical entries: records joined by merged pairs form one cluster; the cluster's entries become one. The
// survivor (the entry whose source record was seen first) stays public with, per field, the value of the
// most recently verified active record that has one — or the coordinator's pinned choice — and remembers
// where each value came from; the other entries keep their rows, hidden by merged_into, so an unmerge
// restores them. Only the fields below are resolved; an entry's locations, phones and hours are the
// survivor's own (docs/decisions/0013-sources-and-canonical-entries.md).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import type { DedupeKind } from '../sources/tables.ts';

/** Column of the entity table → key in the source record's snapshot. */
export const RESOLVED_FIELDS: Record<DedupeKind, Record<string, string>> = {
  service: {
    name: 'name',
    alternate_name: 'alternate_name',
    description: 'description',
    email: 'email',
    url: 'url',
    fees_description: 'fees_description',
    application_process: 'application_process',
    eligibility_description: 'eligibility_description',
  },
  organization: {
    name: 'name',
    alternate_name: 'alternate_name',
    description: 'description',
    email: 'email',
    website: 'url',
  },
};

export const TABLE_OF: Record<DedupeKind, 'sm_service' | 'sm_organization'> = {
  service: 'sm_service',
  organization: 'sm_organization',
};

/** Union-find over entity ids. */
export class Clusters {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    for (const x of [a, b]) if (!this.parent.has(x)) this.parent.set(x, x);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  same(a: string, b: string): boolean {
    return this.find(a) === this.find(b);
  }
  /** Whether the entity is in any merged pair. */
  has(x: string): boolean {
    return this.parent.has(x);
  }
  ids(): IterableIterator<string> {
    return this.parent.keys();
  }
}

/** The clusters of one kind as they stand (merged pairs), over entity ids. */
export async function loadClusters(trx: Transaction<DB>, kind: DedupeKind): Promise<Clusters> {
  const { rows } = await sql<{ a: string; b: string }>`
    SELECT ra.entity_id AS a, rb.entity_id AS b FROM sm_duplicate_pair p
    JOIN sm_source_record ra ON ra.id = p.a_record_id JOIN sm_source_record rb ON rb.id = p.b_record_id
    WHERE p.kind = ${kind} AND p.status = 'merged'`.execute(trx);
  const c = new Clusters();
  for (const r of rows) c.union(r.a, r.b);
  return c;
}

interface MemberRecord {
  id: string;
  entity_id: string;
  data: Record<string, unknown>;
  verified_at: Date;
  first_seen_at: Date;
  status: 'active' | 'withdrawn';
}

const filled = (v: unknown) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');

/**
 * Makes the clusters that contain `entityIds` one entry each again, from their records and pins: survivor
 * values, merged_into, provenance, and (for organizations) the services that point at a hidden one.
 */
export async function resolveEntities(
  trx: Transaction<DB>,
  kind: DedupeKind,
  entityIds: string[],
  clusters?: Clusters,
): Promise<void> {
  if (!entityIds.length) return;
  const c = clusters ?? (await loadClusters(trx, kind));
  const table = TABLE_OF[kind];
  // Every entity of the affected clusters: the given ones, those merged pairs join them to, and those
  // currently hidden under them (a cluster that just fell apart).
  const { rows: current } = await sql<{ id: string; merged_into: string | null }>`
    SELECT id, merged_into FROM ${sql.table(table)}
    WHERE id = ANY(${entityIds}::uuid[]) OR merged_into = ANY(${entityIds}::uuid[])
       OR id IN (SELECT merged_into FROM ${sql.table(table)} WHERE id = ANY(${entityIds}::uuid[]))`.execute(
    trx,
  );
  const roots = new Set([...entityIds, ...current.map((r) => r.id)].map((id) => c.find(id)));
  const members = new Map<string, Set<string>>();
  const add = (id: string) => {
    const root = c.find(id);
    if (!roots.has(root)) return;
    if (!members.has(root)) members.set(root, new Set());
    members.get(root)!.add(id);
  };
  for (const id of [...entityIds, ...current.map((r) => r.id)]) add(id);
  for (const e of c.ids()) add(e);
  const all = [...new Set([...members.values()].flatMap((s) => [...s]))];

  const { rows: records } = await sql<MemberRecord>`
    SELECT id, entity_id, data, verified_at, first_seen_at, status FROM sm_source_record
    WHERE kind = ${kind} AND entity_id = ANY(${all}::uuid[])`.execute(trx);
  const { rows: pins } = await sql<{
    entity_id: string;
    field: string;
    value: { value: unknown; record: string | null };
    pinned_at: Date;
  }>`
    SELECT entity_id, field, value, pinned_at FROM sm_field_pin
    WHERE entity_kind = ${kind} AND entity_id = ANY(${all}::uuid[])
    ORDER BY pinned_at DESC`.execute(trx); // the latest choice of a field wins
  const recordsOf = new Map<string, MemberRecord[]>();
  for (const r of records) {
    if (!recordsOf.has(r.entity_id)) recordsOf.set(r.entity_id, []);
    recordsOf.get(r.entity_id)!.push(r);
  }

  const fields = RESOLVED_FIELDS[kind];
  const values: Record<string, unknown>[] = [];
  const hide: { id: string; merged_into: string | null }[] = [];
  const provenance: {
    entity_id: string;
    field: string;
    source_record_id: string | null;
    verified_at: Date | null;
    pinned: boolean;
  }[] = [];
  for (const ids of members.values()) {
    const list = [...ids];
    const recs = list.flatMap((id) => recordsOf.get(id) ?? []);
    const firstSeen = (id: string) =>
      Math.min(...(recordsOf.get(id) ?? []).map((r) => r.first_seen_at.getTime()), Number.MAX_SAFE_INTEGER);
    const survivor = list.sort((x, y) => firstSeen(x) - firstSeen(y) || (x < y ? -1 : 1))[0]!;
    for (const id of list) hide.push({ id, merged_into: id === survivor ? null : survivor });
    if (!recs.length) continue; // an entry kept in Wijkpunt only: nothing to resolve it from
    const active = recs.filter((r) => r.status === 'active');
    const candidates = (active.length ? active : recs).sort(
      (x, y) =>
        y.verified_at.getTime() - x.verified_at.getTime() ||
        x.first_seen_at.getTime() - y.first_seen_at.getTime() ||
        (x.id < y.id ? -1 : 1),
    );
    const row: Record<string, unknown> = { id: survivor };
    for (const [column, key] of Object.entries(fields)) {
      const pin = pins.find((p) => ids.has(p.entity_id) && p.field === column);
      const from = pin ? null : candidates.find((r) => filled(r.data[key]));
      row[column] = pin ? pin.value.value : from ? from.data[key] : null;
      if (ids.size > 1)
        provenance.push({
          entity_id: survivor,
          field: column,
          source_record_id: pin ? pin.value.record : (from?.id ?? null),
          // A pinned value was verified by the person who chose it, when they did.
          verified_at: pin ? pin.pinned_at : (from?.verified_at ?? null),
          pinned: Boolean(pin),
        });
    }
    values.push(row);
  }

  if (values.length) {
    // Columns that may not be empty keep the survivor's own value when no record has one.
    const expr = (col: string) =>
      col === 'name' || (kind === 'organization' && col === 'description')
        ? sql`coalesce(j.${sql.id(col)}, t.${sql.id(col)})`
        : sql`j.${sql.id(col)}`;
    const cols = Object.keys(fields);
    await sql`UPDATE ${sql.table(table)} t SET ${sql.join(cols.map((col) => sql`${sql.id(col)} = ${expr(col)}`))}
      FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(values)}::json) j
      WHERE t.id = j.id AND (${sql.join(cols.map((col) => sql`t.${sql.id(col)}`))}) IS DISTINCT FROM
        (${sql.join(cols.map(expr))})`.execute(trx);
  }
  if (hide.length)
    await sql`UPDATE ${sql.table(table)} t SET merged_into = j.merged_into
      FROM json_to_recordset(${JSON.stringify(hide)}::json) AS j(id uuid, merged_into uuid)
      WHERE t.id = j.id AND t.merged_into IS DISTINCT FROM j.merged_into`.execute(trx);

  await sql`DELETE FROM sm_field_provenance WHERE entity_kind = ${kind} AND entity_id = ANY(${all}::uuid[])`.execute(
    trx,
  );
  if (provenance.length)
    await sql`INSERT INTO sm_field_provenance (entity_kind, entity_id, field, source_record_id, verified_at, pinned)
      SELECT ${kind}, j.entity_id, j.field, j.source_record_id, j.verified_at, j.pinned
      FROM json_to_recordset(${JSON.stringify(provenance)}::json)
        AS j(entity_id uuid, field text, source_record_id uuid, verified_at timestamptz, pinned boolean)`.execute(
      trx,
    );

  if (kind === 'service') {
    // A merged service is active while any of its sources still carries it.
    await sql`UPDATE sm_service s SET status = 'active'
      WHERE s.id = ANY(${all}::uuid[]) AND s.merged_into IS NULL AND s.status = 'inactive' AND EXISTS (
        SELECT 1 FROM sm_source_record r JOIN sm_service m ON m.id = r.entity_id
        WHERE r.kind = 'service' AND r.status = 'active' AND coalesce(m.merged_into, m.id) = s.id)
        AND EXISTS (SELECT 1 FROM sm_service h WHERE h.merged_into = s.id)`.execute(trx);
  } else {
    // Services of a hidden organization belong to its survivor; those of a restored one come back to it.
    await sql`UPDATE sm_service s SET organization_id = o.merged_into FROM sm_organization o
      WHERE s.organization_id = o.id AND o.merged_into IS NOT NULL`.execute(trx);
    await sql`UPDATE sm_service s SET organization_id = (r.data->>'organization_id')::uuid
      FROM sm_source_record r JOIN sm_organization o ON o.id = (r.data->>'organization_id')::uuid
      WHERE r.kind = 'service' AND r.entity_id = s.id AND o.merged_into IS NULL
        AND o.id = ANY(${all}::uuid[]) AND s.organization_id IS DISTINCT FROM o.id`.execute(trx);
  }
}

/** After an import: the entries of the batch that belong to a cluster are resolved again (the writer just
 * overwrote a survivor with its own source's values, or moved a hidden one's services back). */
export async function resolveAfterImport(trx: Transaction<DB>, entityIds: string[]): Promise<void> {
  const { rows } = await sql<{ pairs: number }>`
    SELECT count(*)::int AS pairs FROM sm_duplicate_pair WHERE status = 'merged'`.execute(trx);
  if (!rows[0]?.pairs) return;
  for (const kind of ['organization', 'service'] as const) {
    const clusters = await loadClusters(trx, kind);
    await resolveEntities(
      trx,
      kind,
      entityIds.filter((id) => clusters.has(id)),
      clusters,
    );
  }
}
