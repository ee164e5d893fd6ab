// `npm run bench`: HTTP throughput and latency of the real server against a bare Fastify baseline.
// Three targets, each loaded by autocannon for BENCH_SECONDS (default 10) with BENCH_CONNECTIONS (default 10)
// after a short warm-up: (a) bare Fastify replying {ok:true}, (b) GET /api/v1/health of Wijkpunt with demo
// data on embedded PGlite (or DATABASE_URL when set), (c) GET /api/v1/me with a personal API token.
// Prints a table and writes bench/results/latest.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { loadConfig } from '../src/server/config.ts';
import { startServer, type RunningServer } from '../src/server/runtime.ts';

const SECONDS = positiveInt(process.env.BENCH_SECONDS, 10);
const CONNECTIONS = positiveInt(process.env.BENCH_CONNECTIONS, 10);
const WARMUP_SECONDS = Math.min(2, SECONDS);
/** autocannon in worker threads (default 1; 0 = in the main thread) so load generation does not share the
 * servers' event loop. */
const WORKERS = nonNegativeInt(process.env.BENCH_WORKERS, 1);

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
}

function nonNegativeInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 0 ? n : fallback;
}

interface Figures {
  name: string;
  url: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  ratioToBareFastify: number | null;
}

async function load(
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<autocannon.Result> {
  return autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
    ...(WORKERS > 0 && { workers: WORKERS }),
  });
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Figures> {
  process.stdout.write(`  ${name}: warming up ${WARMUP_SECONDS} s, measuring ${SECONDS} s… `);
  await load(url, headers, WARMUP_SECONDS);
  const r = await load(url, headers, SECONDS);
  console.log(`${Math.round(r.requests.mean)} req/s`);
  return {
    name,
    url,
    requestsPerSecond: round(r.requests.mean),
    latencyMs: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      mean: round(r.latency.mean),
      max: r.latency.max,
    },
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    ratioToBareFastify: null,
  };
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function portOf(server: { address(): string | AddressInfo | null }): number {
  const address = server.address();
  if (!address || typeof address === 'string')
    throw new Error(`Unexpected server address: ${String(address)}`);
  return address.port;
}

/** Logs in as the demo administrator and creates a personal API token for the bench. */
async function createToken(base: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@demo.wijkpunt.nl', password: 'wijkpunt-demo' }),
  });
  if (!login.ok) throw new Error(`Login failed: HTTP ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('wijkpunt_session='));
  if (!cookie) throw new Error('Login set no wijkpunt_session cookie');
  const created = await fetch(`${base}/api/v1/me/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'bench' }),
  });
  if (!created.ok) throw new Error(`Creating a token failed: HTTP ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  return token;
}

function printTable(rows: Figures[]): void {
  const header = ['target', 'req/s (mean)', 'p50 ms', 'p90 ms', 'p99 ms', 'errors', 'non-2xx', 'vs bare'];
  const lines = rows.map((r) => [
    r.name,
    r.requestsPerSecond.toFixed(0),
    String(r.latencyMs.p50),
    String(r.latencyMs.p90),
    String(r.latencyMs.p99),
    String(r.errors),
    String(r.non2xx),
    r.ratioToBareFastify === null ? '' : `${(r.ratioToBareFastify * 100).toFixed(1)} %`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${fmt(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines) console.log(fmt(l));
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-bench-'));
  const bare = Fastify({ logger: false });
  bare.get('/', async () => ({ ok: true }));
  let server: RunningServer | null = null;
  try {
    console.log(
      `Wijkpunt HTTP bench: ${CONNECTIONS} connections, ${SECONDS} s per target, Node ${process.version}, ` +
        `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'})`,
    );
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = `http://127.0.0.1:${portOf(bare.server)}/`;

    console.log('Starting Wijkpunt with demo data…');
    const config = loadConfig(
      { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
      { port: 0, dataDir },
    );
    server = await startServer({ ...config, host: '127.0.0.1' }, { seed: 'demo' });
    const base = `http://127.0.0.1:${portOf(server.app.server)}`;
    const token = await createToken(base);

    const rows = [
      await measure('bare Fastify GET /', bareUrl),
      await measure('GET /api/v1/health', `${base}/api/v1/health`),
      await measure('GET /api/v1/me (token)', `${base}/api/v1/me`, { authorization: `Bearer ${token}` }),
    ];
    const baseline = rows[0]?.requestsPerSecond ?? 0;
    for (const r of rows)
      r.ratioToBareFastify = baseline > 0 ? round(r.requestsPerSecond / baseline, 4) : null;
    printTable(rows);

    const out = path.resolve(import.meta.dirname, 'results', 'latest.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? null,
      database: config.database.kind,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      connections: CONNECTIONS,
      workers: WORKERS,
      results: rows,
    };
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nWritten to ${path.relative(process.cwd(), out)}`);
    const failures = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
    if (failures.length) {
      console.error(`Errors or non-2xx responses in: ${failures.map((r) => r.name).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await bare.close();
    await server?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
