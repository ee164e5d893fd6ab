// The Wijkpunt health check through HTTP: the questionnaire, the report with matched offers (no login, not a
// row written anywhere), the coordinators' needs map, saving to and the trend from the resident's own record
// (others refused), anonymous contributions, and the coordinators' figures with small cells suppressed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureMap } from '../../src/modules/social-map/search/test-fixtures.ts';
import { DAY_KEYS } from '../../src/modules/health-check/check/questionnaire-v1.ts';
import {
  HEALTHY,
  responseOf,
  type PlainAnswers,
} from '../../src/modules/health-check/check/test-response.ts';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
type Headers = Record<string, string>;
let resident: Headers;
let residentId: string;
let otherResident: Headers;
let professional: Headers;
let coordinator: Headers;
let nbCode: string;

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
  await makeFixtureMap(t.db);
  const r = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
  residentId = r.id;
  resident = await bearer(t.db, r.id);
  otherResident = await bearer(t.db, (await makePerson(t.db, { role: 'resident' })).id);
  professional = await bearer(
    t.db,
    (await makePerson(t.db, { role: 'professional', organisationId: ids.organisationId })).id,
  );
  coordinator = await bearer(
    t.db,
    (await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId })).id,
  );
  nbCode = (
    await t.db
      .selectFrom('neighbourhood')
      .select('cbs_code')
      .where('id', '=', ids.neighbourhoodId)
      .executeTakeFirstOrThrow()
  ).cbs_code;
});
afterAll(() => t?.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Headers = {}) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(t.db);
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table_name)}`.execute(
      t.db,
    );
    counts[table_name] = Number(r.rows[0]!.n);
  }
  return counts;
}

const lessMovement: PlainAnswers = {
  ...HEALTHY,
  leeftijd: 60,
  ...Object.fromEntries(DAY_KEYS.map((k) => [`bewegen.${k}`, 10])),
};

describe('the questionnaire and the anonymous report', () => {
  it('serves the built-in check, active and public', async () => {
    const res = await call('GET', '/api/v1/health-check/questionnaire');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: '1.0.0', questionnaire: { status: 'active' } });
    const listed = await call('GET', `/api/v1/questionnaires/${res.json().id}`);
    expect(listed.json()).toMatchObject({ organisationId: null, status: 'active' });
  });

  it('gives report, needs and ranked matches with reasons, and stores nothing', async () => {
    const before = await rowCounts();
    const res = await call('POST', '/api/v1/health-check/report', {
      response: responseOf(lessMovement),
      postcode: '3511 AB',
      days: ['TU'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.needs.map((n: { need: string }) => n.need)).toEqual(['move-more']);
    expect(body.report.safety).toBeNull();
    const first = body.matches[0];
    expect(first.name).toBe('Wandelgroep Centrum');
    expect(first.text.nl).toMatch(
      /^omdat u minder beweegt .*; gratis; \d+ m; dinsdagochtend; toegankelijk; past bij uw leeftijd$/,
    );
    expect(first.reasons.map((r: { kind: string }) => r.kind)).toEqual([
      'need',
      'free',
      'distance',
      'day',
      'accessible',
      'age',
    ]);
    expect(first.terms).toEqual(['domein.sport-bewegen.wandelen']);
    // the defunct walking group and the youth swimming (age) are not offered
    const names = body.matches.map((m: { name: string }) => m.name);
    expect(names).not.toContain('Gestopte wandelgroep');
    expect(await rowCounts()).toEqual(before);
  });

  it('says so for under-18s and refuses incomplete answers, naming the item', async () => {
    const young = await call('POST', '/api/v1/health-check/report', {
      response: responseOf({ leeftijd: 16 }),
    });
    expect(young.statusCode).toBe(200);
    expect(young.json()).toMatchObject({ report: { adult: false }, needs: [], matches: [] });
    const partial = await call('POST', '/api/v1/health-check/report', {
      response: responseOf({ ...HEALTHY, slapen: undefined }),
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().errors).toEqual([
      { path: 'body.response.slapen', message: 'Beantwoord deze vraag.' },
    ]);
    const postcode = await call('POST', '/api/v1/health-check/report', {
      response: responseOf(HEALTHY),
      postcode: '0000',
    });
    expect(postcode.json().errors[0].path).toBe('body.postcode');
  });

  it('leads with safety on PHQ-9 item 9', async () => {
    const rest = Object.fromEntries([3, 4, 5, 6, 7, 8].map((i) => [`phq.${i}`, '0']));
    const res = await call('POST', '/api/v1/health-check/report', {
      response: responseOf({ ...HEALTHY, 'phq.1': '2', 'phq.2': '2', ...rest, 'phq.9': '1' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.safety.contacts[0]).toMatchObject({ phone: '0800-0113' });
    expect(res.json().report.adviceCare.frontdesk.path).toBe('/api/v1/frontdesk/questions');
  });
});

describe('the needs map', () => {
  it('is for coordinators: others get 403, an unknown code 400, a change is audited and used', async () => {
    expect((await call('GET', '/api/v1/health-check/needs-map', undefined, resident)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/health-check/needs-map', undefined, professional)).statusCode).toBe(
      403,
    );
    expect((await call('GET', '/api/v1/health-check/needs-map')).statusCode).toBe(401);
    const got = await call('GET', '/api/v1/health-check/needs-map', undefined, coordinator);
    expect(got.json().needs['move-more']).toEqual(['behoefte.meer-bewegen', 'domein.sport-bewegen']);
    const needs = { ...got.json().needs, 'move-more': ['domein.welzijn'] };
    expect((await call('PUT', '/api/v1/health-check/needs-map', { needs }, professional)).statusCode).toBe(
      403,
    );
    const bad = await call(
      'PUT',
      '/api/v1/health-check/needs-map',
      { needs: { ...needs, lonely: ['geen.code'] } },
      coordinator,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.needs.lonely.0');
    const before = await t.db
      .selectFrom('audit_log')
      .select('seq')
      .where('object_type', '=', 'health_check_needs_map')
      .execute();
    const put = await call('PUT', '/api/v1/health-check/needs-map', { needs }, coordinator);
    expect(put.statusCode).toBe(200);
    const after = await t.db
      .selectFrom('audit_log')
      .select('seq')
      .where('object_type', '=', 'health_check_needs_map')
      .execute();
    expect(after.length).toBe(before.length + 1);
    const report = await call('POST', '/api/v1/health-check/report', { response: responseOf(lessMovement) });
    // both now fit "move more"; the free one first
    expect(report.json().matches.map((m: { name: string }) => m.name)).toEqual([
      'Taalcafé',
      'Schuldhulp Spreekuur',
    ]);
    await call('PUT', '/api/v1/health-check/needs-map', { needs: got.json().needs }, coordinator);
  });
});

describe('saving to the own record', () => {
  it('saves the response and one Observation per domain (audited), and gives the trend', async () => {
    const first = await call('POST', '/api/v1/me/health-checks', { response: responseOf(HEALTHY) }, resident);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().domainScores).toEqual({ body: 8, mind: 8, participation: 8, network: 8 });
    const rows = await t.db
      .selectFrom('record_resource')
      .select(['resource_type', 'category'])
      .where('resident_id', '=', residentId)
      .execute();
    expect(
      rows
        .filter((r) => r.category === 'health-checks')
        .map((r) => r.resource_type)
        .sort(),
    ).toEqual(['Observation', 'Observation', 'Observation', 'Observation', 'QuestionnaireResponse']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'basis'])
      .where('subject_id', '=', residentId)
      .where('object_id', '=', first.json().id)
      .execute();
    expect(audit).toEqual([{ action: 'create', basis: 'own_data' }]);
    await call(
      'POST',
      '/api/v1/me/health-checks',
      { response: responseOf({ ...HEALTHY, 'domein.netwerk.cijfer': 3 }) },
      resident,
    );
    const trend = await call('GET', '/api/v1/me/health-checks/trend', undefined, resident);
    expect(trend.statusCode).toBe(200);
    const network = trend.json().domains.find((d: { domain: string }) => d.domain === 'network');
    expect(network.points.map((p: { score: number; light: string }) => [p.score, p.light])).toEqual([
      [8, 'green'],
      [3, 'red'],
    ]);
    // another resident sees only their own (empty) trend
    const other = await call('GET', '/api/v1/me/health-checks/trend', undefined, otherResident);
    expect(other.json().domains.every((d: { points: unknown[] }) => d.points.length === 0)).toBe(true);
  });

  it('refuses anyone who is not the resident: no login 401, a professional or coordinator 403', async () => {
    const body = { response: responseOf(HEALTHY) };
    expect((await call('POST', '/api/v1/me/health-checks', body)).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/me/health-checks', body, professional)).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/me/health-checks', body, coordinator)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/me/health-checks/trend')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/me/health-checks/trend', undefined, professional)).statusCode).toBe(
      403,
    );
  });
});

describe('contributions and figures', () => {
  const contribution = (ageBand: string, mark: number) => ({
    ageBand,
    neighbourhoodCbsCode: nbCode,
    domainScores: { body: mark, mind: mark, participation: mark, network: mark },
  });

  it('stores a contribution with no ids and only the month; refuses a wrong one', async () => {
    const res = await call('POST', '/api/v1/health-check/contributions', contribution('30-44', 8));
    expect(res.statusCode).toBe(204);
    const row = await t.db.selectFrom('health_check_contribution').selectAll().executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual([
      'age_band',
      'body',
      'mind',
      'month',
      'neighbourhood_id',
      'network',
      'participation',
    ]);
    expect(row.month).toMatch(/^\d{4}-\d{2}$/);
    const bad = await call('POST', '/api/v1/health-check/contributions', {
      ...contribution('30-44', 11),
      residentId,
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await call('POST', '/api/v1/health-check/contributions', {
      ...contribution('30-44', 5),
      neighbourhoodCbsCode: 'WK999999',
    });
    expect(unknown.json().errors[0].path).toBe('body.neighbourhoodCbsCode');
  });

  it('shows coordinators cells of 10 or more, hides 1–9 and the total that would give them back', async () => {
    // 30-44: 1 already + 11 more = 12 (10 green, 2 red → lights hidden); 45-64: 10 green; 65-74: 3
    for (let i = 0; i < 9; i++)
      await call('POST', '/api/v1/health-check/contributions', contribution('30-44', 8));
    for (let i = 0; i < 2; i++)
      await call('POST', '/api/v1/health-check/contributions', contribution('30-44', 2));
    for (let i = 0; i < 10; i++)
      await call('POST', '/api/v1/health-check/contributions', contribution('45-64', 7));
    expect((await call('GET', '/api/v1/health-check/figures', undefined, professional)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/health-check/figures', undefined, resident)).statusCode).toBe(403);
    let res = await call('GET', '/api/v1/health-check/figures', undefined, coordinator);
    expect(res.statusCode).toBe(200);
    let nb = res.json().items[0];
    expect(nb.ageBands['30-44'].persons).toBe(12);
    expect(nb.ageBands['30-44'].domains.body).toEqual({ mean: 7, lights: null });
    expect(nb.ageBands['45-64'].domains.body).toEqual({ mean: 7, lights: { green: 10, orange: 0, red: 0 } });
    expect(nb.total.persons).toBe(22);
    expect(nb.total.domains.body.lights).toBeNull();
    for (let i = 0; i < 3; i++)
      await call('POST', '/api/v1/health-check/contributions', contribution('65-74', 5));
    res = await call('GET', '/api/v1/health-check/figures', undefined, coordinator);
    nb = res.json().items[0];
    expect(nb.ageBands['65-74']).toEqual({ persons: null, domains: null });
    expect(nb.total).toEqual({ persons: null, domains: null });
    expect(nb.ageBands['18-29']).toEqual({ persons: 0, domains: null });
  });
});
