// The FHIR R4 subset under /fhir/R4 end to end: the CapabilityStatement without login; a resident reads and
// searches their own record page by page; a professional reads only the parts a consent covers for the
// stated purpose (404 for the rest, another purpose, after withdrawal, for a stranger and for nobody, alike);
// funders and coordinators never reach a record; transactions by the resident and by a consented
// professional (never without consent or under emergency access), all or nothing, naming refused fields;
// errors as OperationOutcome; every read, search and write in the audit log.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_TYPES } from '../../src/modules/record/categories.ts';
import { bearer, createTestApp, login, makePerson, makeRegion, type TestApp } from '../support/app.ts';
import { everyCategoryBundle } from '../support/record.ts';

const SYNTHEA = path.resolve(import.meta.dirname, '../../../shared/data/synthea-r4-smart-sample/bundles');
/** 174 Observations (vital signs, laboratory and survey), enough for four pages of 50. */
const MANY_OBSERVATIONS = path.join(SYNTHEA, 'Tamiko_Leffler_645f1b3d-ee47-4e5b-8e06-a49f23ff6f52.json');

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
type Headers = Record<string, string>;
type Json = Record<string, unknown>;
/** One entry of a transaction-response Bundle. */
type Answer = { response: { status: string; location: string } };

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
});
afterAll(() => t.close());

const until = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function resident(bundle: unknown = everyCategoryBundle()) {
  const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
  const headers = await bearer(t.db, p.id);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/record/import',
    headers,
    payload: bundle as Json,
  });
  expect(res.statusCode, res.body).toBe(200);
  // The import's answer keeps its shape.
  expect(Object.keys(res.json()).sort()).toEqual(['imported', 'rejected', 'unsupported']);
  return { ...p, headers };
}

async function professional(discipline: 'gp' | 'practice_nurse' | 'welfare_coach' = 'practice_nurse') {
  const p = await makePerson(t.db, { role: 'professional', discipline, organisationId: ids.organisationId });
  return { ...p, headers: await bearer(t.db, p.id) };
}

async function grant(headers: Headers, body: Json): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const get = (headers: Headers, url: string, extra: Headers = {}) =>
  t.app.inject({
    url: url.startsWith('http') ? new URL(url).pathname + new URL(url).search : url,
    headers: { ...headers, ...extra },
  });

const post = (headers: Headers, bundle: unknown, extra: Headers = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/fhir/R4',
    headers: { ...headers, 'content-type': 'application/fhir+json', ...extra },
    payload: JSON.stringify(bundle),
  });

/** The id of a stored resource of this type in this resident's record. */
async function storedId(residentId: string, type: string): Promise<string> {
  const row = await t.db
    .selectFrom('record_resource')
    .select('id')
    .where('resident_id', '=', residentId)
    .where('resource_type', '=', type)
    .executeTakeFirstOrThrow();
  return row.id;
}

const count = async (residentId: string) =>
  Number(
    (
      await t.db
        .selectFrom('record_resource')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('resident_id', '=', residentId)
        .executeTakeFirstOrThrow()
    ).n,
  );

const auditRows = (subjectId: string, actorId: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'object_id', 'basis', 'basis_id', 'outcome', 'actor_role'])
    .where('subject_id', '=', subjectId)
    .where('actor_id', '=', actorId)
    .orderBy('seq')
    .execute();

type Issue = { code: string; diagnostics?: string; expression?: string[] };

function expectOutcome(
  res: { statusCode: number; headers: Json; json<T>(): T },
  status: number,
  code: string,
): Issue[] {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/fhir+json');
  const body = res.json<{ resourceType: string; issue: Issue[] }>();
  expect(body.resourceType).toBe('OperationOutcome');
  expect(body.issue.map((i) => i.code)).toContain(code);
  return body.issue;
}

const txEntry = (resource: Json) => ({ resource, request: { method: 'POST', url: resource.resourceType } });
const weight = (subject: string, kg: number, id = `w${kg}`) => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '29463-7', display: 'Body weight' }] },
  effectiveDateTime: '2026-11-30',
  valueQuantity: { value: kg, unit: 'kg' },
  subject: { reference: subject },
});

describe('FHIR R4 metadata and errors', () => {
  it('serves a CapabilityStatement without login that says what the routes do', async () => {
    const res = await t.app.inject({ url: '/fhir/R4/metadata' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const cs = res.json();
    expect(cs).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', kind: 'instance' });
    expect(cs.format).toContain('json');
    expect(cs.description).toContain('X-Purpose-Of-Use');
    const rest = cs.rest[0];
    expect(rest.mode).toBe('server');
    expect(rest.resource.map((r: { type: string }) => r.type)).toEqual([...SUPPORTED_TYPES]);
    for (const r of rest.resource) {
      expect(r.interaction.map((i: { code: string }) => i.code)).toEqual(['read', 'search-type']);
      expect(r.searchParam.map((p: { name: string }) => p.name)).toEqual([
        r.type === 'Patient' ? '_id' : 'patient',
      ]);
    }
    expect(rest.interaction.map((i: { code: string }) => i.code)).toEqual(['transaction', 'batch']);
    expect(rest.searchParam.map((p: { name: string }) => p.name)).toEqual(['_count', '_offset']);
    expect(rest.resource.find((r: { type: string }) => r.type === 'Observation')).toBeDefined();
    expect(rest.resource.find((r: { type: string }) => r.type === 'Claim')).toBeUndefined();
  });

  it('answers OperationOutcomes: login, unknown type, unknown interaction, unknown parameter, bad header', async () => {
    const r = await resident();
    const anonymous = await t.app.inject({ url: '/fhir/R4/Observation' });
    expectOutcome(anonymous, 401, 'login');
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    expectOutcome(await get({ authorization: 'Bearer nonsense' }, '/fhir/R4/Observation'), 401, 'login');

    const claim = expectOutcome(await get(r.headers, '/fhir/R4/Claim'), 404, 'not-supported');
    expect(claim[0]!.diagnostics).toContain('Claim');
    expectOutcome(await get(r.headers, `/fhir/R4/Claim/${r.id}`), 404, 'not-supported');
    expectOutcome(await get(r.headers, `/fhir/R4/Patient/${r.id}/_history`), 404, 'not-supported');
    expectOutcome(
      await t.app.inject({ method: 'DELETE', url: `/fhir/R4/Patient/${r.id}`, headers: r.headers }),
      404,
      'not-supported',
    );

    const code = expectOutcome(
      await get(r.headers, '/fhir/R4/Observation?code=29463-7'),
      400,
      'not-supported',
    );
    expect(code[0]!.expression).toEqual(['code']);
    const id = expectOutcome(await get(r.headers, `/fhir/R4/Observation?_id=${r.id}`), 400, 'not-supported');
    expect(id[0]!.expression).toEqual(['_id']);
    const bad = expectOutcome(await get(r.headers, '/fhir/R4/Observation?_count=many'), 400, 'invalid');
    expect(bad[0]!.expression).toEqual(['_count']);
    const purpose = expectOutcome(
      await get(r.headers, '/fhir/R4/Observation', { 'x-purpose-of-use': 'gossip' }),
      400,
      'value',
    );
    expect(purpose[0]!.expression).toEqual(['x-purpose-of-use']);
    // English when asked.
    const en = await get(r.headers, '/fhir/R4/Claim', { 'accept-language': 'en' });
    expect(en.json().issue[0].diagnostics).toContain('does not serve');
  });
});

describe('the resident reads their own record', () => {
  it('searches Observations page by page: the next links walk every one, and total matches', async () => {
    const r = await resident(JSON.parse(fs.readFileSync(MANY_OBSERVATIONS, 'utf8')));
    const stored = await t.db
      .selectFrom('record_resource')
      .select(['id', 'category'])
      .where('resident_id', '=', r.id)
      .where('resource_type', '=', 'Observation')
      .execute();
    expect(stored.length).toBeGreaterThan(150);
    // Both parts an Observation can be in are the resident's own.
    expect(new Set(stored.map((s) => s.category))).toEqual(new Set(['measurements', 'health-checks']));

    const seen: string[] = [];
    let url: string | undefined = '/fhir/R4/Observation';
    let pages = 0;
    while (url) {
      const res = await get(r.headers, url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('application/fhir+json');
      const b = res.json();
      expect(b).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: stored.length });
      const links = Object.fromEntries(
        b.link.map((l: { relation: string; url: string }) => [l.relation, l.url]),
      );
      expect(links.self).toMatch(/^http:\/\/localhost(:\d+)?\/fhir\/R4\/Observation\?patient=/);
      expect(links.self).toContain(`_offset=${pages * 50}`);
      expect(links.first).toContain('_offset=0');
      if (pages > 0) expect(links.previous).toContain(`_offset=${(pages - 1) * 50}`);
      else expect(links.previous).toBeUndefined();
      for (const e of b.entry) {
        expect(e.search).toEqual({ mode: 'match' });
        expect(e.fullUrl).toMatch(
          new RegExp(`^http://localhost(:\\d+)?/fhir/R4/Observation/${e.resource.id}$`),
        );
        seen.push(e.resource.id);
      }
      expect(b.entry.length).toBe(Math.min(50, stored.length - pages * 50));
      url = links.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(stored.length / 50));
    expect(seen).toHaveLength(stored.length);
    expect(new Set(seen)).toEqual(new Set(stored.map((s) => s.id)));
    // Newest first, in one stable order across the pages.
    const newestFirst = await t.db
      .selectFrom('record_resource')
      .select('id')
      .where('resident_id', '=', r.id)
      .where('resource_type', '=', 'Observation')
      .orderBy('recorded_at', (ob) => ob.desc().nullsLast())
      .orderBy('id')
      .execute();
    expect(seen).toEqual(newestFirst.map((x) => x.id));

    // _count is capped at 200; _count=0 gives only the total; patient may be named either way.
    const big = (await get(r.headers, `/fhir/R4/Observation?patient=Patient/${r.id}&_count=500`)).json();
    expect(big.entry).toHaveLength(Math.min(200, stored.length));
    expect(big.link.find((l: { relation: string }) => l.relation === 'self').url).toContain('_count=200');
    const none = (await get(r.headers, `/fhir/R4/Observation?patient=${r.id}&_count=0`)).json();
    expect(none.total).toBe(stored.length);
    expect(none.entry).toEqual([]);
    expect(none.link.some((l: { relation: string }) => l.relation === 'next')).toBe(false);
    // A last page that ends exactly at the total has no next link.
    const last = (
      await get(r.headers, `/fhir/R4/Observation?_count=10&_offset=${stored.length - 10}`)
    ).json();
    expect(last.entry).toHaveLength(10);
    const lastLinks = Object.fromEntries(
      last.link.map((l: { relation: string; url: string }) => [l.relation, l.url]),
    );
    expect(lastLinks.next).toBeUndefined();
    expect(lastLinks.previous).toContain(`_count=10&_offset=${stored.length - 20}`);
    const beyond = (await get(r.headers, `/fhir/R4/Observation?_offset=${stored.length + 10}`)).json();
    expect(beyond).toMatchObject({ total: stored.length, entry: [] });

    // Each search was a logged read of the own record.
    const rows = await auditRows(r.id, r.id);
    const searches = rows.filter((a) => a.action === 'read' && a.object_id === 'Observation');
    expect(searches.length).toBe(pages + 4);
    expect(searches.every((a) => a.basis === 'own_data' && a.outcome === 'success')).toBe(true);
  });

  it('reads one resource and the own Patient, as stored', async () => {
    const r = await resident();
    const obsId = await storedId(r.id, 'Observation');
    const obs = await get(r.headers, `/fhir/R4/Observation/${obsId}`);
    expect(obs.statusCode).toBe(200);
    expect(obs.headers['content-type']).toContain('application/fhir+json');
    const row = await t.db
      .selectFrom('record_resource')
      .select('resource')
      .where('id', '=', obsId)
      .executeTakeFirstOrThrow();
    expect(obs.json()).toEqual(row.resource);
    expect(obs.json().subject).toEqual({ reference: `Patient/${r.id}` });

    const patient = await get(r.headers, `/fhir/R4/Patient/${r.id}`);
    expect(patient.json()).toMatchObject({
      resourceType: 'Patient',
      id: r.id,
      name: [{ text: 'Test Inwoner' }],
    });
    const patients = (await get(r.headers, '/fhir/R4/Patient')).json();
    expect(patients.total).toBe(1);
    expect(patients.entry[0].resource.id).toBe(r.id);
    expect(patients.link[0].url).toContain(`Patient?_id=${r.id}`);

    // The wrong type for an id, and ids that cannot exist, are simply not found.
    expectOutcome(await get(r.headers, `/fhir/R4/Condition/${obsId}`), 404, 'not-found');
    expectOutcome(await get(r.headers, '/fhir/R4/Observation/not-a-uuid'), 404, 'not-found');

    const rows = await auditRows(r.id, r.id);
    expect(rows.some((a) => a.object_id === `Observation/${obsId}` && a.basis === 'own_data')).toBe(true);
    expect(rows.some((a) => a.object_id === `Patient/${r.id}` && a.action === 'read')).toBe(true);
  });
});

describe('a professional reads another record only on a basis', () => {
  it('reads the parts a consent covers for the purpose; 404 for the rest, other purposes, after withdrawal, for strangers', async () => {
    const r = await resident();
    const stranger = await resident();
    const nurse = await professional('practice_nurse');
    const med = await storedId(r.id, 'MedicationStatement');
    const cond = await storedId(r.id, 'Condition');
    const search = (type: string, residentId = r.id, extra: Headers = {}) =>
      get(nurse.headers, `/fhir/R4/${type}?patient=Patient/${residentId}`, extra);

    // No consent yet: nothing, not even the Patient.
    expectOutcome(await search('MedicationStatement'), 404, 'not-found');
    expectOutcome(await get(nurse.headers, `/fhir/R4/MedicationStatement/${med}`), 404, 'not-found');
    expectOutcome(await get(nurse.headers, `/fhir/R4/Patient/${r.id}`), 404, 'not-found');

    const consentId = await grant(r.headers, {
      grantee: { userId: nurse.id },
      purpose: 'treatment',
      categories: ['medication', 'measurements'],
      validUntil: until(30),
    });

    const meds = await search('MedicationStatement');
    expect(meds.statusCode, meds.body).toBe(200);
    expect(meds.json()).toMatchObject({
      total: 1,
      entry: [{ resource: { id: med, resourceType: 'MedicationStatement' } }],
    });
    expect((await search('Observation')).json().total).toBe(1);
    // Explicitly the default purpose, and the Patient with any basis.
    expect((await search('MedicationStatement', r.id, { 'x-purpose-of-use': 'treatment' })).statusCode).toBe(
      200,
    );
    expect((await get(nurse.headers, `/fhir/R4/MedicationStatement/${med}`)).json().id).toBe(med);
    expect((await get(nurse.headers, `/fhir/R4/Patient/${r.id}`)).json().id).toBe(r.id);
    expect((await get(nurse.headers, `/fhir/R4/Patient?_id=${r.id}`)).json().total).toBe(1);

    // Parts the consent does not cover, and another purpose.
    expectOutcome(await search('Condition'), 404, 'not-found');
    expectOutcome(await search('QuestionnaireResponse'), 404, 'not-found');
    expectOutcome(await get(nurse.headers, `/fhir/R4/Condition/${cond}`), 404, 'not-found');
    expectOutcome(
      await search('MedicationStatement', r.id, { 'x-purpose-of-use': 'wmo_advice' }),
      404,
      'not-found',
    );
    expectOutcome(
      await get(nurse.headers, `/fhir/R4/MedicationStatement/${med}`, { 'x-purpose-of-use': 'research' }),
      404,
      'not-found',
    );
    // Without patient a professional must say whose record.
    const which = expectOutcome(await get(nurse.headers, '/fhir/R4/Observation'), 400, 'required');
    expect(which[0]!.expression).toEqual(['patient']);

    // A stranger's record and a resident who does not exist answer exactly alike.
    const strangers = await search('MedicationStatement', stranger.id);
    const nobody = await search('MedicationStatement', '0b9f3c52-6f1e-4d8a-9c43-2a7e5d1f0c11');
    expectOutcome(strangers, 404, 'not-found');
    expect(strangers.body).toBe(nobody.body);
    expectOutcome(
      await get(
        nurse.headers,
        `/fhir/R4/MedicationStatement/${await storedId(stranger.id, 'MedicationStatement')}`,
      ),
      404,
      'not-found',
    );

    // Withdrawal holds at once.
    const w = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/consents/${consentId}`,
      headers: r.headers,
    });
    expect(w.statusCode).toBe(204);
    expectOutcome(await search('MedicationStatement'), 404, 'not-found');
    expectOutcome(await get(nurse.headers, `/fhir/R4/MedicationStatement/${med}`), 404, 'not-found');

    const rows = await auditRows(r.id, nurse.id);
    const ok = rows.filter((a) => a.outcome === 'success');
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.every((a) => a.action === 'read' && a.basis === 'consent' && a.basis_id === consentId)).toBe(
      true,
    );
    expect(ok.every((a) => a.actor_role === 'professional')).toBe(true);
    expect(ok.map((a) => a.object_id)).toEqual(
      expect.arrayContaining([
        'MedicationStatement',
        'Observation',
        `MedicationStatement/${med}`,
        `Patient/${r.id}`,
      ]),
    );
    const denied = rows.filter((a) => a.outcome === 'denied').map((a) => a.object_id);
    expect(denied).toEqual(expect.arrayContaining(['Condition', `Condition/${cond}`, 'MedicationStatement']));
    // The stranger sees the refused tries in their own log.
    const strangerRows = await auditRows(stranger.id, nurse.id);
    expect(strangerRows.length).toBe(2);
    expect(strangerRows.every((a) => a.outcome === 'denied')).toBe(true);
  });

  it('a consent for a named referral opens only with that reference', async () => {
    const r = await resident();
    const coach = await professional('welfare_coach');
    await grant(r.headers, {
      grantee: { userId: coach.id },
      purpose: 'referral',
      purposeRef: 'verwijzing-7',
      categories: ['notes'],
      validUntil: until(10),
    });
    const url = `/fhir/R4/Goal?patient=${r.id}`;
    const referral = { 'x-purpose-of-use': 'referral' };
    expect(
      (await get(coach.headers, url, { ...referral, 'x-purpose-ref': 'verwijzing-7' })).json().total,
    ).toBe(1);
    expectOutcome(
      await get(coach.headers, url, { ...referral, 'x-purpose-ref': 'verwijzing-8' }),
      404,
      'not-found',
    );
    expectOutcome(await get(coach.headers, url, referral), 404, 'not-found');
    expectOutcome(await get(coach.headers, url), 404, 'not-found');
  });

  it('funders, coordinators and administrators never reach a record, whatever a consent names', async () => {
    const r = await resident();
    // A consent to the whole organisation: professionals there may read, its funder may not.
    await grant(r.headers, {
      grantee: { organisationId: ids.organisationId },
      purpose: 'treatment',
      categories: ['medication', 'problems', 'measurements', 'notes'],
      validUntil: until(10),
    });
    const med = await storedId(r.id, 'MedicationStatement');
    const colleague = await professional('gp');
    expect((await get(colleague.headers, `/fhir/R4/MedicationStatement?patient=${r.id}`)).statusCode).toBe(
      200,
    );
    const others = [
      await makePerson(t.db, { role: 'funder', organisationId: ids.organisationId }),
      await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId }),
      await makePerson(t.db, { role: 'administrator' }),
      await makePerson(t.db, { role: 'provider_editor', organisationId: ids.organisationId }),
    ];
    for (const p of others) {
      const h = await bearer(t.db, p.id);
      expectOutcome(await get(h, `/fhir/R4/MedicationStatement?patient=${r.id}`), 404, 'not-found');
      expectOutcome(await get(h, `/fhir/R4/MedicationStatement/${med}`), 404, 'not-found');
      expectOutcome(await get(h, `/fhir/R4/Patient/${r.id}`), 404, 'not-found');
      expectOutcome(
        await post(h, {
          resourceType: 'Bundle',
          type: 'transaction',
          entry: [txEntry(weight(`Patient/${r.id}`, 90))],
        }),
        404,
        'not-found',
      );
      const rows = await auditRows(r.id, p.id);
      expect(rows.length).toBe(4);
      expect(rows.every((a) => a.outcome === 'denied')).toBe(true);
    }
    expect(await count(r.id)).toBe(8);
  });
});

describe('transactions', () => {
  it('a resident writes into their own record: 201 Created, then 200 OK for the same bundle', async () => {
    const r = await resident();
    const before = await count(r.id);
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      meta: { source: 'urn:test:weegschaal' },
      entry: [
        txEntry(weight('Patient/whatever', 80)),
        {
          fullUrl: 'urn:uuid:c',
          ...txEntry({
            resourceType: 'Condition',
            code: { text: 'Hoge bloeddruk' },
            subject: { reference: `Patient/${r.id}` },
          }),
        },
        txEntry({
          resourceType: 'Goal',
          lifecycleStatus: 'active',
          description: { text: 'Minder zout' },
          subject: { reference: `Patient/${r.id}` },
          addresses: [{ reference: 'urn:uuid:c' }],
        }),
      ],
    };
    const res = await post(r.headers, bundle);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const out = res.json();
    expect(out).toMatchObject({ resourceType: 'Bundle', type: 'transaction-response' });
    expect(out.entry.map((e: Answer) => e.response.status)).toEqual([
      '201 Created',
      '201 Created',
      '201 Created',
    ]);
    const locations: string[] = out.entry.map((e: Answer) => e.response.location);
    expect(locations[0]).toMatch(/^Observation\/[0-9a-f-]{36}$/);
    expect(await count(r.id)).toBe(before + 3);

    const goal = (await get(r.headers, `/fhir/R4/${locations[2]}`)).json();
    expect(goal.addresses[0].reference).toBe(locations[1]);
    const obs = (await get(r.headers, `/fhir/R4/${locations[0]}`)).json();
    expect(obs.subject.reference).toBe(`Patient/${r.id}`);

    // The same bundle again changes nothing and says so; a batch answers as a batch.
    const again = (await post(r.headers, { ...bundle, type: 'batch' })).json();
    expect(again.type).toBe('batch-response');
    expect(again.entry.map((e: Answer) => e.response.status)).toEqual(['200 OK', '200 OK', '200 OK']);
    expect(again.entry.map((e: Answer) => e.response.location)).toEqual(locations);
    expect(await count(r.id)).toBe(before + 3);

    const rows = await auditRows(r.id, r.id);
    expect(rows.filter((a) => a.action === 'import' && a.basis === 'own_data').length).toBe(3);

    // With a session cookie a write needs the CSRF token; plain application/json is accepted too.
    const s = await login(t.app, r);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/fhir/R4',
      headers: { cookie: s.cookie },
      payload: bundle,
    });
    expectOutcome(noCsrf, 403, 'security');
    const withCsrf = await t.app.inject({
      method: 'POST',
      url: '/fhir/R4',
      headers: s.headers,
      payload: bundle,
    });
    expect(withCsrf.statusCode, withCsrf.body).toBe(200);
  });

  it('a professional writes with a consent covering the purpose and every part; never without, never in an emergency', async () => {
    const r = await resident();
    const nurse = await professional('practice_nurse');
    const gp = await professional('gp');
    const consentId = await grant(r.headers, {
      grantee: { userId: nurse.id },
      purpose: 'treatment',
      categories: ['measurements'],
      validUntil: until(30),
    });
    const before = await count(r.id);
    const tx = (...resources: Json[]) => ({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: resources.map(txEntry),
    });

    const res = await post(nurse.headers, tx(weight(`Patient/${r.id}`, 79), weight(`Patient/${r.id}`, 78)));
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.entry.map((e: Answer) => e.response.status)).toEqual(['201 Created', '201 Created']);
    const [location] = out.entry.map((e: Answer) => e.response.location);
    const row = await t.db
      .selectFrom('record_resource')
      .select(['resident_id', 'category', 'source_system'])
      .where('id', '=', location!.split('/')[1])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      resident_id: r.id,
      category: 'measurements',
      source_system: `urn:wijkpunt:person:${nurse.id}`,
    });
    // The resident sees what was written.
    expect((await get(r.headers, `/fhir/R4/${location}`)).statusCode).toBe(200);
    expect(await count(r.id)).toBe(before + 2);

    // A part the consent does not cover, another purpose: 404, nothing stored.
    const cond = {
      resourceType: 'Condition',
      code: { text: 'Artrose' },
      subject: { reference: `Patient/${r.id}` },
    };
    expectOutcome(await post(nurse.headers, tx(weight(`Patient/${r.id}`, 77), cond)), 404, 'not-found');
    expectOutcome(
      await post(nurse.headers, tx(weight(`Patient/${r.id}`, 77)), { 'x-purpose-of-use': 'mdo' }),
      404,
      'not-found',
    );
    // Without any consent.
    expectOutcome(await post(gp.headers, tx(weight(`Patient/${r.id}`, 76))), 404, 'not-found');
    // Emergency access reads, but never writes.
    const emergency = await t.app.inject({
      method: 'POST',
      url: `/api/v1/residents/${r.id}/emergency-access`,
      headers: gp.headers,
      payload: { reason: 'Onwel geworden tijdens het spreekuur' },
    });
    expect(emergency.statusCode, emergency.body).toBe(201);
    expect((await get(gp.headers, `/fhir/R4/Condition?patient=${r.id}`)).json().total).toBe(1);
    expectOutcome(await post(gp.headers, tx(weight(`Patient/${r.id}`, 75))), 404, 'not-found');
    expect(await count(r.id)).toBe(before + 2);

    const nurseRows = await auditRows(r.id, nurse.id);
    expect(nurseRows.filter((a) => a.action === 'import' && a.outcome === 'success')).toEqual([
      expect.objectContaining({ basis: 'consent', basis_id: consentId }),
    ]);
    expect(nurseRows.filter((a) => a.action === 'import' && a.outcome === 'denied')).toHaveLength(2);
    const gpRows = await auditRows(r.id, gp.id);
    expect(gpRows.filter((a) => a.action === 'import').every((a) => a.outcome === 'denied')).toBe(true);
    expect(gpRows.some((a) => a.action === 'read' && a.basis === 'emergency')).toBe(true);
  });

  it('refuses a bundle with bad entries as a whole, naming entry and field', async () => {
    const r = await resident();
    const nurse = await professional('practice_nurse');
    await grant(r.headers, {
      grantee: { userId: nurse.id },
      purpose: 'treatment',
      categories: ['measurements', 'problems'],
      validUntil: until(30),
    });
    const before = await count(r.id);
    const me = `Patient/${r.id}`;
    const expressions = async (headers: Headers, bundle: Json, code: string) =>
      expectOutcome(await post(headers, bundle), 400, code).flatMap((i) => i.expression ?? []);
    const tx = (...entry: Json[]) => ({ resourceType: 'Bundle', type: 'transaction', entry });

    // The import's own checks and types Wijkpunt does not keep.
    const { code: _code, ...noCode } = weight(me, 70);
    expect(
      await expressions(
        nurse.headers,
        tx(
          txEntry(weight(me, 71)),
          txEntry(noCode),
          txEntry({ resourceType: 'Claim', status: 'active', patient: { reference: me } }),
        ),
        'required',
      ),
    ).toEqual(['Bundle.entry[1].resource.code', 'Bundle.entry[2].resource.resourceType']);
    // Only creates, to the resource's own type.
    expect(
      await expressions(
        nurse.headers,
        tx(
          { ...txEntry(weight(me, 72)), request: { method: 'PUT', url: 'Observation/x' } },
          { ...txEntry(weight(me, 73)), request: { method: 'POST', url: 'Condition' } },
        ),
        'not-supported',
      ),
    ).toEqual(['Bundle.entry[0].request.method', 'Bundle.entry[1].request.url']);
    // A professional names one resident in every entry and never sends the Patient.
    const other = await resident();
    expect(
      await expressions(
        nurse.headers,
        tx(
          txEntry(weight(me, 74)),
          txEntry({ ...weight(me, 75), subject: { reference: `Patient/${other.id}` } }),
          txEntry({ resourceType: 'Condition', code: { text: 'x' }, subject: { display: 'iemand' } }),
          txEntry({ resourceType: 'Patient', name: [{ text: 'Ander' }] }),
        ),
        'business-rule',
      ),
    ).toEqual([
      'Bundle.entry[1].resource.subject.reference',
      'Bundle.entry[2].resource.subject',
      'Bundle.entry[3].resource',
    ]);
    // The Bundle itself.
    expect(
      await expressions(nurse.headers, { resourceType: 'Bundle', type: 'collection', entry: [] }, 'value'),
    ).toEqual(['Bundle.type']);
    expect(await expressions(nurse.headers, tx({ resource: weight(me, 76) }), 'invalid')).toEqual([
      'Bundle.entry[0].request',
    ]);
    // The resident's own transaction gets the same checks of the entries.
    expect(await expressions(r.headers, tx(txEntry(noCode)), 'required')).toEqual([
      'Bundle.entry[0].resource.code',
    ]);
    // A malformed body.
    expectOutcome(
      await t.app.inject({
        method: 'POST',
        url: '/fhir/R4',
        headers: { ...r.headers, 'content-type': 'application/fhir+json' },
        payload: '{"resourceType":',
      }),
      400,
      'invalid',
    );

    expect(await count(r.id)).toBe(before);
    expect(await count(other.id)).toBe(8);
    // Refused bundles reach neither record, and so leave no write in the log.
    expect((await auditRows(r.id, nurse.id)).filter((a) => a.action === 'import')).toEqual([]);
  });
});
