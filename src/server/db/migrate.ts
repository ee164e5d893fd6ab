// Forward-only migrations (migrations/index.ts), run at start and by `wijkpunt migrate`. Kysely's migrator
// takes a PostgreSQL advisory lock, so several servers starting together migrate once.
import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { migrations } from '../../../migrations/index.ts';

function migrator(db: Kysely<unknown>, insideTransaction: boolean): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // When the caller already holds a transaction on a single connection (restore), run inside it.
    disableTransactions: insideTransaction,
  });
}

function check({ error, results }: { error?: unknown; results?: MigrationResult[] }): MigrationResult[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(
      `Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return results ?? [];
}

export async function migrateToLatest(
  db: Kysely<unknown>,
  opts: { insideTransaction?: boolean } = {},
): Promise<MigrationResult[]> {
  return check(await migrator(db, opts.insideTransaction ?? false).migrateToLatest());
}

export async function migrateTo(
  db: Kysely<unknown>,
  name: string,
  opts: { insideTransaction?: boolean } = {},
): Promise<MigrationResult[]> {
  return check(await migrator(db, opts.insideTransaction ?? false).migrateTo(name));
}

export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}
