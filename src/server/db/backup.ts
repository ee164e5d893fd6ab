// Logical backup and restore that work the same on PGlite and PostgreSQL (and across them): every table
// as JSON rows made by PostgreSQL itself (row_to_json), read back with json_populate_recordset, so each
// value round-trips exactly. File: gzip'd JSON lines — a header, then per table a line with its row count
// followed by its rows.
import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { once } from 'node:events';
import { sql, type Kysely } from 'kysely';
import { knownMigrations, migrateTo, migrateToLatest } from './migrate.ts';

const FORMAT = 'wijkpunt-backup';
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
const BATCH = 500;

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ident = (name: string) => sql.id(name);

/** Application tables in an order where every table comes after the tables it references. */
export async function tablesInDependencyOrder(db: AnyDb): Promise<string[]> {
  const tables = (
    await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db)
  ).rows
    .map((r) => r.name)
    .filter((t) => !MIGRATION_TABLES.has(t));
  const edges = (
    await sql<{ child: string; parent: string }>`SELECT c.relname AS child, p.relname AS parent
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`.execute(db)
  ).rows;
  const ordered: string[] = [];
  const done = new Set<string>();
  const visit = (t: string, seen: Set<string>) => {
    if (done.has(t) || seen.has(t)) return;
    seen.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent, seen);
    done.add(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

async function primaryKeyColumns(db: AnyDb, table: string): Promise<string[]> {
  const r = await sql<{ col: string }>`SELECT a.attname AS col FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
    WHERE i.indrelid = ${`public.${table}`}::regclass AND i.indisprimary ORDER BY a.attname`.execute(db);
  return r.rows.map((x) => x.col);
}

async function appliedMigrations(db: AnyDb): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return r.rows.map((x) => x.name);
}

export interface BackupSummary {
  tables: Record<string, number>;
}

export async function backup(
  db: AnyDb,
  file: string,
  onTable?: (table: string, rows: number) => void,
): Promise<BackupSummary> {
  const gzip = createGzip();
  const out = fs.createWriteStream(file);
  gzip.pipe(out);
  const write = async (obj: unknown) => {
    if (!gzip.write(`${typeof obj === 'string' ? obj : JSON.stringify(obj)}\n`)) await once(gzip, 'drain');
  };
  const summary: BackupSummary = { tables: {} };
  // One snapshot for the whole backup, so rows across tables belong together.
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await tablesInDependencyOrder(trx);
      await write({
        format: FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migrations: await appliedMigrations(trx),
      });
      for (const table of tables) {
        const count = Number(
          (await sql<{ n: string }>`SELECT count(*) AS n FROM ${ident(table)}`.execute(trx)).rows[0]!.n,
        );
        await write({ table, rows: count });
        const order = await primaryKeyColumns(trx, table);
        const orderBy = sql.join(order.map((c) => ident(c)));
        for (let offset = 0; offset < count; offset += BATCH) {
          const rows = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${ident(table)} t
          ORDER BY ${orderBy} LIMIT ${BATCH} OFFSET ${offset}`.execute(trx);
          for (const r of rows.rows) await write(r.j);
        }
        summary.tables[table] = count;
        onTable?.(table, count);
      }
    });
  gzip.end();
  await once(out, 'finish');
  return summary;
}

export class RestoreError extends Error {}

export async function databaseHasData(db: AnyDb): Promise<boolean> {
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('public.person')::text AS t`.execute(db);
  if (!exists.rows[0]?.t) return false;
  const r = await sql<{ n: string }>`SELECT count(*) AS n FROM person`.execute(db);
  return Number(r.rows[0]!.n) > 0;
}

/**
 * Replaces everything in the database with the backup: drops the schema, migrates to the backup's
 * version, loads the rows, then migrates to the latest version. All of it in one transaction.
 */
export async function restore(
  db: AnyDb,
  file: string,
  onTable?: (table: string, rows: number) => void,
): Promise<BackupSummary> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const it = lines[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const r = await it.next();
    if (r.done) throw new RestoreError('The backup file ends too early; it is incomplete.');
    return r.value;
  };
  let header: { format?: string; migrations?: string[] };
  try {
    header = JSON.parse(await next()) as typeof header;
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    throw new RestoreError(`${file} is not a Wijkpunt backup (${(err as Error).message}).`);
  }
  if (header.format !== FORMAT || !Array.isArray(header.migrations))
    throw new RestoreError(`${file} is not a Wijkpunt backup.`);
  const known = knownMigrations();
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length)
    throw new RestoreError(
      `The backup was made by a newer Wijkpunt (migrations ${unknown.join(', ')}); upgrade first.`,
    );

  const summary: BackupSummary = { tables: {} };
  // One connection, one transaction around everything: a failed restore leaves the old data in place.
  await db.connection().execute(async (conn) => {
    await sql`BEGIN`.execute(conn);
    try {
      await sql`DROP SCHEMA public CASCADE`.execute(conn);
      await sql`CREATE SCHEMA public`.execute(conn);
      const target = header.migrations!.at(-1);
      if (target) await migrateTo(conn, target, { insideTransaction: true });
      // Migrations ship reference rows (postcodes, taxonomy); the backup holds those tables in full.
      for (const table of (await tablesInDependencyOrder(conn)).reverse()) {
        const has = await sql`SELECT 1 FROM ${ident(table)} LIMIT 1`.execute(conn);
        if (has.rows.length) await sql`DELETE FROM ${ident(table)}`.execute(conn);
      }
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        if (!r.value.trim()) continue;
        const { table, rows } = JSON.parse(r.value) as { table: string; rows: number };
        for (let done = 0; done < rows;) {
          const batch: unknown[] = [];
          for (; batch.length < BATCH && done < rows; done++) batch.push(JSON.parse(await next()));
          await sql`INSERT INTO ${ident(table)} OVERRIDING SYSTEM VALUE
            SELECT * FROM json_populate_recordset(null::${ident(table)}, ${JSON.stringify(batch)}::json)`.execute(
            conn,
          );
        }
        await resetIdentities(conn, table);
        summary.tables[table] = rows;
        onTable?.(table, rows);
      }
      await migrateToLatest(conn, { insideTransaction: true });
      await sql`COMMIT`.execute(conn);
    } catch (err) {
      await sql`ROLLBACK`.execute(conn);
      throw err;
    }
  });
  return summary;
}

async function resetIdentities(db: AnyDb, table: string): Promise<void> {
  const cols = await sql<{ col: string }>`SELECT column_name AS col FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} AND is_identity = 'YES'`.execute(db);
  for (const { col } of cols.rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${col}),
      coalesce((SELECT max(${ident(col)}) FROM ${ident(table)}), 0) + 1, false)`.execute(db);
  }
}
