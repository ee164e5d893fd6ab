// The PostgreSQL server of a bench: the one in DATABASE_URL, or else a throw-away server started here like
// .ci/run does (initdb into a temporary folder, a free port, stopped and removed at the end), when
// PostgreSQL's binaries are installed (/usr/lib/postgresql/<version>/bin). Each target gets a fresh database.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/database.ts';

export interface PostgresServer {
  /** Server URL (database postgres); where it came from, for the report. */
  url: string;
  origin: 'DATABASE_URL' | 'throw-away';
  version: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function installedBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b));
  const v = versions.at(-1);
  return v ? path.join(root, v, 'bin') : null;
}

async function serverVersion(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0]?.v ?? '?';
  } finally {
    await c.end();
  }
}

/** DATABASE_URL, a throw-away server, or null (not installed; the bench then says so and skips). */
export async function postgresServer(log: (line: string) => void): Promise<PostgresServer | null> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv)
    return {
      url: fromEnv,
      origin: 'DATABASE_URL',
      version: await serverVersion(fromEnv),
      stop: async () => {},
    };
  const bin = installedBin();
  if (!bin) {
    log('PostgreSQL: no DATABASE_URL and no /usr/lib/postgresql/*/bin/initdb; skipped.');
    return null;
  }
  // PostgreSQL refuses to run as root: then its tools run as the postgres user, in a folder it can reach.
  const root = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(root ? '/tmp' : os.tmpdir(), 'wijkpunt-bench-pg-'));
  const as = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { cwd: dir, stdio: 'pipe' })
      : execFileSync(cmd, args, { cwd: dir, stdio: 'pipe' });
  const password = randomBytes(12).toString('hex');
  fs.writeFileSync(path.join(dir, 'pwfile'), `${password}\n`);
  if (root) execFileSync('chown', ['-R', 'postgres:', dir]);
  const port = await freePort();
  as(path.join(bin, 'initdb'), [
    '-D',
    path.join(dir, 'data'),
    '-U',
    'postgres',
    `--pwfile=${path.join(dir, 'pwfile')}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  // Default durability settings (unlike the CI test server): the import figures include a real commit.
  as(path.join(bin, 'pg_ctl'), [
    '-D',
    path.join(dir, 'data'),
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
  ]);
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  log(`PostgreSQL: started a throw-away server (${path.basename(path.dirname(bin))}) on port ${port}`);
  return {
    url,
    origin: 'throw-away',
    version: await serverVersion(url),
    async stop() {
      try {
        as(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh database on the server, dropped by `drop`. */
export async function freshDatabase(
  serverUrl: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  const name = `wijkpunt_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: await openDatabase({ kind: 'postgresql', url: url.toString() }),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
