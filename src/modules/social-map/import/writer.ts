// The one writer of HSDS batches: validates every record, checks references, and upserts the whole batch
// into the sm_ tables in one transaction with its audit row, or writes nothing and says why.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import { auditedResult } from '../../../server/audit.ts';
import type { AuditBasis, DB } from '../../../server/db/schema.ts';
import { TABLE_KEYS, TABLES, deterministicId, type Batch, type Row, type TableKey } from './batch.ts';
import { validateBatch, type Problem } from './validate.ts';

export interface ImportReport {
  /** Records written per table (0 everywhere when refused). */
  counts: Record<TableKey, number>;
  refused: Problem[];
  /** References to unknown records and impossible coordinates, left empty; the rest was written. */
  warnings: Problem[];
}

export interface WriteBatchOptions {
  db: Kysely<DB>;
  batch: Batch;
  /** Who imports (SYSTEM_ACTOR from the CLI); defaults to the request's actor. */
  actor?: Actor | null;
  basis: AuditBasis;
  /** Every service without a service area gets this one (the --neighbourhood option). */
  serviceArea?: { cbs_code: string; name: string } | null;
  onProgress?: (done: number, total: number, table: TableKey) => void;
  /** Problems a reader already found (refuse the batch together with the validation's). */
  problems?: Problem[];
  /** Runs in the import's transaction after the batch is written (the source's bookkeeping). */
  afterWrite?: (trx: Transaction<DB>, batch: Batch) => Promise<void>;
}

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('import refused');
  }
}

const zeroCounts = () => Object.fromEntries(TABLE_KEYS.map((k) => [k, 0])) as Record<TableKey, number>;

// What an updated service owns: rows of these tables that point at it and are not in the batch are removed,
// so a re-import replaces a service's phones, schedules, … instead of adding to them. Organizations and
// locations are only updated, never trimmed: they also arrive nested in a service without their children
// (our own services.json), and that must not delete their phones or addresses.
const OWNED: { table: TableKey; column: string }[] = [
  ...(
    [
      'phones',
      'schedules',
      'sessions',
      'service_areas',
      'languages',
      'cost_options',
      'funding',
      'required_documents',
      'contacts',
      'service_at_locations',
    ] as const
  ).map((table) => ({ table, column: 'service_id' })),
  { table: 'attributes', column: 'link_id' },
  { table: 'metadata', column: 'resource_id' },
];

const q = (name: string) => sql.id(name);

/** Checks every reference against the batch and the database. Unknown strict references refuse the record;
 * others are left empty with a warning. */
async function checkReferences(trx: Transaction<DB>, batch: Batch, refused: Problem[], warnings: Problem[]) {
  const inBatch = new Map<TableKey, Set<string>>(
    TABLE_KEYS.map((k) => [k, new Set(batch[k].map((r) => String(r.id)))]),
  );
  const wanted = new Map<TableKey, Set<string>>();
  for (const key of TABLE_KEYS) {
    for (const col of TABLES[key].columns) {
      if (!col.ref) continue;
      const set = inBatch.get(col.ref)!;
      for (const row of batch[key]) {
        const v = row[col.name];
        if (typeof v === 'string' && !set.has(v)) {
          if (!wanted.has(col.ref)) wanted.set(col.ref, new Set());
          wanted.get(col.ref)!.add(v);
        }
      }
    }
  }
  const existing = new Map<TableKey, Set<string>>();
  for (const [table, ids] of wanted) {
    const { rows } = await sql<{
      id: string;
    }>`SELECT id FROM ${q(TABLES[table].sql)} WHERE id = ANY(${[...ids]}::uuid[])`.execute(trx);
    existing.set(table, new Set(rows.map((r) => r.id)));
  }
  for (const key of TABLE_KEYS) {
    for (const col of TABLES[key].columns) {
      if (!col.ref) continue;
      const known = (v: string) => inBatch.get(col.ref!)!.has(v) || existing.get(col.ref!)?.has(v);
      for (const row of batch[key]) {
        const v = row[col.name];
        if (typeof v !== 'string' || known(v)) continue;
        const problem = {
          table: key,
          id: String(row.id),
          field: col.name,
          reason: `refers to ${TABLES[col.ref].entity} ${v}, which is neither in the import nor on the map`,
        };
        if (col.strict) refused.push(problem);
        else {
          warnings.push({ ...problem, reason: `${problem.reason}; left empty` });
          row[col.name] = null;
        }
      }
    }
  }
}

/** Rows per statement: large enough that round trips do not count, small enough to bound the JSON text. */
const CHUNK = 20_000;

async function upsert(trx: Transaction<DB>, key: TableKey, rows: Row[]) {
  if (!rows.length) return;
  const spec = TABLES[key];
  const cols = spec.columns.map((c) => c.name);
  const data = cols.filter((c) => c !== 'id');
  const list = sql.join(cols.map(q));
  const stamp = key === 'organizations' ? [sql`updated_at = now()`] : [];
  const fromExcluded = sql.join([...data.map((c) => sql`${q(c)} = EXCLUDED.${q(c)}`), ...stamp]);
  const fromJson = sql.join([...data.map((c) => sql`${q(c)} = j.${q(c)}`), ...stamp]);
  const differs = sql`(${sql.join(data.map((c) => sql`t.${q(c)}`))}) IS DISTINCT FROM (${sql.join(
    data.map((c) => sql`j.${q(c)}`),
  )})`;
  // One statement per chunk (json_populate_recordset: no parameter limit; a table that refers to itself in
  // one chunk, so parent_id is checked at the end of the statement). Records already stored are updated only
  // when a value differs — a re-import of unchanged data writes nothing, so no index or trigger work — and
  // new records are inserted; ON CONFLICT still covers a record another transaction inserted meanwhile.
  const selfRef = spec.columns.some((c) => c.ref === key);
  const size = selfRef ? rows.length : CHUNK;
  for (let i = 0; i < rows.length; i += size) {
    const json = JSON.stringify(rows.slice(i, i + size));
    await sql`WITH j AS MATERIALIZED (
        SELECT ${list} FROM json_populate_recordset(NULL::${q(spec.sql)}, ${json}::json)
      ), changed AS (
        UPDATE ${q(spec.sql)} t SET ${fromJson} FROM j WHERE t.id = j.id AND ${differs}
      )
      INSERT INTO ${q(spec.sql)} (${list})
      SELECT ${list} FROM j WHERE NOT EXISTS (SELECT 1 FROM ${q(spec.sql)} x WHERE x.id = j.id)
      ON CONFLICT (id) DO UPDATE SET ${fromExcluded}`.execute(trx);
  }
}

async function replaceOwned(trx: Transaction<DB>, batch: Batch) {
  const ids = batch.services.map((r) => String(r.id));
  if (!ids.length) return;
  // Rows with a foreign key to sm_service can only belong to services stored before: a first import (or the
  // new services of a later one) has nothing to trim there. Attributes and metadata have no foreign key.
  const { rows } = await sql<{
    id: string;
  }>`SELECT id FROM sm_service WHERE id = ANY(${ids}::uuid[])`.execute(trx);
  const stored = rows.map((r) => r.id);
  for (const { table, column } of OWNED) {
    const owners = column === 'service_id' ? stored : ids;
    if (!owners.length) continue;
    // Most sources (HSDS proper, the 211 export) know no sessions: a batch without any leaves the sessions
    // kept in Wijkpunt, and the places booked in them, alone.
    if (table === 'sessions' && !batch.sessions.length) continue;
    const keep = batch[table].map((r) => String(r.id));
    await sql`DELETE FROM ${q(TABLES[table].sql)} WHERE ${q(column)} = ANY(${owners}::uuid[])
      AND NOT (id = ANY(${keep}::uuid[]))`.execute(trx);
  }
}

/** Maps a database error (a constraint the checks above did not foresee) to a refusal. */
function databaseProblem(err: unknown): Problem | null {
  const e = err as {
    code?: string;
    table?: string;
    column?: string;
    constraint?: string;
    message?: string;
    detail?: string;
  };
  if (typeof e.code !== 'string' || !/^(23|22)/.test(e.code)) return null;
  const table = TABLE_KEYS.find((k) => TABLES[k].sql === e.table) ?? 'services';
  return {
    table,
    id: /\(id\)=\(([^)]+)\)/.exec(e.detail ?? '')?.[1] ?? '',
    field: e.column ?? e.constraint ?? '(record)',
    reason: [e.message, e.detail].filter(Boolean).join(': '),
  };
}

/** Validates and writes a batch, all or nothing. */
export async function writeBatch(opts: WriteBatchOptions): Promise<ImportReport> {
  const { batch, refused, warnings } = validateBatch(opts.batch);
  refused.unshift(...(opts.problems ?? []));
  if (opts.serviceArea) {
    const served = new Set(batch.service_areas.map((a) => a.service_id));
    for (const s of batch.services) {
      if (served.has(s.id)) continue;
      batch.service_areas.push({
        id: deterministicId('neighbourhood', opts.serviceArea.cbs_code, String(s.id)),
        service_id: s.id,
        name: opts.serviceArea.name,
        description: null,
        extent: null,
        extent_type: null,
        uri: null,
        cbs_code: opts.serviceArea.cbs_code,
      });
    }
  }
  if (refused.length) return { counts: zeroCounts(), refused, warnings };
  const total = TABLE_KEYS.reduce((n, k) => n + batch[k].length, 0);
  try {
    const counts = await auditedResult(
      opts.db,
      async (trx) => {
        await checkReferences(trx, batch, refused, warnings);
        if (refused.length) throw new Refused(refused);
        await replaceOwned(trx, batch);
        const counts = zeroCounts();
        let done = 0;
        for (const key of TABLE_KEYS) {
          await upsert(trx, key, batch[key]);
          counts[key] = batch[key].length;
          done += batch[key].length;
          opts.onProgress?.(done, total, key);
        }
        await opts.afterWrite?.(trx, batch);
        return counts;
      },
      () => ({
        action: 'import',
        objectType: 'hsds_import',
        basis: opts.basis,
        ...(opts.actor !== undefined && { actor: opts.actor }),
      }),
    );
    return { counts, refused: [], warnings };
  } catch (err) {
    if (err instanceof Refused) return { counts: zeroCounts(), refused: err.problems, warnings };
    const problem = databaseProblem(err);
    if (problem) return { counts: zeroCounts(), refused: [problem], warnings };
    throw err;
  }
}
