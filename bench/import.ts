// Import rate of the social map: the real 211 directory (HSDS 1.x / Ohana CSV, 1,876 services) into a fresh
// in-memory PGlite, and into a fresh database on the PostgreSQL server in DATABASE_URL when it is set.
// Each target: a first import (inserts) and a re-import (updates), timed from reading the files to commit.
// Run: npx tsx bench/import.ts   (BENCH_IMPORT_PATH overrides the directory)
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/auth/actor.ts';
import { importHsds } from '../src/modules/social-map/import/index.ts';

const SOURCE =
  process.env.BENCH_IMPORT_PATH ??
  path.resolve(import.meta.dirname, '../../shared/data/hsds-samples/bahc-icarol-211-csv');

async function target(name: string, open: () => Promise<{ database: Database; drop: () => Promise<void> }>) {
  const { database, drop } = await open();
  try {
    await migrateToLatest(database.db as never);
    for (const run of ['insert', 're-import']) {
      const t0 = performance.now();
      const report = await importHsds({
        db: database.db,
        path: SOURCE,
        basis: 'system',
        actor: SYSTEM_ACTOR,
      });
      const seconds = (performance.now() - t0) / 1000;
      if (report.refused.length) throw new Error(`refused: ${JSON.stringify(report.refused.slice(0, 3))}`);
      const records = Object.values(report.counts).reduce((a, b) => a + b, 0);
      console.log(
        `${name.padEnd(11)} ${run.padEnd(9)} ${report.counts.services} services, ${records} records in ` +
          `${seconds.toFixed(2)} s → ${Math.round(report.counts.services / seconds)} services/s ` +
          `(${Math.round(records / seconds)} records/s)`,
      );
    }
  } finally {
    await database.close();
    await drop();
  }
}

await target('PGlite', async () => ({
  database: await openDatabase({ kind: 'pglite', dataDir: null }),
  drop: async () => {},
}));

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  await target('PostgreSQL', async () => {
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
  });
}
