// Questionnaire definitions over HTTP: import (who may, what is refused and where), list / read / export as
// FHIR (active ones public, drafts only for those who manage them), status, and validating a response
// without a login and without writing a row anywhere.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, makePerson, makeRegion, type Session, type TestApp } from '../support/app.ts';

const DATA = path.resolve(import.meta.dirname, '../../../shared/data/fhir-questionnaires');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as Record<string, unknown>;
const PHQ9 = read('stanford-researchkitonfhir/PHQ-9.json');
const GAD7 = read('stanford-researchkitonfhir/GAD-7.json');

const FREQUENCY = ['Not-at-all', 'Several-days', 'More than half the days', 'Nearly every day'];
const values = Object.fromEntries(FREQUENCY.map((code, i) => [code, i]));
const phq9Scoring = {
  instrument: 'phq9',
  values,
  items: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`H1/T1/Q${n}`, { item: String(n) }])),
};
const GAD7_GROUP = 'a2ae9518-55b5-41cc-928d-00132d1a3c1e';
const GAD7_IDS = (GAD7.item as { item: { linkId: string }[] }[])[0]!.item.map((i) => i.linkId);
const gad7Scoring = {
  instrument: 'gad7',
  values,
  items: Object.fromEntries(GAD7_IDS.map((id, i) => [id, { item: String(i + 1) }])),
};

let t: TestApp;
let orgA: string;
let orgB: string;
let editorA: Session;
let editorB: Session;
let admin: Session;
let resident: Session;

beforeAll(async () => {
  t = await createTestApp();
  ({ organisationId: orgA } = await makeRegion(t.db));
  ({ organisationId: orgB } = await makeRegion(t.db));
  editorA = await login(t.app, await makePerson(t.db, { role: 'provider_editor', organisationId: orgA }));
  editorB = await login(t.app, await makePerson(t.db, { role: 'provider_editor', organisationId: orgB }));
  admin = await login(t.app, await makePerson(t.db, { role: 'administrator' }));
  resident = await login(t.app, await makePerson(t.db, { role: 'resident' }));
});
afterAll(() => t?.close());

type Headers = Record<string, string>;
const post = (url: string, payload: unknown, headers: Headers = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url, headers });
const patch = (url: string, payload: unknown, headers: Headers = {}) =>
  t.app.inject({ method: 'PATCH', url, payload: payload as object, headers });

async function importOk(body: Record<string, unknown>, session: Session = editorA): Promise<string> {
  const res = await post('/api/v1/questionnaires', body, session.headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** Rows per table of the whole schema, to show that validating stores nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(t.db);
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table_name)}`.execute(
      t.db,
    );
    counts[table_name] = Number(r.rows[0]!.n);
  }
  return counts;
}

const withVersion = (q: Record<string, unknown>, version: string) => ({ ...q, version });

describe('POST /api/v1/questionnaires', () => {
  it('imports the PHQ-9 for an organisation, linked to the scorer, as the draft it says it is', async () => {
    const res = await post(
      '/api/v1/questionnaires',
      { organisationId: orgA, questionnaire: PHQ9, scoring: phq9Scoring },
      editorA.headers,
    );
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      organisationId: orgA,
      url: 'http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9',
      version: '3.0.0',
      status: 'draft',
      title: 'Patient Health Questionnaire - 9 Item',
      instrument: 'phq9',
      canManage: true,
      scoring: phq9Scoring,
    });
    expect(body.questionnaire).toMatchObject({ resourceType: 'Questionnaire', id: body.id, item: PHQ9.item });
    const audit = await t.db
      .selectFrom('audit_log')
      .where('object_type', '=', 'questionnaire')
      .where('object_id', '=', body.id)
      .select(['action', 'basis', 'actor_role'])
      .execute();
    expect(audit).toEqual([{ action: 'import', basis: 'administration', actor_role: 'provider_editor' }]);
  });

  it('lets only the organisation’s editors and administrators import, and only administrators build in', async () => {
    const body = { organisationId: orgA, questionnaire: withVersion(PHQ9, 'who-1') };
    expect((await post('/api/v1/questionnaires', body)).statusCode).toBe(401);
    expect((await post('/api/v1/questionnaires', body, resident.headers)).statusCode).toBe(403);
    expect((await post('/api/v1/questionnaires', body, editorB.headers)).statusCode).toBe(403);
    const builtIn = { organisationId: null, questionnaire: withVersion(PHQ9, 'who-2') };
    const refused = await post('/api/v1/questionnaires', builtIn, editorA.headers);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe('Alleen beheerders voegen ingebouwde vragenlijsten toe.');
    const id = await importOk(builtIn, admin);
    expect((await get(`/api/v1/questionnaires/${id}`, admin.headers)).json()).toMatchObject({
      organisationId: null,
      organisationName: null,
    });
    await importOk({ organisationId: orgB, questionnaire: withVersion(PHQ9, 'who-3') }, admin);
  });

  it('refuses an unknown organisation at its field', async () => {
    const res = await post(
      '/api/v1/questionnaires',
      { organisationId: '00000000-0000-4000-8000-000000000000', questionnaire: PHQ9 },
      admin.headers,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'body.organisationId', message: 'Deze organisatie bestaat niet.' },
    ]);
  });

  it('refuses an unsupported item type, naming its linkId, in the caller’s language', async () => {
    const q = structuredClone(PHQ9) as { item: { item: { type: string }[] }[] };
    q.item[0]!.item[2]!.type = 'open-choice';
    const body = { organisationId: orgA, questionnaire: q };
    const nl = await post('/api/v1/questionnaires', body, editorA.headers);
    expect(nl.statusCode).toBe(400);
    expect(nl.headers['content-type']).toContain('application/problem+json');
    expect(nl.json().errors).toEqual([
      {
        path: 'body.questionnaire.item.0.item.2.type',
        message:
          'Item "H1/T1/Q3": Het type "open-choice" wordt niet ondersteund. Gebruik group, display, choice, integer, decimal, boolean, string, date.',
      },
    ]);
    const en = await post('/api/v1/questionnaires', body, { ...editorA.headers, 'accept-language': 'en' });
    expect(en.json().errors[0].message).toBe(
      'Item "H1/T1/Q3": The type "open-choice" is not supported. Use group, display, choice, integer, decimal, boolean, string, date.',
    );
  });

  it('refuses an enableWhen on an unknown linkId, naming the item', async () => {
    const q = structuredClone(PHQ9) as { item: { item: Record<string, unknown>[] }[] };
    q.item[0]!.item[8]!.enableWhen = [{ question: 'H1/T1/Q99', operator: 'exists', answerBoolean: true }];
    const res = await post(
      '/api/v1/questionnaires',
      { organisationId: orgA, questionnaire: q },
      { ...editorA.headers, 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        path: 'body.questionnaire.item.0.item.8.enableWhen.0.question',
        message:
          'Item "H1/T1/Q9": enableWhen refers to "H1/T1/Q99", which is not an item of this questionnaire.',
      },
    ]);
  });

  it('refuses a scorer link that does not fit, at its field', async () => {
    const res = await post(
      '/api/v1/questionnaires',
      {
        organisationId: orgA,
        questionnaire: withVersion(PHQ9, 'link-1'),
        scoring: { ...phq9Scoring, values: { ...values, 'Nearly every day': 4 } },
      },
      { ...editorA.headers, 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors).toHaveLength(9);
    expect(errors[0]).toEqual({
      path: 'body.scoring.items.H1/T1/Q1.values',
      message:
        'Answer "Nearly every day" gives 4, but item "1" of Patient Health Questionnaire-9 takes: 0–3.',
    });
  });

  it('asks to confirm the licence of a scoring-only instrument', async () => {
    const q = {
      resourceType: 'Questionnaire',
      url: 'https://example.org/Questionnaire/rating',
      status: 'active',
      item: [1, 2, 3, 4, 5, 6, 7].map((n) => ({
        linkId: `s${n}`,
        type: 'choice',
        answerOption: [1, 2, 3, 4, 5].map((v) => ({ valueInteger: v })),
      })),
    };
    const scoring = {
      instrument: 'swemwbs',
      items: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`s${n}`, { item: String(n) }])),
    };
    const res = await post(
      '/api/v1/questionnaires',
      { organisationId: orgA, questionnaire: q, scoring },
      editorA.headers,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.scoring.licenceConfirmed');
    await importOk({
      organisationId: orgA,
      questionnaire: q,
      scoring: { ...scoring, licenceConfirmed: true },
    });
  });

  it('takes a url and version once per owner: 409 naming the version, fine for another organisation', async () => {
    const body = { organisationId: orgA, questionnaire: withVersion(PHQ9, 'twice') };
    await importOk(body);
    const again = await post('/api/v1/questionnaires', body, editorA.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([
      {
        path: 'body.questionnaire.version',
        message:
          'Er is hier al een vragenlijst met deze url en versie. Geef een nieuwe versie een eigen versienummer.',
      },
    ]);
    await importOk({ ...body, organisationId: orgB }, editorB);
  });

  it('gives a questionnaire without a url one of its own', async () => {
    const q = read('hl7-r4-core-examples/Questionnaire-phq-9-questionnaire.json');
    const id = await importOk({ organisationId: orgA, questionnaire: q });
    const fhir = (await get(`/api/v1/questionnaires/${id}/fhir`, editorA.headers)).json();
    expect(fhir.url).toBe(`urn:uuid:${id}`);
  });
});

describe('reading, exporting and status', () => {
  let id: string;
  beforeAll(async () => {
    id = await importOk({
      organisationId: orgA,
      questionnaire: withVersion(PHQ9, 'visibility'),
      scoring: phq9Scoring,
    });
  });

  it('shows a draft only to those who manage it', async () => {
    expect((await get(`/api/v1/questionnaires/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/questionnaires/${id}/fhir`)).statusCode).toBe(404);
    expect((await get(`/api/v1/questionnaires/${id}`, editorB.headers)).statusCode).toBe(404);
    expect((await get(`/api/v1/questionnaires/${id}`, resident.headers)).statusCode).toBe(404);
    expect((await get(`/api/v1/questionnaires/${id}`, editorA.headers)).json().canManage).toBe(true);
    expect((await get(`/api/v1/questionnaires/${id}`, admin.headers)).json().canManage).toBe(true);
    const ids = async (headers: Headers = {}): Promise<string[]> =>
      (await get('/api/v1/questionnaires?status=draft', headers))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);
    expect(await ids()).not.toContain(id);
    expect(await ids(editorB.headers)).not.toContain(id);
    expect(await ids(editorA.headers)).toContain(id);
  });

  it('makes it public once active: read, list and export as FHIR without a login', async () => {
    expect(
      (await patch(`/api/v1/questionnaires/${id}`, { status: 'active' }, editorB.headers)).statusCode,
    ).toBe(404);
    const res = await patch(`/api/v1/questionnaires/${id}`, { status: 'active' }, editorA.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('active');

    const detail = await get(`/api/v1/questionnaires/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ id, status: 'active', canManage: false, organisationId: orgA });

    const fhir = await get(`/api/v1/questionnaires/${id}/fhir`);
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    const q = fhir.json();
    expect(q).toMatchObject({ resourceType: 'Questionnaire', id, status: 'active', version: 'visibility' });
    expect(q.item).toEqual(PHQ9.item);
    expect(q.contained).toEqual(PHQ9.contained);
    expect(q.meta.lastUpdated).toBe(detail.json().updatedAt);

    const list = await get(`/api/v1/questionnaires?instrument=phq9&organisationId=${orgA}`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);

    // A resident may read it but not change it.
    expect(
      (await patch(`/api/v1/questionnaires/${id}`, { status: 'retired' }, resident.headers)).statusCode,
    ).toBe(403);
  });

  it('imports its own export again (a round trip), for another organisation', async () => {
    const exported = (await get(`/api/v1/questionnaires/${id}/fhir`)).json();
    const copy = await importOk(
      { organisationId: orgB, questionnaire: exported, scoring: phq9Scoring },
      editorB,
    );
    const again = (await get(`/api/v1/questionnaires/${copy}/fhir`, editorB.headers)).json();
    const { id: _a, meta: _m, ...first } = exported;
    const { id: _b, meta: _n, ...second } = again;
    expect(second).toEqual(first);
  });

  it('retires it: private again', async () => {
    const res = await patch(`/api/v1/questionnaires/${id}`, { status: 'retired' }, admin.headers);
    expect(res.json().status).toBe('retired');
    expect((await get(`/api/v1/questionnaires/${id}`)).statusCode).toBe(404);
    expect((await patch(`/api/v1/questionnaires/${id}`, { status: 'draft' }, admin.headers)).statusCode).toBe(
      400,
    );
  });
});

describe('POST /api/v1/questionnaires/{id}/validate', () => {
  let gad7: string;
  let draft: string;
  beforeAll(async () => {
    gad7 = await importOk({ organisationId: orgA, questionnaire: GAD7, scoring: gad7Scoring });
    const res = await patch(`/api/v1/questionnaires/${gad7}`, { status: 'active' }, editorA.headers);
    expect(res.statusCode).toBe(200);
    draft = await importOk({ organisationId: orgA, questionnaire: withVersion(GAD7, 'draft') });
  });

  const answers = (vals: number[]) => ({
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'http://biodesign.stanford.edu/fhir/questionnaire/GAD-7',
    status: 'in-progress',
    item: [
      {
        linkId: GAD7_GROUP,
        item: vals.map((v, i) => ({
          linkId: GAD7_IDS[i],
          answer: [{ valueCoding: { code: FREQUENCY[v] } }],
        })),
      },
    ],
  });
  const validate = (qid: string, response: unknown, headers: Headers = {}) =>
    post(`/api/v1/questionnaires/${qid}/validate`, { response }, headers);

  it('checks a partial response without a login: what is missing, the screen, the score so far', async () => {
    const res = await validate(gad7, answers([1, 2, 3]), { 'accept-language': 'en' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.enabled).toEqual([GAD7_GROUP, ...GAD7_IDS]);
    expect(body.complete).toBe(false);
    expect(body.errors).toEqual(
      GAD7_IDS.slice(3).map((linkId) => ({ linkId, code: 'required', message: 'Answer this question.' })),
    );
    expect(body.screens).toEqual([{ linkId: GAD7_GROUP, kind: 'group', items: GAD7_IDS, section: [] }]);
    expect(body.score).toMatchObject({ instrument: 'gad7', total: null, missing: ['4', '5', '6', '7'] });
  });

  it('scores a complete response exactly as the scorer does', async () => {
    const vals = [3, 3, 2, 1, 0, 2, 3];
    const res = await validate(gad7, answers(vals));
    expect(res.json()).toMatchObject({ complete: true, errors: [] });
    const direct = await post('/api/v1/instruments/gad7/score', {
      answers: Object.fromEntries(vals.map((v, i) => [String(i + 1), v])),
    });
    expect(res.json().score).toEqual(direct.json());
    expect(res.json().score).toMatchObject({ total: 14, category: 'moderate' });
  });

  it('names the question of a wrong answer, in Dutch by default', async () => {
    const response = answers([0, 0, 0, 0, 0, 0, 0]);
    (response.item[0]!.item[4]!.answer[0] as { valueCoding: { code: string } }).valueCoding.code = 'Often';
    const body = (await validate(gad7, response)).json();
    expect(body.complete).toBe(false);
    expect(body.errors).toEqual([
      { linkId: GAD7_IDS[4], code: 'option', message: 'Kies een van de mogelijkheden.' },
    ]);
    expect(body.score.missing).toEqual(['5']);
  });

  it('refuses a response to another questionnaire and one that is no QuestionnaireResponse', async () => {
    const other = await validate(gad7, {
      ...answers([0]),
      questionnaire: 'http://example.org/Questionnaire/x',
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0].path).toBe('body.response.questionnaire');
    const notOne = await validate(gad7, { resourceType: 'Patient' });
    expect(notOne.statusCode).toBe(400);
    expect(notOne.json().errors[0].path).toBe('body.response.resourceType');
  });

  it('validates a draft only for those who manage it', async () => {
    expect((await validate(draft, answers([0]))).statusCode).toBe(404);
    expect((await validate(draft, answers([0]), editorB.headers)).statusCode).toBe(404);
    const res = await validate(draft, answers([0]), editorA.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().score).toBeUndefined();
  });

  it('writes nothing to the database', async () => {
    const before = await rowCounts();
    for (const vals of [[0], [1, 2, 3], [3, 3, 3, 3, 3, 3, 3]]) {
      expect((await validate(gad7, answers(vals))).statusCode).toBe(200);
      expect((await validate(gad7, answers(vals), resident.headers)).statusCode).toBe(200);
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe('the OpenAPI document', () => {
  it('describes the questionnaire API', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/questionnaires',
        '/api/v1/questionnaires/{id}',
        '/api/v1/questionnaires/{id}/fhir',
        '/api/v1/questionnaires/{id}/validate',
      ]),
    );
  });
});
