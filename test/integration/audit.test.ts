// The audit log: written with the change, append-only in the database, hash-chained, readable by the resident.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit.ts';
import { createTestApp, login, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const lastRow = () =>
  t.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();

describe('audit rows are written with the change', () => {
  it('records who did what to whose data, on which basis, with request id and address', async () => {
    await makeRegion(t.db);
    const admin = await makePerson(t.db, { role: 'administrator' });
    const resident = await makePerson(t.db, { role: 'resident' });
    const s = await login(t.app, admin);
    const res = await t.app.inject({
      url: `/api/v1/people/${resident.id}`,
      headers: { ...s.headers, 'x-request-id': 'req-audit-1' },
    });
    expect(res.statusCode).toBe(200);
    expect(await lastRow()).toMatchObject({
      actor_id: admin.id,
      actor_role: 'administrator',
      subject_id: resident.id,
      action: 'read',
      object_type: 'person',
      object_id: resident.id,
      basis: 'administration',
      request_id: 'req-audit-1',
      client_address: '127.0.0.1',
      outcome: 'success',
    });
  });

  it('writes no audit row when the change fails', async () => {
    const admin = await makePerson(t.db, { role: 'administrator' });
    const s = await login(t.app, admin);
    const before = await lastRow();
    const existing = await t.db
      .selectFrom('neighbourhood')
      .select(['cbs_code', 'region_id'])
      .executeTakeFirstOrThrow();
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighbourhoods',
      headers: s.headers,
      payload: {
        regionId: existing.region_id,
        cbsCode: existing.cbs_code,
        name: 'Dubbel',
        municipalityCode: 'GM0344',
        population: 1,
      },
    });
    expect(dup.statusCode).toBe(409);
    expect((await lastRow()).seq).toBe(before.seq);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log in the database itself', async () => {
    await expect(sql`UPDATE audit_log SET action = 'read'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});

describe('the resident reads the entries about them', () => {
  it('in plain words, and only their own', async () => {
    const { organisationId } = await makeRegion(t.db);
    const admin = await makePerson(t.db, { role: 'administrator', name: 'Bea Beheer' });
    await t.db
      .insertInto('membership')
      .values({
        person_id: admin.id,
        role: 'professional',
        discipline: 'gp',
        organisation_id: organisationId,
      })
      .execute();
    const resident = await makePerson(t.db, { role: 'resident' });
    const other = await makePerson(t.db, { role: 'resident' });
    const a = await login(t.app, admin);
    await t.app.inject({ url: `/api/v1/people/${resident.id}`, headers: a.headers });
    await t.app.inject({ url: `/api/v1/people/${other.id}`, headers: a.headers });

    const r = await login(t.app, resident);
    const log = await t.app.inject({ url: '/api/v1/me/access-log', headers: r.headers });
    expect(log.statusCode).toBe(200);
    const items = log.json().items as {
      at: string;
      actor: string;
      action: string;
      object: string;
      basis: string;
    }[];
    expect(items[0]).toMatchObject({
      actor: 'U zelf',
      action: 'ingelogd',
      object: 'uw account',
      basis: 'uw eigen gegevens',
    });
    expect(items[1]).toMatchObject({
      actor: 'Bea Beheer — beheerder',
      action: 'bekeken',
      object: 'uw persoonsgegevens',
      basis: 'beheer van uw account',
    });
    expect(items).toHaveLength(2);
    expect(new Date(items[0]!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const en = await t.app.inject({
      url: '/api/v1/me/access-log',
      headers: { ...r.headers, 'accept-language': 'en' },
    });
    expect(en.json().items[2]).toMatchObject({ action: 'viewed', basis: 'management of your account' });
    // Reading the log is itself logged.
    expect(en.json().items[0]).toMatchObject({ actor: 'You', action: 'viewed', object: 'your access log' });
  });
});

describe('audit verify detects tampering', () => {
  // Tampering needs the database owner to switch the guard off first: exactly what an attacker with
  // database access would do. The chain still gives it away.
  async function tamper(statement: ReturnType<typeof sql>) {
    await t.db.connection().execute(async (c) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(c);
      try {
        await statement.execute(c);
      } finally {
        await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(c);
      }
    });
  }

  it('names a changed row', async () => {
    const p = await makePerson(t.db);
    await login(t.app, p);
    await login(t.app, p);
    const ok = await verifyAuditChain(t.db);
    expect(ok.ok).toBe(true);
    const target = (
      await t.db
        .selectFrom('audit_log')
        .select('seq')
        .where('actor_id', '=', p.id)
        .orderBy('seq')
        .executeTakeFirstOrThrow()
    ).seq;
    await tamper(sql`UPDATE audit_log SET actor_id = NULL WHERE seq = ${target}`);
    const broken = await verifyAuditChain(t.db);
    expect(broken).toMatchObject({ ok: false, brokenSeq: target, reason: 'its contents were changed' });
    await tamper(sql`UPDATE audit_log SET actor_id = ${p.id} WHERE seq = ${target}`);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('names the row after a deleted one', async () => {
    const p = await makePerson(t.db);
    await login(t.app, p);
    await login(t.app, p);
    const rows = await t.db
      .selectFrom('audit_log')
      .select('seq')
      .where('actor_id', '=', p.id)
      .orderBy('seq')
      .execute();
    await tamper(sql`DELETE FROM audit_log WHERE seq = ${rows[0]!.seq}`);
    const broken = await verifyAuditChain(t.db);
    expect(broken).toMatchObject({ ok: false, brokenSeq: rows[0]!.seq + 1 });
  });
});
