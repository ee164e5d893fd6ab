// AVG rights: a resident downloads everything as FHIR and as a readable document; deleting the account
// removes the record, consents, messages, sessions and name (after the password), keeps the access log, and
// logs the deletion; nobody else can export or delete someone's data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, makePerson, makeRegion, type TestApp } from '../support/app.ts';
import { everyCategoryBundle } from '../support/record.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
});
afterAll(() => t.close());

const until = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function residentWithData() {
  const p = await makePerson(t.db, {
    role: 'resident',
    neighbourhoodId: ids.neighbourhoodId,
    name: 'Anna <b>Janssen</b>',
  });
  const headers = await bearer(t.db, p.id);
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/record/import',
    headers,
    payload: everyCategoryBundle(),
  });
  const nurse = await makePerson(t.db, {
    role: 'professional',
    discipline: 'practice_nurse',
    organisationId: ids.organisationId,
  });
  const g = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/consents',
    headers,
    payload: {
      grantee: { userId: nurse.id },
      purpose: 'treatment',
      categories: ['medication'],
      validUntil: until(9),
    },
  });
  expect(g.statusCode).toBe(201);
  const nurseHeaders = await bearer(t.db, nurse.id);
  expect(
    (
      await t.app.inject({
        url: `/api/v1/residents/${p.id}/record/medication?purpose=treatment`,
        headers: nurseHeaders,
      })
    ).statusCode,
  ).toBe(200);
  // A question to the front desk, and a referral with the medicines (the nurse may see them).
  const asked = await t.app.inject({
    method: 'POST',
    url: '/api/v1/frontdesk/questions',
    headers,
    payload: { text: 'Waar kan ik <i>wandelen</i>?' },
  });
  expect(asked.statusCode).toBe(201);
  const referred = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: nurseHeaders,
    payload: {
      residentId: p.id,
      to: { organisationId: ids.organisationId },
      reason: 'Medicatiebeoordeling door de apotheker',
      consent: { categories: ['medication'] },
    },
  });
  expect(referred.statusCode, referred.body).toBe(201);
  return { ...p, headers, nurse, nurseHeaders };
}

describe('a copy of everything', () => {
  it('as a FHIR Bundle with the record, the consents and the access log', async () => {
    const r = await residentWithData();
    const res = await t.app.inject({ url: '/api/v1/me/export', headers: r.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const bundle = res.json<{ resourceType: string; entry: { resource: { resourceType: string } }[] }>();
    const types = bundle.entry.map((e) => e.resource.resourceType);
    for (const type of [
      'Patient',
      'MedicationStatement',
      'Condition',
      'Observation',
      'QuestionnaireResponse',
      'Goal',
      'DocumentReference',
      'Encounter',
      'Consent',
      'AuditEvent',
      'Task',
      'ServiceRequest',
    ]) {
      expect(types, type).toContain(type);
    }
    expect(types.filter((x) => x === 'Patient')).toHaveLength(1);
    // The nurse's read is in the exported log.
    expect(JSON.stringify(bundle)).toContain(r.nurse.name);
    const exportRow = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', r.id)
      .where('action', '=', 'export')
      .executeTakeFirst();
    expect(exportRow).toMatchObject({ object_type: 'record', basis: 'own_data', actor_id: r.id });
  });

  it('as a readable document, with every text escaped', async () => {
    const r = await residentWithData();
    const res = await t.app.inject({ url: '/api/v1/me/export?format=html', headers: r.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body).toContain('Mijn gegevens in Wijkpunt');
    expect(res.body).toContain('Metformine 500 mg');
    expect(res.body).toContain('Diabetes mellitus type 2');
    expect(res.body).toContain('Anna &#60;b&#62;Janssen&#60;/b&#62;');
    expect(res.body).not.toContain('<b>Janssen');
    expect(res.body).toContain('Medicatiebeoordeling door de apotheker');
    expect(res.body).toContain('Waar kan ik &#60;i&#62;wandelen&#60;/i&#62;?');
    expect(res.body).toContain('<dt>E-mail bij een nieuw bericht</dt><dd>ja</dd>');
    const en = await t.app.inject({
      url: '/api/v1/me/export?format=html',
      headers: { ...r.headers, 'accept-language': 'en' },
    });
    expect(en.body).toContain('My data in Wijkpunt');
  });

  it('is for residents only; others get 403, anonymous 401', async () => {
    const r = await residentWithData();
    expect((await t.app.inject({ url: '/api/v1/me/export', headers: r.nurseHeaders })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/me/export' })).statusCode).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: '/api/v1/me',
          headers: r.nurseHeaders,
          payload: { password: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('deleting the account', () => {
  it('says what goes and what stays, refuses a wrong password, then deletes and logs it', async () => {
    const r = await residentWithData();
    const plan = (await t.app.inject({ url: '/api/v1/me/deletion', headers: r.headers })).json();
    expect(plan.allowed).toBe(true);
    expect(plan.deleted[0].count).toBe(8);
    expect(plan.kept.map((k: { what: string }) => k.what).join(' ')).toContain('logboek');

    const s = await login(t.app, r);
    const wrong = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: s.headers,
      payload: { password: 'niet goed' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('body.password');
    expect(await countFor('record_resource', r.id)).toBe(8);

    const ok = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: s.headers,
      payload: { password: r.password },
    });
    expect(ok.statusCode).toBe(204);
    expect(await countFor('record_resource', r.id)).toBe(0);
    expect(await countFor('consent', r.id)).toBe(0);
    expect(await countFor('referral', r.id)).toBe(0);
    expect(await countFor('frontdesk_question', r.id)).toBe(0);
    const person = await t.db
      .selectFrom('person')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name: 'Verwijderd account', password_hash: null });
    expect(person.email).not.toContain('test.wijkpunt.nl');
    expect(person.deleted_at).not.toBeNull();
    // The session and the token are gone; logging in fails.
    expect((await t.app.inject({ url: '/api/v1/me', headers: s.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: r.headers })).statusCode).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: r.email, password: r.password },
        })
      ).statusCode,
    ).toBe(401);
    // The nurse no longer reaches anything, and the log of her read is kept, with the deletion.
    expect(
      (
        await t.app.inject({
          url: `/api/v1/residents/${r.id}/record/medication?purpose=treatment`,
          headers: r.nurseHeaders,
        })
      ).statusCode,
    ).toBe(404);
    const log = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'actor_id'])
      .where('subject_id', '=', r.id)
      .execute();
    expect(log.some((l) => l.action === 'read' && l.actor_id === r.nurse.id)).toBe(true);
    expect(log.some((l) => l.action === 'delete' && l.object_type === 'account')).toBe(true);
  });

  it('is refused for someone who also has another role', async () => {
    const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
    await t.db
      .insertInto('membership')
      .values({ person_id: p.id, role: 'coordinator', neighbourhood_id: ids.neighbourhoodId })
      .execute();
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: await bearer(t.db, p.id),
      payload: { password: p.password },
    });
    expect(res.statusCode).toBe(403);
    expect(
      await t.db.selectFrom('person').select('deleted_at').where('id', '=', p.id).executeTakeFirstOrThrow(),
    ).toEqual({ deleted_at: null });
  });
});

async function countFor(
  table: 'record_resource' | 'consent' | 'referral' | 'frontdesk_question',
  residentId: string,
) {
  const r = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('resident_id', '=', residentId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
