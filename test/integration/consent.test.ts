// The consent ledger end to end: a resident grants, a professional reads exactly what is covered, withdrawal
// holds at once, organisation and role grants reach only the right professionals (never a funder of the same
// organisation), requests are approved or declined, emergency access opens 24 hours and tells the resident
// and the coordinator, and the resident reads every access in the log.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';
import { everyCategoryBundle } from '../support/record.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
type Headers = Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
});
afterAll(() => t.close());

const until = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function resident() {
  const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId, name: 'Anna' });
  const headers = await bearer(t.db, p.id);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/record/import',
    headers,
    payload: everyCategoryBundle(),
  });
  expect(res.statusCode, res.body).toBe(200);
  return { ...p, headers };
}

async function professional(
  discipline: 'gp' | 'practice_nurse' | 'welfare_coach' | 'wmo_consultant',
  organisationId = ids.organisationId,
) {
  const p = await makePerson(t.db, { role: 'professional', discipline, organisationId });
  return { ...p, headers: await bearer(t.db, p.id) };
}

const grant = (headers: Headers, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers, payload: body });

const read = (headers: Headers, residentId: string, category: string, purpose = 'treatment') =>
  t.app.inject({ url: `/api/v1/residents/${residentId}/record/${category}?purpose=${purpose}`, headers });

describe('consent ledger', () => {
  it('a professional reads only what the consent covers, until it is withdrawn', async () => {
    const r = await resident();
    const nurse = await professional('practice_nurse');
    expect((await read(nurse.headers, r.id, 'medication')).statusCode).toBe(404);

    const g = await grant(r.headers, {
      grantee: { userId: nurse.id },
      purpose: 'treatment',
      categories: ['medication', 'measurements'],
      validUntil: until(30),
    });
    expect(g.statusCode, g.body).toBe(201);
    const { id } = g.json<{ id: string }>();

    const meds = await read(nurse.headers, r.id, 'medication');
    expect(meds.statusCode).toBe(200);
    expect(meds.json().items[0].what.text).toBe('Metformine 500 mg');
    expect((await read(nurse.headers, r.id, 'problems')).statusCode).toBe(404);
    expect((await read(nurse.headers, r.id, 'medication', 'research')).statusCode).toBe(404);

    // The summary holds only the covered parts: no counts of the others.
    const sum = await t.app.inject({
      url: `/api/v1/residents/${r.id}/record?purpose=treatment`,
      headers: nurse.headers,
    });
    expect(sum.statusCode).toBe(200);
    expect(sum.json().categories).toEqual(['medication', 'measurements']);
    expect(Object.keys(sum.json().counts).sort()).toEqual(['measurements', 'medication']);
    expect(sum.json().activeProblems).toBeNull();

    // The resident sees the consent with its last use; the list itself is logged.
    const list = await t.app.inject({ url: '/api/v1/me/consents', headers: r.headers });
    const item = list.json().items.find((c: { id: string }) => c.id === id);
    expect(item).toMatchObject({ status: 'active', purpose: 'treatment', validUntil: until(30) });
    expect(item.grantee).toMatchObject({ kind: 'person', id: nurse.id, role: 'practice_nurse' });
    expect(item.lastUsedAt).not.toBeNull();

    const w = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/consents/${id}`, headers: r.headers });
    expect(w.statusCode).toBe(204);
    expect((await read(nurse.headers, r.id, 'medication')).statusCode).toBe(404);

    // The access log says who read, and that the refused tries were refused.
    const log = await t.app.inject({ url: '/api/v1/me/access-log', headers: r.headers });
    const lines = log.json<{ items: { actor: string; action: string; basis: string }[] }>().items;
    expect(
      lines.some(
        (l) => l.actor.includes(nurse.name) && l.action === 'bekeken' && l.basis === 'met uw toestemming',
      ),
    ).toBe(true);
    expect(lines.some((l) => l.actor.includes(nurse.name) && l.action === 'bekeken (geweigerd)')).toBe(true);
  });

  it('a grant to an organisation and role reaches only professionals of that role there, never its funders', async () => {
    const municipality = await t.db
      .insertInto('organisation')
      .values({ region_id: ids.regionId, name: `Gemeente ${Date.now()}`, type: 'municipality' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = await resident();
    const wmo = await professional('wmo_consultant', municipality.id);
    const otherRole = await professional('welfare_coach', municipality.id);
    const elsewhere = await professional('wmo_consultant');
    const funder = await makePerson(t.db, { role: 'funder', organisationId: municipality.id });
    const funderHeaders = await bearer(t.db, funder.id);
    expect(
      (
        await grant(r.headers, {
          grantee: { organisationId: municipality.id, role: 'wmo_consultant' },
          purpose: 'wmo_advice',
          categories: ['problems'],
          validUntil: until(10),
        })
      ).statusCode,
    ).toBe(201);
    expect((await read(wmo.headers, r.id, 'problems', 'wmo_advice')).statusCode).toBe(200);
    for (const h of [otherRole.headers, elsewhere.headers, funderHeaders]) {
      expect((await read(h, r.id, 'problems', 'wmo_advice')).statusCode).toBe(404);
    }
  });

  it('a consent for a named referral opens only reads for that referral', async () => {
    const r = await resident();
    const coach = await professional('welfare_coach');
    await grant(r.headers, {
      grantee: { userId: coach.id },
      purpose: 'referral',
      purposeRef: 'verwijzing-42',
      categories: ['notes'],
      validUntil: until(10),
    });
    const url = (ref?: string) =>
      `/api/v1/residents/${r.id}/record/notes?purpose=referral${ref ? `&purposeRef=${ref}` : ''}`;
    expect((await t.app.inject({ url: url('verwijzing-42'), headers: coach.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: url('verwijzing-43'), headers: coach.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: url(), headers: coach.headers })).statusCode).toBe(404);
  });

  it('refuses bad input naming the field, and grants only to professionals', async () => {
    const r = await resident();
    const funder = await makePerson(t.db, { role: 'funder', organisationId: ids.organisationId });
    const cases: [Record<string, unknown>, string][] = [
      [
        { grantee: { userId: funder.id }, purpose: 'treatment', categories: ['notes'], validUntil: until(5) },
        'body.grantee.userId',
      ],
      [
        { grantee: { userId: r.id }, purpose: 'treatment', categories: ['notes'], validUntil: until(5) },
        'body.grantee.userId',
      ],
      [
        { grantee: {}, purpose: 'treatment', categories: ['notes'], validUntil: until(5) },
        'body.grantee.userId',
      ],
      [
        {
          grantee: { userId: funder.id, role: 'gp' },
          purpose: 'treatment',
          categories: ['notes'],
          validUntil: until(5),
        },
        'body.grantee.role',
      ],
      [
        {
          grantee: { organisationId: ids.organisationId },
          purpose: 'gossip',
          categories: ['notes'],
          validUntil: until(5),
        },
        'body.purpose',
      ],
      [
        {
          grantee: { organisationId: ids.organisationId },
          purpose: 'treatment',
          categories: [],
          validUntil: until(5),
        },
        'body.categories',
      ],
      [
        {
          grantee: { organisationId: ids.organisationId },
          purpose: 'treatment',
          categories: ['x-rays'],
          validUntil: until(5),
        },
        'body.categories.0',
      ],
      [
        {
          grantee: { organisationId: ids.organisationId },
          purpose: 'treatment',
          categories: ['notes'],
          validUntil: until(-2),
        },
        'body.validUntil',
      ],
      [
        {
          grantee: { organisationId: ids.organisationId },
          purpose: 'treatment',
          categories: ['notes'],
          validUntil: '2027-02-30',
        },
        'body.validUntil',
      ],
      [
        {
          grantee: { organisationId: ids.organisationId },
          purpose: 'treatment',
          categories: ['notes'],
          validFrom: until(9),
          validUntil: until(5),
        },
        'body.validFrom',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await grant(r.headers, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const count = await t.db
      .selectFrom('consent')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('resident_id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    // Only residents have a ledger.
    expect(
      (await t.app.inject({ url: '/api/v1/me/consents', headers: await bearer(t.db, funder.id) })).statusCode,
    ).toBe(403);
  });

  it('a professional asks; the resident approves or declines; the answer never reveals who exists', async () => {
    const r = await resident();
    const gp = await professional('gp');
    const ask = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/consent-requests',
        headers: gp.headers,
        payload: {
          residentEmail: email,
          purpose: 'treatment',
          categories: ['medication'],
          validUntil: until(60),
          note: 'Voor de medicatiecontrole',
        },
      });
    const real = await ask(r.email.toUpperCase());
    const nobody = await ask('niemand@example.org');
    expect([real.statusCode, nobody.statusCode]).toEqual([202, 202]);
    expect(real.body).toBe(nobody.body);
    expect((await read(gp.headers, r.id, 'medication')).statusCode).toBe(404);

    const mine = await t.app.inject({ url: '/api/v1/me/consents', headers: r.headers });
    const request = mine.json().items[0];
    expect(request).toMatchObject({
      status: 'requested',
      requestedBy: gp.name,
      requestNote: 'Voor de medicatiecontrole',
    });
    const notes = await t.app.inject({ url: '/api/v1/me/notifications', headers: r.headers });
    expect(notes.json().items[0].text).toContain(gp.name);
    // The menu's count of unread messages, and reading one lowers it.
    const unread = async () =>
      (await t.app.inject({ url: '/api/v1/me/notifications/unread', headers: r.headers })).json<{
        unread: number;
      }>().unread;
    expect(await unread()).toBe(notes.json().unread);
    expect(await unread()).toBeGreaterThan(0);
    const before = await unread();
    const markRead = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/notifications/${notes.json().items[0].id}/read`,
      headers: r.headers,
    });
    expect(markRead.statusCode).toBe(204);
    expect(await unread()).toBe(before - 1);
    const mail = await t.db.selectFrom('outbox').select(['body']).where('recipient', '=', r.email).execute();
    expect(mail.length).toBeGreaterThan(0);
    expect(mail.every((m) => !m.body.includes('medic'))).toBe(true);

    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/consents/${request.id}/decision`,
      headers: r.headers,
      payload: { decision: 'approve' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await read(gp.headers, r.id, 'medication')).statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/consents/${request.id}/decision`,
      headers: r.headers,
      payload: { decision: 'decline' },
    });
    expect(again.statusCode).toBe(409);
    const shared = await t.app.inject({ url: '/api/v1/shared-records', headers: gp.headers });
    expect(shared.json().items.map((i: { residentId: string }) => i.residentId)).toContain(r.id);
    // The answer says whether the caller may ask for emergency access: a GP treats, a welfare coach does not.
    expect(shared.json().emergencyAllowed).toBe(true);
    const coach = await professional('welfare_coach');
    const coachShared = await t.app.inject({ url: '/api/v1/shared-records', headers: coach.headers });
    expect(coachShared.json()).toEqual({ items: [], emergencyAllowed: false });

    // Another resident cannot decide or withdraw it.
    const other = await resident();
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/me/consents/${request.id}`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/v1/me/consents/${request.id}`, headers: other.headers })).statusCode,
    ).toBe(404);
  });

  it('exports consents as FHIR Consent resources', async () => {
    const r = await resident();
    const nurse = await professional('practice_nurse');
    const { id } = (
      await grant(r.headers, {
        grantee: { userId: nurse.id },
        purpose: 'mdo',
        purposeRef: 'MDO ouderenzorg',
        categories: ['problems', 'medication'],
        validUntil: until(20),
      })
    ).json<{ id: string }>();
    const one = await t.app.inject({ url: `/api/v1/me/consents/${id}/fhir`, headers: r.headers });
    expect(one.headers['content-type']).toContain('application/fhir+json');
    const c = one.json();
    expect(c).toMatchObject({
      resourceType: 'Consent',
      id,
      status: 'active',
      patient: { reference: `Patient/${r.id}` },
    });
    expect(c.provision.actor[0].reference.reference).toBe(`Practitioner/${nurse.id}`);
    expect(c.provision.class.map((x: { code: string }) => x.code)).toEqual(['problems', 'medication']);
    expect(c.provision.period.end).toBe(until(20));
    const all = await t.app.inject({ url: '/api/v1/me/consents/fhir', headers: r.headers });
    expect(all.json()).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(all.json().entry).toHaveLength(1);
  });
});

describe('emergency access', () => {
  it('a treating professional states a reason and reads everything for 24 hours; resident and coordinator are told', async () => {
    const r = await resident();
    const gp = await professional('gp');
    const coach = await professional('welfare_coach');
    const coordinator = await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId });
    const coordHeaders = await bearer(t.db, coordinator.id);
    const url = `/api/v1/residents/${r.id}/emergency-access`;

    const short = await t.app.inject({
      method: 'POST',
      url,
      headers: gp.headers,
      payload: { reason: 'nood' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('body.reason');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url,
          headers: coach.headers,
          payload: { reason: 'Bewusteloos aangetroffen' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url,
          headers: coordHeaders,
          payload: { reason: 'Bewusteloos aangetroffen' },
        })
      ).statusCode,
    ).toBe(403);

    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: gp.headers,
      payload: { reason: 'Bewusteloos aangetroffen bij huisbezoek' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const hours = (Date.parse(res.json().expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    for (const c of ['medication', 'problems', 'notes'])
      expect((await read(gp.headers, r.id, c)).statusCode).toBe(200);
    // Read only: an emergency never writes.
    const write = await t.app.inject({
      method: 'POST',
      url: '/fhir/R4',
      headers: gp.headers,
      payload: { resourceType: 'Bundle', type: 'transaction', entry: [] },
    });
    expect([403, 404, 400]).toContain(write.statusCode);

    const residentNotes = (
      await t.app.inject({ url: '/api/v1/me/notifications', headers: r.headers })
    ).json();
    expect(residentNotes.items[0]).toMatchObject({ kind: 'emergency.resident' });
    const coordNotes = (
      await t.app.inject({ url: '/api/v1/me/notifications', headers: coordHeaders })
    ).json();
    expect(coordNotes.items[0].text).toContain(gp.name);
    expect(coordNotes.items[0].text).not.toContain('Anna');
    const review = (await t.app.inject({ url: '/api/v1/emergency-accesses', headers: coordHeaders })).json();
    expect(review.items[0]).toMatchObject({
      professional: gp.name,
      reason: 'Bewusteloos aangetroffen bij huisbezoek',
    });
    expect(JSON.stringify(review)).not.toContain(r.id);

    // When the 24 hours are over, so is the access.
    await sql`UPDATE emergency_access SET started_at = now() - interval '25 hours',
      expires_at = now() - interval '1 hour' WHERE resident_id = ${r.id}`.execute(t.db);
    expect((await read(gp.headers, r.id, 'medication')).statusCode).toBe(404);

    const log = (await t.app.inject({ url: '/api/v1/me/access-log', headers: r.headers })).json();
    expect(log.items.some((l: { action: string }) => l.action === 'ingezien in een noodsituatie')).toBe(true);
    expect(log.items.some((l: { basis: string }) => l.basis === 'noodtoegang')).toBe(true);
  });
});
