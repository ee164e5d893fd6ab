// The audit log (in the spirit of NEN 7513): append-only, one row per access to personal data or account
// change, written by the helper that makes the change in the same transaction, and hash-chained so that a
// changed or removed row is detected by `wijkpunt audit verify`.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { auditRole, type Actor } from './auth/actor.ts';
import { currentContext } from './context.ts';
import type { AuditAction, AuditBasis, DB, Role } from './db/schema.ts';

export interface AuditEntry {
  action: AuditAction;
  objectType: string;
  objectId?: string | null;
  /** The person whose data this is, if any. */
  subjectId?: string | null;
  basis: AuditBasis;
  basisId?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  /** Defaults to the actor of the current request. */
  actor?: Actor | null;
  /** The role in which the actor acts, to pick the organisation for the row. */
  actingAs?: Role;
}

const GENESIS = '0'.repeat(64);
// Arbitrary constant key for the advisory lock that serialises writers of the chain.
const AUDIT_LOCK_KEY = 7513;

type Row = {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  actor_organisation_id: string | null;
  subject_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  basis: string;
  basis_id: string | null;
  request_id: string | null;
  client_address: string | null;
  outcome: string;
  prev_hash: string;
};

export function rowHash(r: Row): string {
  const canonical = JSON.stringify([
    r.seq,
    r.at.toISOString(),
    r.actor_id,
    r.actor_role,
    r.actor_organisation_id,
    r.subject_id,
    r.action,
    r.object_type,
    r.object_id,
    r.basis,
    r.basis_id,
    r.request_id,
    r.client_address,
    r.outcome,
    r.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one row to the chain. Call it inside the transaction that performs the change. */
export async function writeAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  const ctx = currentContext();
  const actor = entry.actor === undefined ? ctx.actor : entry.actor;
  const who = actor ? auditRole(actor, entry.actingAs) : { role: null, organisationId: null };
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row: Row = {
    // Gapless numbering (we hold the lock), so a removed row shows as a gap.
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actor_id: actor?.personId ?? null,
    actor_role: who.role,
    actor_organisation_id: who.organisationId,
    subject_id: entry.subjectId ?? null,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId ?? null,
    basis: entry.basis,
    basis_id: entry.basisId ?? null,
    request_id: ctx.requestId,
    client_address: ctx.clientAddress,
    outcome: entry.outcome ?? 'success',
    prev_hash: last?.hash ?? GENESIS,
  };
  await sql`INSERT INTO audit_log (seq, at, actor_id, actor_role, actor_organisation_id, subject_id, action,
      object_type, object_id, basis, basis_id, request_id, client_address, outcome, prev_hash, hash)
    OVERRIDING SYSTEM VALUE VALUES (${row.seq}, ${row.at}, ${row.actor_id}, ${row.actor_role},
      ${row.actor_organisation_id}, ${row.subject_id}, ${row.action}, ${row.object_type}, ${row.object_id},
      ${row.basis}, ${row.basis_id}, ${row.request_id}, ${row.client_address}, ${row.outcome}, ${row.prev_hash},
      ${rowHash(row)})`.execute(trx);
}

/** Runs `fn` and its audit row in one transaction: either both are stored or neither. */
export async function audited<T>(
  db: Kysely<DB>,
  entry: AuditEntry,
  fn: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return auditedResult(db, fn, () => entry);
}

/** As `audited`, for changes whose audit row needs the result (the id of what was created). */
export async function auditedResult<T>(
  db: Kysely<DB>,
  fn: (trx: Transaction<DB>) => Promise<T>,
  entryFor: (result: T) => AuditEntry,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await fn(trx);
    await writeAudit(trx, entryFor(result));
    return result;
  });
}

/** Audits outside any other change (a denied attempt, a login). */
export async function auditOnly(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => writeAudit(trx, entry));
}

export type VerifyResult =
  { ok: true; rows: number } | { ok: false; rows: number; brokenSeq: number; reason: string };

/** Walks the whole chain in order; reports the first row whose number, link or hash does not hold. */
export async function verifyAuditChain(
  db: Kysely<DB>,
  onProgress?: (done: number) => void,
): Promise<VerifyResult> {
  const BATCH = 5000;
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const batch = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const r of batch) {
      if (r.seq !== expectedSeq) {
        return { ok: false, rows, brokenSeq: r.seq, reason: `rows ${expectedSeq}–${r.seq - 1} are missing` };
      }
      if (r.prev_hash !== prevHash) {
        return { ok: false, rows, brokenSeq: r.seq, reason: 'its link to the previous row does not match' };
      }
      if (rowHash(r) !== r.hash) {
        return { ok: false, rows, brokenSeq: r.seq, reason: 'its contents were changed' };
      }
      prevHash = r.hash;
      expectedSeq++;
      rows++;
    }
    onProgress?.(rows);
    if (batch.length < BATCH) return { ok: true, rows };
  }
}
