// Search latency on a social map of 100,000 services (bench/search-map.ts), on embedded PGlite and on
// PostgreSQL (DATABASE_URL, or a throw-away server; see bench/postgres.ts). For each query of text + filter
// + proximity: median and p95 over BENCH_SEARCH_RUNS requests (default 30) through HTTP — a real listening
// server and one keep-alive connection (Node's fetch, undici) — next to the raw SQL time of the same query:
// the statement the search runs (page, total and facets, in its transaction with JIT off), executed directly
// on the database. Two broad searches over the whole map (no text, no place) are reported beside the targets.
// HTTP and raw runs alternate, so both see the same load. Prints a table; writes bench/results/search.json.
// Run: npx tsx bench/search.ts   (BENCH_SEARCH_SERVICES: map size; BENCH_SEARCH_TARGETS=pglite,postgresql)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, type Database, type DatabaseKind } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import type { DB } from '../src/server/db/schema.ts';
import { resolvePostcode } from '../src/modules/social-map/reference/postcode.ts';
import { runSearchQuery, type SearchOptions } from '../src/modules/social-map/search/service.ts';
import { buildSearchMap } from './search-map.ts';
import { BROAD_QUERIES, QUERIES, type BenchQuery } from './search-queries.ts';
import { load, stats } from './figures.ts';
import { freshDatabase, postgresServer } from './postgres.ts';

const SERVICES = Number(process.env.BENCH_SEARCH_SERVICES ?? 100_000);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 30);
const BROAD_RUNS = Math.max(1, Math.round(RUNS / 3));
const WARMUP = Number(process.env.BENCH_SEARCH_WARMUP ?? 3);
const TARGETS = (process.env.BENCH_SEARCH_TARGETS ?? 'pglite,postgresql').split(',');

interface QueryFigures {
  name: string;
  total: number;
  http: { median: number; p95: number };
  raw: { median: number; p95: number };
}

async function measureTarget(kind: DatabaseKind, database: Database, log: (l: string) => void) {
  const db: Kysely<DB> = database.db;
  await migrateToLatest(db as never);
  const t0 = performance.now();
  const built = await buildSearchMap(db, { services: SERVICES, log });
  const buildSeconds = (performance.now() - t0) / 1000;
  log(
    `map: ${built.services} services in ${buildSeconds.toFixed(0)} s (211 import ${built.importSeconds.toFixed(1)} s, ` +
      `replication ${built.replicateSeconds.toFixed(0)} s, ANALYZE ${built.analyzeSeconds.toFixed(1)} s)`,
  );

  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }, { port: 0 });
  const app = await createApp({
    config: { ...config, webDir: null, runJobs: false },
    db,
    databaseKind: kind,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const measure = async (q: BenchQuery, runs: number): Promise<QueryFigures> => {
    const near = q.postcode ? await resolvePostcode(db, q.postcode) : null;
    if (q.postcode && !near) throw new Error(`unknown postcode ${q.postcode}`);
    const options: SearchOptions = {
      db,
      ...q.options,
      ...(near && { near: { latitude: near.latitude, longitude: near.longitude } }),
      ...(near && q.radiusKm !== undefined && { radiusKm: q.radiusKm }),
      page: 1,
      perPage: 20,
    };
    const url = `${base}/api/v1/social-map/search?${new URLSearchParams(q.params).toString()}`;
    let total = -1;
    const http = async () => {
      const t = performance.now();
      const res = await fetch(url);
      const body = (await res.json()) as { total: number };
      const ms = performance.now() - t;
      if (res.status !== 200) throw new Error(`${q.name}: HTTP ${res.status} ${JSON.stringify(body)}`);
      total = body.total;
      return ms;
    };
    const raw = async () => {
      const t = performance.now();
      const { rows } = await runSearchQuery(options);
      const ms = performance.now() - t;
      const count = Number(rows[0]?.facets.find((r) => r.facet === 'total')?.count ?? 0);
      if (total >= 0 && count !== total) throw new Error(`${q.name}: raw total ${count} ≠ HTTP ${total}`);
      return ms;
    };
    for (let i = 0; i < WARMUP; i++) {
      await http();
      await raw();
    }
    const h: number[] = [];
    const r: number[] = [];
    for (let i = 0; i < runs; i++) {
      h.push(await http());
      r.push(await raw());
    }
    const row = { name: q.name, total, http: stats(h), raw: stats(r) };
    log(
      `  ${q.name.padEnd(50)} ${String(total).padStart(6)} found  HTTP ${row.http.median} / ${row.http.p95} ms` +
        `  raw ${row.raw.median} / ${row.raw.p95} ms`,
    );
    return row;
  };
  const figures: QueryFigures[] = [];
  const broad: QueryFigures[] = [];
  try {
    log(`measuring ${QUERIES.length} queries × ${RUNS} runs (HTTP and raw SQL alternating), ${load()}`);
    log(`  ${'query'.padEnd(50)} ${'found'.padStart(12)}  median / p95`);
    for (const q of QUERIES) figures.push(await measure(q, RUNS));
    log(`beside the targets, broad searches over the whole map (${BROAD_RUNS} runs), ${load()}`);
    for (const q of BROAD_QUERIES) broad.push(await measure(q, BROAD_RUNS));
  } finally {
    await app.close();
  }
  return { built, buildSeconds, figures, broad, load: load() };
}

function summary(target: string, figures: QueryFigures[], target95: number): string[] {
  const worstHttp = Math.max(...figures.map((f) => f.http.p95));
  const worstRatio = Math.max(...figures.map((f) => f.http.median / f.raw.median));
  return [
    `${target}: worst p95 over HTTP ${worstHttp} ms (target < ${target95} ms: ${worstHttp < target95 ? 'met' : 'MISSED'}); ` +
      `worst HTTP/raw median ratio ${worstRatio.toFixed(2)} (target ≤ 2: ${worstRatio <= 2 ? 'met' : 'MISSED'})`,
  ];
}

async function main() {
  const log = (l: string) => console.log(l);
  console.log(
    `Wijkpunt search bench: ${SERVICES} services, ${RUNS} runs per query, Node ${process.version}, ${load()}`,
  );
  const results: Record<string, unknown> = {};
  const lines: string[] = [];
  if (TARGETS.includes('pglite')) {
    console.log('\nPGlite (in memory)');
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      const r = await measureTarget('pglite', database, log);
      results.pglite = r;
      lines.push(...summary('PGlite', r.figures, 100));
    } finally {
      await database.close();
    }
  }
  if (TARGETS.includes('postgresql')) {
    console.log('\nPostgreSQL');
    const server = await postgresServer(log);
    if (server) {
      try {
        console.log(`PostgreSQL ${server.version} (${server.origin})`);
        const { database, drop } = await freshDatabase(server.url);
        try {
          const r = await measureTarget('postgresql', database, log);
          results.postgresql = { ...r, version: server.version, origin: server.origin };
          lines.push(...summary(`PostgreSQL ${server.version}`, r.figures, 30));
        } finally {
          await database.close();
          await drop();
        }
      } finally {
        await server.stop();
      }
    }
  }
  console.log(`\n${lines.join('\n')}`);
  const out = path.resolve(import.meta.dirname, 'results', 'search.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, services: SERVICES, runs: RUNS, results }, null, 2)}\n`,
  );
  console.log(`Written to ${path.relative(process.cwd(), out)}`);
}

await main();
