// Import rate of the social map: the real 211 directory (HSDS 1.x / Ohana CSV, 1,876 services) into a fresh
// in-memory PGlite, and into a fresh database on PostgreSQL (DATABASE_URL, or a throw-away server; see
// bench/postgres.ts). Each target: a first import (inserts) and two re-imports (updates of nothing changed),
// timed from reading the files to commit. Target: 2,000 services/s.
// Run: npx tsx bench/import.ts   (BENCH_IMPORT_PATH overrides the directory)
import os from 'node:os';
import { openDatabase, type Database } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/auth/actor.ts';
import { importHsds } from '../src/modules/social-map/import/index.ts';
import { freshDatabase, postgresServer } from './postgres.ts';
import { SOURCE_211 as SOURCE } from './search-map.ts';

const load = () => `load ${os.loadavg()[0]!.toFixed(2)}`;

async function target(name: string, open: () => Promise<{ database: Database; drop: () => Promise<void> }>) {
  const { database, drop } = await open();
  try {
    await migrateToLatest(database.db as never);
    for (const run of ['insert', 're-import', 're-import']) {
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
          `(${Math.round(records / seconds)} records/s), ${load()}`,
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

const server = await postgresServer((line) => console.log(line));
if (server) {
  try {
    await target('PostgreSQL', () => freshDatabase(server.url));
  } finally {
    await server.stop();
  }
}
