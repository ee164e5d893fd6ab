// Duplicate finding through the whole stack, on PGlite (in memory):
// 1. Quality: the labelled evaluation set (bench/dedupe-eval: the 211 directory split into three
//    overlapping, varied sources) imported as three sources with the real import, then `runDedupe`, whose
//    decisions are scored against the truth: precision, recall and F1 of the automatic merges (as pairs and
//    as the clusters they make) and the share of true duplicates in the review band; the number of public
//    services left next to the original 1,876. Target: clustered F1 ≥ 0.95 with precision ≥ 0.98.
// 2. Speed: `runDedupe` over 100,000 services in three sources (bench/dedupe-match.ts builds them from the
//    211 snapshots), stored as source records with their rows. Target: under 60 s.
// Run: npx tsx bench/dedupe.ts   (BENCH_DEDUPE_COUNT overrides 100,000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/auth/actor.ts';
import { deterministicId } from '../src/modules/social-map/import/batch.ts';
import { importHsds } from '../src/modules/social-map/import/index.ts';
import { runDedupe } from '../src/modules/social-map/dedupe/run.ts';
import { DEFAULT_THRESHOLDS } from '../src/modules/social-map/dedupe/match/index.ts';
import { generateEvalSources, type TruthFile } from './dedupe-eval/generate.ts';
import { evaluate, type Figures } from './dedupe-eval/quality.ts';
import { syntheticServices } from './dedupe-match.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (name: string, f: Figures) =>
  `  ${name.padEnd(22)} precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${f.f1.toFixed(3)}  ` +
  `(${f.pairs} pairs, ${f.truePairs} true)`;
const mb = () => `${Math.round(process.memoryUsage().rss / 1e6)} MB RSS`;

async function fresh() {
  const database = await openDatabase({ kind: 'pglite', dataDir: null }, { purpose: 'bench' });
  await migrateToLatest(database.db as never);
  return database;
}

async function quality() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-dedupe-eval-'));
  const database = await fresh();
  try {
    const { dirs, truthFile } = await generateEvalSources(tmp);
    const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as TruthFile;
    for (const [source, dir] of Object.entries(dirs)) {
      const r = await importHsds({
        db: database.db,
        path: dir,
        source,
        basis: 'system',
        actor: SYSTEM_ACTOR,
      });
      if (r.refused.length) throw new Error(`${source} refused: ${JSON.stringify(r.refused[0])}`);
    }
    const report = await runDedupe({ db: database.db, actor: SYSTEM_ACTOR });
    const q = evaluate(
      report.pairs.map((p) => ({
        a: `${p.a.source}/${p.kind}/${p.a.id}`,
        b: `${p.b.source}/${p.kind}/${p.b.id}`,
        score: p.score,
        decision: p.decision,
      })),
      truth,
    );
    const { rows } = await sql<{ canonical: number; all: number }>`
      SELECT count(*) FILTER (WHERE merged_into IS NULL)::int AS canonical, count(*)::int AS "all"
      FROM sm_service`.execute(database.db);
    const services = truth.records.filter((r) => r.kind === 'service');
    const originals = new Set(services.map((r) => r.truth)).size;
    console.log(
      `dedupe quality (PGlite, 3 sources from the 211 directory, thresholds ${DEFAULT_THRESHOLDS.autoMerge}` +
        ` / ${DEFAULT_THRESHOLDS.review}): ${report.counts.records} records, ${q.truePairs} true pairs`,
    );
    console.log(line('automatic merges', q.merged));
    console.log(line('clustered merges', q.clustered));
    console.log(line('review band', q.review));
    console.log(`  true pairs found by neither: ${q.missed}`);
    console.log(
      `  public services: ${rows[0]!.canonical} of ${rows[0]!.all} imported (${originals} distinct originals ` +
        `in the sources; the 211 directory has 1,876); review queue ${report.counts.review} pairs; ` +
        `dedupe ${report.seconds.toFixed(1)} s`,
    );
  } finally {
    await database.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function speed(count: number) {
  const records = syntheticServices(count);
  const database = await fresh();
  const db = database.db;
  try {
    const names = ['gemeente', 'welzijn', 'gezondheidscentrum'];
    const sourceIds = new Map<string, string>();
    for (const name of names) {
      const s = await db.insertInto('sm_source').values({ name }).returning('id').executeTakeFirstOrThrow();
      sourceIds.set(name, s.id);
    }
    const t0 = performance.now();
    for (let i = 0; i < records.length; i += 10_000) {
      const chunk = records.slice(i, i + 10_000).map((r, j) => {
        const source = names[(i + j) % names.length]!;
        const entityId = deterministicId(source, 'services', r.id);
        const { key: _key, source: _source, ...data } = r;
        return {
          source_id: sourceIds.get(source)!,
          entity_id: entityId,
          external_id: r.id,
          name: r.name,
          data: { ...data, entityId, organization_id: null },
        };
      });
      const json = JSON.stringify(chunk);
      await sql`INSERT INTO sm_service (id, name, status)
        SELECT entity_id, name, 'active' FROM json_to_recordset(${json}::json) AS j(entity_id uuid, name text)`.execute(
        db,
      );
      await sql`INSERT INTO sm_source_record (source_id, kind, external_id, entity_id, data, verified_at)
        SELECT source_id, 'service', external_id, entity_id, data, now()
        FROM json_to_recordset(${json}::json)
          AS j(source_id uuid, external_id text, entity_id uuid, data jsonb)`.execute(db);
    }
    const loaded = (performance.now() - t0) / 1000;
    const report = await runDedupe({ db, actor: SYSTEM_ACTOR });
    console.log(
      `dedupe speed (PGlite): ${records.length} services in 3 sources (stored in ${loaded.toFixed(1)} s), ` +
        `runDedupe ${report.seconds.toFixed(1)} s → ${Math.round(records.length / report.seconds)} services/s; ` +
        `${report.counts.merged} merged, ${report.counts.review} for review; ${mb()}. Target: < 60 s`,
    );
    const again = await runDedupe({ db, actor: SYSTEM_ACTOR });
    console.log(
      `dedupe speed (PGlite): a second run over the same ${records.length} (nothing new) ${again.seconds.toFixed(1)} s; ${mb()}`,
    );
  } finally {
    await database.close();
  }
}

await quality();
await speed(Number(process.env.BENCH_DEDUPE_COUNT ?? 100_000));
