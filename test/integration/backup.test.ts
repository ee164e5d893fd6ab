// backup → restore gives identical data, on whichever database the suite runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/server/db/schema.ts';
import {
  backup,
  databaseHasData,
  restore,
  RestoreError,
  tablesInDependencyOrder,
} from '../../src/server/db/backup.ts';
import { verifyAuditChain } from '../../src/server/audit.ts';
import { seedDemo } from '../../src/modules/demo/seed.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

let source: TestDatabase;
let target: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-backup-'));

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await seedDemo(source.db, { env: 'test' });
  // Values that are easy to get wrong: quotes, accents, newlines, nulls, timestamps with microseconds.
  await source.db
    .insertInto('outbox')
    .values({
      recipient: 'a@b.nl',
      subject: `Eén "quote" 'en' \\ ünïcode`,
      body: 'regel 1\nregel 2\t€',
      created_at: '2026-01-02 03:04:05.123456+00',
      last_error: null,
    })
    .execute();
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function dump(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    const rows = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${sql.id(table)} t`.execute(
      db,
    );
    out[table] = rows.rows.map((r) => r.j).sort();
  }
  return out;
}

describe('backup and restore', () => {
  it('restores to identical data, with a whole audit chain and working sequences', async () => {
    const file = path.join(dir, 'one.wpbak');
    const summary = await backup(source.db, file);
    expect(summary.tables.person).toBe(12);
    expect(summary.tables.organisation).toBe(16);
    await restore(target.db, file);
    expect(await dump(target.db)).toEqual(await dump(source.db));
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
    // The identity sequence continues after the restored rows.
    await sql`INSERT INTO audit_log (at, action, object_type, basis, outcome, prev_hash, hash) VALUES (now(), 'read', 'x', 'system', 'success', '', '')`.execute(
      target.db,
    );
    const max = await target.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('m'))
      .executeTakeFirstOrThrow();
    expect(Number(max.m)).toBe(summary.tables.audit_log! + 1);
  });

  it('a restore that fails half-way leaves the database as it was', async () => {
    const good = path.join(dir, 'good.wpbak');
    await backup(source.db, good);
    const lines = (await import('node:zlib')).gunzipSync(fs.readFileSync(good)).toString().split('\n');
    const broken = path.join(dir, 'broken.wpbak');
    // Cut the file in the middle of the rows.
    fs.writeFileSync(
      broken,
      (await import('node:zlib')).gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')),
    );
    const before = await dump(target.db);
    await expect(restore(target.db, broken)).rejects.toThrow(RestoreError);
    expect(await dump(target.db)).toEqual(before);
    expect(await databaseHasData(target.db)).toBe(true);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = path.join(dir, 'bogus.wpbak');
    fs.writeFileSync(bogus, (await import('node:zlib')).gzipSync('{"hello":1}\n'));
    await expect(restore(target.db, bogus)).rejects.toThrow(/not a Wijkpunt backup/);
  });
});
