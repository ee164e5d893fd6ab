// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server in DATABASE_URL (dropped again afterwards), so the same tests run on both.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/database.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';

export interface TestDatabase extends Database {
  /** What to put in DATABASE_URL / WIJKPUNT_DATA_DIR to reach this database from another process. */
  url: string | null;
}

export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let database: Database;
  let url: string | null = null;
  let drop: (() => Promise<void>) | null = null;
  if (serverUrl) {
    const name = `wijkpunt_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    database = await openDatabase({ kind: 'postgresql', url });
    drop = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    // The integration project's global setup leaves a migrated template; other callers migrate here.
    const template = opts.migrate !== false ? migratedTemplate() : null;
    database = await openDatabase(
      { kind: 'pglite', dataDir: null },
      template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {},
    );
    if (template) return { ...database, url };
  }
  if (opts.migrate !== false) await migrateToLatest(database.db as never);
  return {
    ...database,
    url,
    async close() {
      await database.close();
      await drop?.();
    },
  };
}

function migratedTemplate(): string | null {
  try {
    return inject('migratedTemplate') || null;
  } catch {
    return null; // outside a Vitest project with the global setup (e.g. a bench script)
  }
}
