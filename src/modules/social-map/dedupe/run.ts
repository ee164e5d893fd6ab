// One run of duplicate finding over every source: the matcher scores candidate pairs of active records,
// each pair is decided by its region's thresholds (merged automatically, queued for review, or nothing),
// pairs a coordinator kept apart or unmerged are never proposed again, and the clusters that changed are
// resolved into canonical entries. All in one transaction with its audit row.
import { sql, type Kysely, type Transaction } from 'kysely';
import { auditedResult } from '../../../server/audit.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import type { DedupeKind, PairStatus } from '../sources/tables.ts';
import { DEFAULT_THRESHOLDS, findDuplicatePairs, type MatchRecord, type Thresholds } from './match/index.ts';
import { loadClusters, resolveEntities } from './resolve.ts';
import type { SourceSnapshot } from './snapshot.ts';

export interface RunPair {
  kind: DedupeKind;
  a: { source: string; id: string };
  b: { source: string; id: string };
  score: number;
  decision: 'merged' | 'review';
}

export interface DedupeReport {
  /** Every pair found at or above its review threshold that is merged or waiting for review. */
  pairs: RunPair[];
  counts: { records: number; merged: number; review: number; newMerged: number; newReview: number };
  seconds: number;
}

interface RecordRow {
  id: string;
  kind: DedupeKind;
  external_id: string;
  entity_id: string;
  source: string;
  region_id: string | null;
  data: SourceSnapshot;
}

/** Thresholds per region (regions without settings use the defaults). */
export async function thresholdsByRegion(db: Kysely<DB> | Transaction<DB>): Promise<Map<string, Thresholds>> {
  const rows = await db
    .selectFrom('sm_dedupe_settings')
    .select(['region_id', 'auto_merge', 'review'])
    .execute();
  return new Map(
    rows.map((r) => [r.region_id, { autoMerge: Number(r.auto_merge), review: Number(r.review) }]),
  );
}

export async function runDedupe(o: { db: Kysely<DB>; actor?: Actor | null }): Promise<DedupeReport> {
  const t0 = performance.now();
  const report = await auditedResult(
    o.db,
    (trx) => dedupeIn(trx),
    () => ({
      action: 'update',
      objectType: 'sm_duplicate_pair',
      objectId: 'dedupe',
      basis: o.actor?.kind === 'person' ? 'administration' : 'system',
      ...(o.actor !== undefined && { actor: o.actor }),
    }),
  );
  return { ...report, seconds: (performance.now() - t0) / 1000 };
}

async function dedupeIn(trx: Transaction<DB>): Promise<Omit<DedupeReport, 'seconds'>> {
  const { rows: records } = await sql<RecordRow>`
    SELECT r.id, r.kind, r.external_id, r.entity_id, s.name AS source, s.region_id, r.data
    FROM sm_source_record r JOIN sm_source s ON s.id = r.source_id
    WHERE r.status = 'active'`.execute(trx);
  const byId = new Map(records.map((r) => [r.id, r]));
  const regions = await thresholdsByRegion(trx);
  const thresholdsOf = (a: RecordRow, b: RecordRow): Thresholds =>
    regions.get(a.region_id ?? b.region_id ?? '') ?? DEFAULT_THRESHOLDS;
  const minScore = Math.min(DEFAULT_THRESHOLDS.review, ...[...regions.values()].map((t) => t.review));

  const { rows: known } = await sql<{ id: string; a: string; b: string; status: PairStatus }>`
    SELECT id, a_record_id AS a, b_record_id AS b, status FROM sm_duplicate_pair`.execute(trx);
  const knownPair = new Map(known.map((p) => [`${p.a}|${p.b}`, p]));

  const counts = { records: records.length, merged: 0, review: 0, newMerged: 0, newReview: 0 };
  const pairs: RunPair[] = [];
  const inserts: {
    kind: DedupeKind;
    a: string;
    b: string;
    score: number;
    features: unknown;
    status: 'merged' | 'review';
  }[] = [];
  const found = new Set<string>();
  const touched: Record<DedupeKind, Set<string>> = { service: new Set(), organization: new Set() };

  for (const kind of ['organization', 'service'] as const) {
    const input: MatchRecord[] = records
      .filter((r) => r.kind === kind)
      .map((r) => ({ ...r.data, key: r.id, source: r.source }));
    const scored = findDuplicatePairs(input, { minScore }).sort((x, y) => y.score - x.score);
    const clusters = await loadClusters(trx, kind);
    // Pairs a person said are different: their clusters are never joined automatically.
    const apart = known
      .filter((p) => p.status === 'kept_apart' || p.status === 'unmerged')
      .map((p) => [byId.get(p.a)?.entity_id, byId.get(p.b)?.entity_id])
      .filter((p): p is [string, string] => Boolean(p[0] && p[1]));
    const separated = (x: string, y: string) =>
      apart.some(
        ([p, q]) =>
          (clusters.same(p, x) && clusters.same(q, y)) || (clusters.same(p, y) && clusters.same(q, x)),
      );

    for (const s of scored) {
      const a = byId.get(s.a)!;
      const b = byId.get(s.b)!;
      const t = thresholdsOf(a, b);
      if (s.score < t.review) continue;
      // Sources of different regions describe different neighbourhoods.
      if (a.region_id && b.region_id && a.region_id !== b.region_id) continue;
      if (a.entity_id === b.entity_id) continue; // one entry already (the same id in two sources)
      const [lo, hi] = a.id < b.id ? [a, b] : [b, a];
      const k = `${lo.id}|${hi.id}`;
      found.add(k);
      const existing = knownPair.get(k);
      let decision: 'merged' | 'review' | null = null;
      if (existing) {
        if (existing.status === 'merged' || existing.status === 'review') decision = existing.status;
      } else if (clusters.same(a.entity_id, b.entity_id)) {
        decision = 'merged'; // joined through others already: the pair is part of that merge
        inserts.push({ kind, a: lo.id, b: hi.id, score: s.score, features: s.features, status: 'merged' });
      } else if (s.score >= t.autoMerge && !separated(a.entity_id, b.entity_id)) {
        decision = 'merged';
        clusters.union(a.entity_id, b.entity_id);
        touched[kind].add(a.entity_id).add(b.entity_id);
        inserts.push({ kind, a: lo.id, b: hi.id, score: s.score, features: s.features, status: 'merged' });
        counts.newMerged++;
      } else if (!separated(a.entity_id, b.entity_id)) {
        decision = 'review';
        inserts.push({ kind, a: lo.id, b: hi.id, score: s.score, features: s.features, status: 'review' });
        counts.newReview++;
      }
      if (!decision) continue;
      counts[decision]++;
      pairs.push({
        kind,
        a: { source: lo.source, id: lo.external_id },
        b: { source: hi.source, id: hi.external_id },
        score: s.score,
        decision,
      });
    }
  }

  for (let i = 0; i < inserts.length; i += 20_000) {
    const json = JSON.stringify(inserts.slice(i, i + 20_000));
    await sql`WITH j AS (
        SELECT * FROM json_to_recordset(${json}::json)
          AS j(kind text, a uuid, b uuid, score numeric, features jsonb, status text)
      ), ins AS (
        INSERT INTO sm_duplicate_pair (kind, a_record_id, b_record_id, score, features, status, automatic,
          decided_at)
        SELECT kind, a, b, round(score, 3), features, status, status = 'merged',
          CASE WHEN status = 'merged' THEN now() END FROM j
        RETURNING id, status, automatic
      )
      INSERT INTO sm_merge_decision (pair_id, action, details)
      SELECT id, 'auto_merge', '{}'::jsonb FROM ins WHERE status = 'merged'`.execute(trx);
  }
  // A review pair that is no longer found (a source changed or withdrew a record) leaves the queue, unless a
  // person already acted on it.
  const stale = known.filter((p) => p.status === 'review' && !found.has(`${p.a}|${p.b}`)).map((p) => p.id);
  if (stale.length)
    await sql`DELETE FROM sm_duplicate_pair p WHERE p.id = ANY(${stale}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM sm_merge_decision d WHERE d.pair_id = p.id)`.execute(trx);

  for (const kind of ['organization', 'service'] as const)
    await resolveEntities(trx, kind, [...touched[kind]]);
  return { pairs, counts };
}
