// What an import of a source leaves behind: the source itself (created on its first import), a snapshot of
// every service and organization it carried, and the withdrawal of records it no longer carries. Runs in
// the import's transaction, so a refused import changes none of it.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import type { Batch } from '../import/batch.ts';
import { snapshotBatch } from '../dedupe/snapshot.ts';
import { resolveAfterImport } from '../dedupe/resolve.ts';

export interface SourceImport {
  /** The source's name (unique). */
  source: string;
  /** The region of the neighbourhood imported into, when known. */
  regionId: string | null;
  format: string;
  batch: Batch;
  /** uuid → id in the file, per table (ids that were uuids already are absent). */
  sourceIds: { services: Map<string, string>; organizations: Map<string, string> };
}

export interface SourceImportReport {
  sourceId: string;
  records: number;
  withdrawn: number;
}

/** Records the import of a source; called by the import writer inside its transaction. */
export async function recordSourceImport(
  trx: Transaction<DB>,
  imp: SourceImport,
): Promise<SourceImportReport> {
  const source = await trx
    .insertInto('sm_source')
    .values({ name: imp.source, region_id: imp.regionId, format: imp.format, last_imported_at: sql`now()` })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({
        last_imported_at: sql`now()`,
        region_id: sql`coalesce(sm_source.region_id, EXCLUDED.region_id)`,
        format: sql`coalesce(sm_source.format, EXCLUDED.format)`,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();

  const rows = snapshotBatch(imp.batch, imp.sourceIds).map((s) => ({
    source_id: source.id,
    kind: s.kind,
    external_id: s.id,
    entity_id: s.entityId,
    data: s,
    verified_at: s.verified_at,
  }));
  // One statement per chunk. A record the source carries unchanged is not written at all (a re-import of the
  // same file costs a lookup per record); a changed or returning one is verified anew: on its assured date
  // when the source states one, else now. last_seen_at is the last import that changed it.
  for (let i = 0; i < rows.length; i += 20_000) {
    const json = JSON.stringify(rows.slice(i, i + 20_000));
    await sql`INSERT INTO sm_source_record (source_id, kind, external_id, entity_id, data, verified_at)
      SELECT j.source_id, j.kind, j.external_id, j.entity_id, j.data,
             coalesce(j.verified_at::timestamptz, now())
      FROM json_to_recordset(${json}::json)
        AS j(source_id uuid, kind text, external_id text, entity_id uuid, data jsonb, verified_at text)
      ON CONFLICT (source_id, kind, external_id) DO UPDATE SET
        entity_id = EXCLUDED.entity_id,
        data = EXCLUDED.data,
        verified_at = EXCLUDED.verified_at,
        status = 'active',
        withdrawn_at = NULL,
        last_seen_at = now()
      WHERE sm_source_record.data IS DISTINCT FROM EXCLUDED.data OR sm_source_record.status <> 'active'
        OR sm_source_record.entity_id <> EXCLUDED.entity_id`.execute(trx);
  }

  // A record the source no longer carries is withdrawn, never deleted. Its service goes inactive when no
  // other source still carries it (or anything merged with it).
  const carried = rows.map((r) => `${r.kind}:${r.external_id}`);
  const withdrawn = await sql<{ entity_id: string; kind: string }>`
    UPDATE sm_source_record SET status = 'withdrawn', withdrawn_at = now()
    WHERE source_id = ${source.id} AND status = 'active'
      AND NOT (kind || ':' || external_id = ANY(${carried}::text[]))
    RETURNING entity_id, kind`.execute(trx);
  const gone = withdrawn.rows.filter((r) => r.kind === 'service').map((r) => r.entity_id);
  if (gone.length)
    await sql`UPDATE sm_service s SET status = 'inactive'
      WHERE s.id = ANY(${gone}::uuid[]) AND s.status = 'active' AND NOT EXISTS (
        SELECT 1 FROM sm_source_record r JOIN sm_service m ON m.id = r.entity_id
        WHERE r.status = 'active' AND r.kind = 'service'
          AND coalesce(m.merged_into, m.id) = coalesce(s.merged_into, s.id))`.execute(trx);

  await resolveAfterImport(trx, [...rows.map((r) => r.entity_id), ...withdrawn.rows.map((r) => r.entity_id)]);
  return { sourceId: source.id, records: rows.length, withdrawn: withdrawn.rows.length };
}
