// Once per test run: an embedded database with every migration applied, dumped to a file. Each test file's
// in-memory database starts from it (~0.5 s) instead of creating and migrating its own (~2.5 s). Not used
// with DATABASE_URL: there every file creates and migrates its own database on the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/database.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** a tarball of a migrated embedded database, or '' when the tests run on a PostgreSQL server */
    migratedTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('migratedTemplate', '');
    return;
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateToLatest(database.db as never);
  const dump = await database.dumpDataDir!();
  await database.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-migrated-'));
  const file = path.join(dir, 'migrated.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('migratedTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
