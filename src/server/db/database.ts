// Opens the database: embedded PGlite (default, one process at a time) or a PostgreSQL server.
// Both get the same type parsing, so code and tests see identical values on either.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { pglitePool } from './pglite-pool.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** Embedded only: the whole database as one tarball, which `openDatabase(…, { loadDataDir })` starts from. */
  dumpDataDir?: () => Promise<Blob>;
}

const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;
// bigint counters stay far below 2^53; dates stay plain 'YYYY-MM-DD' text; numeric keeps its precision.
// Extensions the migrations use; a PostgreSQL server has them in its contrib package.
const extensions = { pg_trgm, unaccent };
const parsers: Record<number, (v: string) => unknown> = {
  [INT8]: (v) => Number(v),
  [DATE]: (v) => v,
  [NUMERIC]: (v) => v,
};

export async function openDatabase(
  database: Config['database'],
  opts: { purpose?: string; port?: number; loadDataDir?: Blob } = {},
): Promise<Database> {
  if (database.kind === 'postgresql') {
    const pool = new pg.Pool({
      connectionString: database.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number) =>
          parsers[oid] ??
          (pg.types.getTypeParser(oid) as (v: string) => unknown)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection can be closed by the server (restart, failover); pg then emits 'error' on the pool,
    // which would crash the process if nobody listened. The next query simply opens a new connection.
    pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgresql', close: () => db.destroy() };
  }

  let lock: DataDirLock | null = null;
  let client: PGlite;
  if (database.dataDir) {
    fs.mkdirSync(database.dataDir, { recursive: true });
    lock = await acquireDataDirLock(database.dataDir, opts.purpose ?? 'wijkpunt', opts.port);
    try {
      client = await PGlite.create(path.join(database.dataDir, 'pgdata'), { parsers, extensions });
    } catch (err) {
      await lock.release();
      throw err;
    }
  } else {
    // An in-memory database may start from a dump (the tests' migrated template: ~0.5 s instead of ~2.5 s).
    client = await PGlite.create({
      parsers,
      extensions,
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pglitePool(client) }) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => client.dumpDataDir('none'),
    async close() {
      await db.destroy();
      await client.close();
      await lock?.release();
    },
  };
}
