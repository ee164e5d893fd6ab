// The health check's report with matched offers (POST /api/v1/health-check/report, decision 0022) on the
// bench's social map of 100,000 services (bench/search-map.ts), on embedded PGlite and on PostgreSQL
// (DATABASE_URL, or a throw-away server; see bench/postgres.ts). Residents wait for this answer after the
// last question, so it is measured as they get it: through HTTP, a real listening server and one keep-alive
// connection (Node's fetch, undici); median and p95 over BENCH_HEALTH_CHECK_RUNS requests (default 30, after
// BENCH_HEALTH_CHECK_WARMUP warm-up requests); optionally next to the same report computed in process
// (BENCH_HEALTH_CHECK_IN_PROCESS=1), and the plan of the slow search (BENCH_HEALTH_CHECK_EXPLAIN=1). Three responses: (a) four needs and a Kerkrade postcode, (b) the
// same without a postcode, (c) no needs. (a) and (b) must match offers, or the bench fails: a report without
// matches would measure nothing. Prints a table; writes bench/results/health-check.json.
// Run: npx tsx bench/health-check.ts   (BENCH_HEALTH_CHECK_SERVICES: map size;
//      BENCH_HEALTH_CHECK_TARGETS=pglite,postgresql)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, type Database, type DatabaseKind } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import type { DB } from '../src/server/db/schema.ts';
import { resolvePostcode } from '../src/modules/social-map/reference/postcode.ts';
import { searchQuery, type Day } from '../src/modules/social-map/search/service.ts';
import { readNeedsMap } from '../src/modules/health-check/check/matching.ts';
import type { NeedCode } from '../src/modules/health-check/check/needs.ts';
import { DAY_KEYS } from '../src/modules/health-check/check/questionnaire-v1.ts';
import { healthCheckReport, type ReportOptions } from '../src/modules/health-check/check/service.ts';
import { HEALTHY, responseOf } from '../src/modules/health-check/check/test-response.ts';
import { buildSearchMap } from './search-map.ts';
import { load, stats } from './figures.ts';
import { freshDatabase, postgresServer } from './postgres.ts';

const SERVICES = Number(process.env.BENCH_HEALTH_CHECK_SERVICES ?? 100_000);
const RUNS = Number(process.env.BENCH_HEALTH_CHECK_RUNS ?? 30);
const WARMUP = Number(process.env.BENCH_HEALTH_CHECK_WARMUP ?? 3);
const TARGETS = (process.env.BENCH_HEALTH_CHECK_TARGETS ?? 'pglite,postgresql').split(',');
/** BENCH_HEALTH_CHECK_EXPLAIN=1: after the runs, EXPLAIN ANALYZE of the search matchServices runs for the
 * first need of (a) and (b) (the same statement and options: radius 25 km, 25 per need). */
const EXPLAIN = !!process.env.BENCH_HEALTH_CHECK_EXPLAIN;
/** BENCH_HEALTH_CHECK_IN_PROCESS=1: also healthCheckReport in process (no HTTP), alternating with the requests
 * (off by default: on the 100,000-service map one report takes seconds, and this doubles the run). */
const IN_PROCESS = !!process.env.BENCH_HEALTH_CHECK_IN_PROCESS;

/** 60, moves 10 minutes a day, often lonely, often worried about money, wants to do something meaningful:
 * move-more, lonely, money-worries and take-part. */
const FOUR_NEEDS = responseOf({
  ...HEALTHY,
  leeftijd: 60,
  ...Object.fromEntries(DAY_KEYS.map((k) => [`bewegen.${k}`, 10])),
  eenzaam: 'vaak',
  geldzorgen: 'vaak',
  'werken-aan': ['meedoen'],
});

interface Case {
  name: string;
  body: { response: unknown; postcode?: string; days?: Day[]; accessible?: boolean };
  needs: number;
  mustMatch: boolean;
}
const CASES: Case[] = [
  {
    name: '(a) 4 needs, postcode 6461 (Kerkrade), TU, accessible',
    body: { response: FOUR_NEEDS, postcode: '6461 CK', days: ['TU'], accessible: true },
    needs: 4,
    mustMatch: true,
  },
  {
    name: '(b) 4 needs, no postcode, TU, accessible',
    body: { response: FOUR_NEEDS, days: ['TU'], accessible: true },
    needs: 4,
    mustMatch: true,
  },
  { name: '(c) no needs (healthy, 40)', body: { response: responseOf(HEALTHY) }, needs: 0, mustMatch: false },
];

interface CaseFigures {
  name: string;
  needs: string[];
  matches: number;
  nearestMeters: number | null;
  http: { median: number; p95: number };
  inProcess: { median: number; p95: number } | null;
}

interface ReportOut {
  needs: { need: string }[];
  matches: { serviceId: string; distanceMeters: number | null }[];
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
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/health-check/report`;

  const measure = async (c: Case): Promise<CaseFigures> => {
    const payload = JSON.stringify(c.body);
    let out: ReportOut | null = null;
    const http = async () => {
      const t = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
        body: payload,
      });
      const body = (await res.json()) as ReportOut;
      const ms = performance.now() - t;
      if (res.status !== 200) throw new Error(`${c.name}: HTTP ${res.status} ${JSON.stringify(body)}`);
      out = body;
      return ms;
    };
    const inProcess = async () => {
      const t = performance.now();
      const body = c.body as Omit<ReportOptions, 'db' | 'locale'>;
      const r = await healthCheckReport({ ...body, db, locale: 'nl' });
      const ms = performance.now() - t;
      if (out && r.matches.length !== out.matches.length)
        throw new Error(`${c.name}: in process ${r.matches.length} matches ≠ HTTP ${out.matches.length}`);
      return ms;
    };
    for (let i = 0; i < WARMUP; i++) {
      await http();
      if (IN_PROCESS) await inProcess();
    }
    const h: number[] = [];
    const p: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      h.push(await http());
      if (IN_PROCESS) p.push(await inProcess());
    }
    const got = out as ReportOut | null;
    if (!got) throw new Error(`${c.name}: no answer`);
    const needs = got.needs.map((n) => n.need);
    if (needs.length !== c.needs)
      throw new Error(`${c.name}: expected ${c.needs} needs, the report gave ${needs.join(', ') || 'none'}`);
    if (c.mustMatch && got.matches.length === 0)
      throw new Error(
        `${c.name}: the report matched no offers for ${needs.join(', ')}; the map's services carry none of the ` +
          'needs map terms (bench/search-map.ts), so the figure would measure nothing',
      );
    const distances = got.matches.flatMap((m) => (m.distanceMeters === null ? [] : [m.distanceMeters]));
    const row: CaseFigures = {
      name: c.name,
      needs,
      matches: got.matches.length,
      nearestMeters: distances.length ? Math.min(...distances) : null,
      http: stats(h),
      inProcess: IN_PROCESS ? stats(p) : null,
    };
    log(
      `  ${c.name.padEnd(56)} ${String(needs.length).padStart(5)} ${String(row.matches).padStart(7)}` +
        `  HTTP ${row.http.median} / ${row.http.p95} ms` +
        (row.inProcess ? `  in process ${row.inProcess.median} / ${row.inProcess.p95} ms` : ''),
    );
    return row;
  };

  const figures: CaseFigures[] = [];
  try {
    log(
      `measuring ${CASES.length} reports × ${RUNS} runs (${IN_PROCESS ? 'HTTP and in process alternating' : 'HTTP'}), ${load()}`,
    );
    log(`  ${'report'.padEnd(56)} needs matches  median / p95`);
    for (const c of CASES) figures.push(await measure(c));
    if (EXPLAIN) await explain(db, figures[0]!.needs[0] as NeedCode, log);
  } finally {
    await app.close();
  }
  return { built, buildSeconds, figures, load: load() };
}

/** The plan of one need's search as matchServices runs it, with and without the Kerkrade postcode. */
async function explain(db: Kysely<DB>, need: NeedCode, log: (l: string) => void) {
  const codes = (await readNeedsMap(db))[need];
  const near = await resolvePostcode(db, '6461');
  for (const where of [near, null]) {
    const q = searchQuery({
      db,
      taxonomyTermIds: codes,
      age: 60,
      ...(where && { near: { latitude: where.latitude, longitude: where.longitude }, radiusKm: 25 }),
      sort: where ? 'distance' : 'name',
      page: 1,
      perPage: 25,
      facets: false,
    }).compile(db);
    const { rows } = await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL jit = off`.execute(trx);
      return trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.parameters]),
      );
    });
    log(
      `\nEXPLAIN ANALYZE: need ${need} (${codes.join(', ')}), ${where ? 'Kerkrade ≤25 km' : 'no postcode'}`,
    );
    for (const r of rows) log(`  ${r['QUERY PLAN']}`);
  }
}

function summary(target: string, figures: CaseFigures[]): string {
  const worst = Math.max(...figures.map((f) => f.http.median));
  const worst95 = Math.max(...figures.map((f) => f.http.p95));
  return (
    `${target}: slowest report over HTTP median ${worst} ms, p95 ${worst95} ms ` +
    `(median under 300 ms: ${worst < 300 ? 'met' : 'MISSED'})`
  );
}

async function main() {
  const log = (l: string) => console.log(l);
  console.log(
    `Wijkpunt health-check report bench: ${SERVICES} services, ${RUNS} runs per report, Node ${process.version}, ${load()}`,
  );
  const results: Record<string, unknown> = {};
  const lines: string[] = [];
  if (TARGETS.includes('pglite')) {
    console.log('\nPGlite (in memory)');
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      const r = await measureTarget('pglite', database, log);
      results.pglite = r;
      lines.push(summary('PGlite', r.figures));
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
          lines.push(summary(`PostgreSQL ${server.version}`, r.figures));
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
  const out = path.resolve(import.meta.dirname, 'results', 'health-check.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, services: SERVICES, runs: RUNS, results }, null, 2)}\n`,
  );
  console.log(`Written to ${path.relative(process.cwd(), out)}`);
}

await main();
