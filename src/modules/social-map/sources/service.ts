// The region's sources as the coordinator manages them: the list with counts and refresh state, the owner's
// details, the conflict report an owner downloads as CSV, and the sources behind one entry (per field, which
// source supplied the value and when it was last verified there).
import Papa from 'papaparse';
import { sql, type Kysely } from 'kysely';
import { audited } from '../../../server/audit.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { notFound } from '../../../server/errors.ts';
import { RESOLVED_FIELDS, TABLE_OF } from '../dedupe/resolve.ts';
import { isUuid } from '../import/batch.ts';
import type { SourceSnapshot } from '../dedupe/snapshot.ts';
import { regionScopeOf, sourceInScope } from './access.ts';
import type { DedupeKind } from './tables.ts';

type Caller = { db: Kysely<DB>; actor: Actor };

export async function listSources({ db, actor }: Caller) {
  const scope = await regionScopeOf(db, actor);
  const { rows } = await sql<{
    id: string;
    name: string;
    region_id: string | null;
    region_name: string | null;
    owner: string | null;
    contact: string | null;
    format: string | null;
    refresh_interval_days: number | null;
    last_imported_at: Date | null;
    services: number;
    organizations: number;
    withdrawn: number;
    merged: number;
  }>`SELECT s.id, s.name, s.region_id, g.name AS region_name, s.owner, s.contact, s.format,
      s.refresh_interval_days, s.last_imported_at,
      count(*) FILTER (WHERE r.kind = 'service' AND r.status = 'active')::int AS services,
      count(*) FILTER (WHERE r.kind = 'organization' AND r.status = 'active')::int AS organizations,
      count(*) FILTER (WHERE r.status = 'withdrawn')::int AS withdrawn,
      count(*) FILTER (WHERE r.status = 'active' AND EXISTS (
        SELECT 1 FROM sm_service m WHERE m.id = r.entity_id AND m.merged_into IS NOT NULL
        UNION ALL SELECT 1 FROM sm_organization m WHERE m.id = r.entity_id AND m.merged_into IS NOT NULL
      ))::int AS merged
    FROM sm_source s LEFT JOIN region g ON g.id = s.region_id
    LEFT JOIN sm_source_record r ON r.source_id = s.id
    WHERE ${sourceInScope(scope, sql`s.region_id`)}
    GROUP BY s.id, g.name ORDER BY s.name`.execute(db);
  const now = Date.now();
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      regionId: r.region_id,
      regionName: r.region_name,
      owner: r.owner,
      contact: r.contact,
      format: r.format,
      refreshIntervalDays: r.refresh_interval_days,
      lastImportedAt: r.last_imported_at?.toISOString() ?? null,
      // A source not imported within its refresh interval is overdue.
      overdue: Boolean(
        r.refresh_interval_days &&
        (!r.last_imported_at || now - r.last_imported_at.getTime() > r.refresh_interval_days * 86_400_000),
      ),
      counts: {
        services: r.services,
        organizations: r.organizations,
        withdrawn: r.withdrawn,
        merged: r.merged,
      },
    })),
  };
}

async function visibleSource({ db, actor }: Caller, id: string) {
  if (!isUuid(id)) throw notFound();
  const scope = await regionScopeOf(db, actor);
  const { rows } = await sql<{ id: string; name: string; region_id: string | null }>`
    SELECT id, name, region_id FROM sm_source s
    WHERE id = ${id} AND ${sourceInScope(scope, sql`s.region_id`)}`.execute(db);
  if (!rows[0]) throw notFound();
  return { ...rows[0], scope };
}

export async function updateSource(
  o: Caller & {
    id: string;
    owner: string | null;
    contact: string | null;
    format: string | null;
    refreshIntervalDays: number | null;
  },
) {
  const { scope } = await visibleSource(o, o.id);
  await audited(
    o.db,
    {
      action: 'update',
      objectType: 'sm_source',
      objectId: o.id,
      basis: 'administration',
      actingAs: scope.admin ? 'administrator' : 'coordinator',
    },
    (trx) =>
      trx
        .updateTable('sm_source')
        .set({
          owner: o.owner,
          contact: o.contact,
          format: o.format,
          refresh_interval_days: o.refreshIntervalDays,
        })
        .where('id', '=', o.id)
        .execute(),
  );
  const updated = (await listSources(o)).items.find((s) => s.id === o.id);
  if (!updated) throw notFound();
  return updated;
}

/** A snapshot or column value as text (lists joined), for comparing and reporting. */
export const textOf = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : Array.isArray(v)
      ? v.map(textOf).join(', ')
      : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? String(v).trim()
        : JSON.stringify(v);
const text = textOf;
const same = (a: unknown, b: unknown) =>
  text(a).replace(/\s+/g, ' ').toLowerCase() === text(b).replace(/\s+/g, ' ').toLowerCase();

/**
 * The conflict report of one source: every field where its record differs from the map's (canonical)
 * value, and every entry on the map that the source does not carry. CSV with Dutch headers, for the owner.
 */
export async function conflictReport(o: Caller & { id: string }): Promise<{ name: string; csv: string }> {
  const source = await visibleSource(o, o.id);
  const rows: Record<string, string>[] = [];
  for (const kind of ['organization', 'service'] as const) {
    const fields = RESOLVED_FIELDS[kind];
    const table = TABLE_OF[kind];
    const { rows: recs } = await sql<{
      external_id: string;
      data: SourceSnapshot;
      canonical: Record<string, unknown>;
      provenance: Record<
        string,
        { source: string | null; verified_at: string | null; pinned: boolean }
      > | null;
    }>`SELECT r.external_id, r.data, to_jsonb(c) AS canonical,
        (SELECT jsonb_object_agg(p.field, jsonb_build_object('source', ps.name, 'verified_at', p.verified_at,
           'pinned', p.pinned))
         FROM sm_field_provenance p LEFT JOIN sm_source_record pr ON pr.id = p.source_record_id
         LEFT JOIN sm_source ps ON ps.id = pr.source_id
         WHERE p.entity_kind = ${kind} AND p.entity_id = c.id) AS provenance
      FROM sm_source_record r JOIN ${sql.table(table)} e ON e.id = r.entity_id
      JOIN ${sql.table(table)} c ON c.id = coalesce(e.merged_into, e.id)
      WHERE r.source_id = ${source.id} AND r.kind = ${kind} AND r.status = 'active'
      ORDER BY r.external_id`.execute(o.db);
    for (const r of recs) {
      for (const [column, key] of Object.entries(fields)) {
        const mine = (r.data as unknown as Record<string, unknown>)[key];
        const onMap = r.canonical[column];
        if (same(mine, onMap)) continue;
        const from = r.provenance?.[column];
        rows.push({
          soort: kind === 'service' ? 'aanbod' : 'organisatie',
          id_in_bron: r.external_id,
          naam: text(r.canonical.name),
          veld: column,
          waarde_in_bron: text(mine),
          waarde_op_kaart: text(onMap),
          waarde_van: from?.pinned ? 'keuze coördinator' : (from?.source ?? 'Wijkpunt'),
          geverifieerd_op: from?.verified_at ? from.verified_at.slice(0, 10) : '',
          probleem: 'verschilt',
        });
      }
    }
  }
  // Public entries of the source's region that it does not carry (neither itself nor anything merged with
  // it): entries of other sources of the region, and entries kept in Wijkpunt for its neighbourhoods.
  const inRegion = source.region_id
    ? sql<boolean>`(EXISTS (SELECT 1 FROM sm_source_record r JOIN sm_source so ON so.id = r.source_id
          JOIN sm_service m ON m.id = r.entity_id
          WHERE r.status = 'active' AND coalesce(m.merged_into, m.id) = s.id
            AND (so.region_id IS NULL OR so.region_id = ${source.region_id}))
        OR EXISTS (SELECT 1 FROM sm_service_area a JOIN neighbourhood n
          ON a.cbs_code = n.cbs_code OR a.cbs_code LIKE 'BU' || substr(n.cbs_code, 3) || '__'
          WHERE a.service_id = s.id AND n.region_id = ${source.region_id}))`
    : sql<boolean>`true`;
  const { rows: missing } = await sql<{ id: string; name: string; sources: string | null }>`
    SELECT s.id, s.name, (SELECT string_agg(DISTINCT so.name, ', ') FROM sm_source_record r
        JOIN sm_source so ON so.id = r.source_id JOIN sm_service m ON m.id = r.entity_id
        WHERE r.status = 'active' AND coalesce(m.merged_into, m.id) = s.id) AS sources
    FROM sm_service s
    WHERE s.merged_into IS NULL AND s.published AND s.status = 'active' AND ${inRegion} AND NOT EXISTS (
      SELECT 1 FROM sm_source_record r JOIN sm_service m ON m.id = r.entity_id
      WHERE r.source_id = ${source.id} AND r.status = 'active' AND coalesce(m.merged_into, m.id) = s.id)
    ORDER BY s.name, s.id`.execute(o.db);
  for (const m of missing)
    rows.push({
      soort: 'aanbod',
      id_in_bron: '',
      naam: m.name,
      veld: '',
      waarde_in_bron: '',
      waarde_op_kaart: m.id,
      waarde_van: m.sources ?? 'Wijkpunt',
      geverifieerd_op: '',
      probleem: 'ontbreekt',
    });
  const columns = [
    'soort',
    'id_in_bron',
    'naam',
    'veld',
    'waarde_in_bron',
    'waarde_op_kaart',
    'waarde_van',
    'geverifieerd_op',
    'probleem',
  ];
  return {
    name: source.name,
    csv: Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c])) }),
  };
}

/** The sources behind one entry: its records (also of entries merged into it) and each field's origin. */
export async function entrySources(o: Caller & { kind: DedupeKind; id: string }) {
  if (!isUuid(o.id)) throw notFound();
  const scope = await regionScopeOf(o.db, o.actor);
  const table = TABLE_OF[o.kind];
  const entity = await sql<{ id: string; name: string; merged_into: string | null }>`
    SELECT e.id, c.name, e.merged_into FROM ${sql.table(table)} e
    JOIN ${sql.table(table)} c ON c.id = coalesce(e.merged_into, e.id) WHERE e.id = ${o.id}`.execute(o.db);
  const e = entity.rows[0];
  if (!e) throw notFound();
  const canonicalId = e.merged_into ?? e.id;
  const { rows: records } = await sql<{
    id: string;
    source: string;
    external_id: string;
    entity_id: string;
    status: 'active' | 'withdrawn';
    verified_at: Date;
    withdrawn_at: Date | null;
    data: SourceSnapshot;
  }>`SELECT r.id, s.name AS source, r.external_id, r.entity_id, r.status, r.verified_at, r.withdrawn_at, r.data
    FROM sm_source_record r JOIN sm_source s ON s.id = r.source_id JOIN ${sql.table(table)} m ON m.id = r.entity_id
    WHERE r.kind = ${o.kind} AND coalesce(m.merged_into, m.id) = ${canonicalId}
      AND ${sourceInScope(scope, sql`s.region_id`)}
    ORDER BY r.status, r.verified_at DESC`.execute(o.db);
  const { rows: fields } = await sql<{
    field: string;
    source_record_id: string | null;
    verified_at: Date | null;
    pinned: boolean;
  }>`SELECT field, source_record_id, verified_at, pinned FROM sm_field_provenance
    WHERE entity_kind = ${o.kind} AND entity_id = ${canonicalId} ORDER BY field`.execute(o.db);
  const sourceOf = new Map(records.map((r) => [r.id, r.source]));
  return {
    kind: o.kind,
    id: canonicalId,
    name: e.name,
    fields: fields.map((f) => ({
      field: f.field,
      source: f.source_record_id ? (sourceOf.get(f.source_record_id) ?? null) : null,
      sourceRecordId: f.source_record_id,
      verifiedAt: f.verified_at?.toISOString() ?? null,
      pinned: f.pinned,
    })),
    records: records.map((r) => ({
      id: r.id,
      source: r.source,
      externalId: r.external_id,
      entityId: r.entity_id,
      status: r.status,
      verifiedAt: r.verified_at.toISOString(),
      withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
      name: r.data.name,
    })),
  };
}
