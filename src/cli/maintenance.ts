// Backup, restore and audit verification, with progress output.
import cliProgress from 'cli-progress';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../server/db/schema.ts';
import { backup, databaseHasData, restore, RestoreError } from '../server/db/backup.ts';
import { verifyAuditChain } from '../server/audit.ts';

export async function backupCommand(db: Kysely<DB>, file: string): Promise<void> {
  const summary = await backup(db, file, (table, rows) => console.log(`  ✓ ${table}: ${rows} rows`));
  const total = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  console.log(`Backup written to ${file} (${Object.keys(summary.tables).length} tables, ${total} rows).`);
}

export async function restoreCommand(db: Kysely<DB>, file: string, opts: { force?: boolean }): Promise<void> {
  if (!opts.force && (await databaseHasData(db))) {
    throw new RestoreError(
      'This database already holds data. Restoring replaces all of it: add --force to go ahead.',
    );
  }
  const summary = await restore(db, file, (table, rows) => console.log(`  ✓ ${table}: ${rows} rows`));
  const total = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  console.log(`Restored ${file} (${total} rows).`);
}

export async function verifyCommand(db: Kysely<DB>): Promise<boolean> {
  const count = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log`.execute(db)).rows[0]!.n,
  );
  const bar = new cliProgress.SingleBar(
    { format: '  checking audit log [{bar}] {value}/{total} rows', noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  if (process.stdout.isTTY) bar.start(count, 0);
  const result = await verifyAuditChain(db, (done) => process.stdout.isTTY && bar.update(done));
  if (process.stdout.isTTY) bar.stop();
  if (result.ok) {
    console.log(`Audit log intact: ${result.rows} rows, hash chain whole.`);
    return true;
  }
  console.error(
    `Audit log BROKEN at row ${result.brokenSeq}: ${result.reason}. ${result.rows} rows before it are intact.`,
  );
  return false;
}
