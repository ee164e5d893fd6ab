// Forward-only migrations from migrations/, run at start and by `wijkpunt migrate`. Kysely's migrator takes
// a PostgreSQL advisory lock, so several servers starting together migrate once.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileMigrationProvider, Migrator, type Kysely, type MigrationResult } from 'kysely';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

function migrator(db: Kysely<unknown>, insideTransaction: boolean): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR }),
    // When the caller already holds a transaction on a single connection (restore), run inside it.
    disableTransactions: insideTransaction,
  });
}

function check({ error, results }: { error?: unknown; results?: MigrationResult[] }): MigrationResult[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return results ?? [];
}

export async function migrateToLatest(db: Kysely<unknown>, opts: { insideTransaction?: boolean } = {}): Promise<MigrationResult[]> {
  return check(await migrator(db, opts.insideTransaction ?? false).migrateToLatest());
}

export async function migrateTo(db: Kysely<unknown>, name: string, opts: { insideTransaction?: boolean } = {}): Promise<MigrationResult[]> {
  return check(await migrator(db, opts.insideTransaction ?? false).migrateTo(name));
}

export async function knownMigrations(): Promise<string[]> {
  return (await fs.readdir(MIGRATIONS_DIR))
    .filter((f) => /^\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}
