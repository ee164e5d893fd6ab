// POST /api/v1/instruments/{code}/score: every instrument scored over HTTP without a login, 404 for an
// unknown code, 400 naming the wrong item, and not a row written anywhere.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const score = (code: string, body: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/instruments/${code}/score`,
    payload: body as object,
    headers,
  });

/** Rows per table of the whole schema, to show that scoring stores nothing. */
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

// One complete answer per instrument, with what the manual says it scores.
const CASES: [code: string, answers: Record<string, unknown>, expected: Record<string, unknown>][] = [
  [
    'gfi',
    {
      '1': 'independent',
      '2': 'dependent',
      '3': 'independent',
      '4': 'independent',
      '5': 6,
      '6': 'no',
      '7': 'yes',
      '8': 'no',
      '9': 'no',
      '10': 'sometimes',
      '11': 'sometimes',
      '12': 'no',
      '13': 'no',
      '14': 'no',
      '15': 'no',
    },
    { total: 4, category: 'frail', subscales: {} },
  ],
  [
    'tfi',
    {
      '1': 'no',
      '2': 'no',
      '3': 'yes',
      '4': 'no',
      '5': 'no',
      '6': 'no',
      '7': 'no',
      '8': 'no',
      '9': 'sometimes',
      '10': 'sometimes',
      '11': 'no',
      '12': 'yes',
      '13': 'yes',
      '14': 'no',
      '15': 'yes',
    },
    { total: 4, category: 'not-frail', subscales: { physical: 2, psychological: 1, social: 1 } },
  ],
  [
    'swemwbs',
    { '1': 3, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3, '7': 3 },
    { total: 19.25, category: null, subscales: { raw: 21 } },
  ],
  [
    'wemwbs',
    Object.fromEntries(Array.from({ length: 14 }, (_, i) => [String(i + 1), 4])),
    { total: 56, category: null },
  ],
  [
    'ons4',
    { '1': 8, '2': 9, '3': 4, '4': 6 },
    {
      total: null,
      subscales: { '1': 8, '2': 9, '3': 4, '4': 6 },
      bands: { '1': 'high', '2': 'very-high', '3': 'low', '4': 'high' },
    },
  ],
  [
    'phq9',
    { '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 0, '9': 1, '10': 1 },
    { total: 10, category: 'moderate', flags: ['item9'] },
  ],
  ['phq2', { '1': 1, '2': 1 }, { total: 2, category: 'negative' }],
  ['gad7', { '1': 3, '2': 3, '3': 3, '4': 3, '5': 2, '6': 1, '7': 0 }, { total: 15, category: 'severe' }],
  ['gad2', { '1': 2, '2': 1 }, { total: 3, category: 'positive' }],
  [
    'eq5d5l-nl',
    { MO: 1, SC: 1, UA: 1, PD: 1, AD: 3, VAS: 65 },
    { total: 0.808, category: null, subscales: { vas: 65 } },
  ],
  [
    'djg6',
    { '1': 'more-or-less', '2': 'no', '3': 'no', '4': 'yes', '5': 'more-or-less', '6': 'no' },
    {
      total: 3,
      category: 'moderately-lonely',
      subscales: { emotional: 1, social: 2 },
      bands: { emotional: 'lonely', social: 'lonely' },
    },
  ],
  [
    'beweegrichtlijn',
    { age: 67, minutesPerDay: [45, 0, 45, 0, 45, 0, 30], strengthDays: 2 },
    { total: null, category: 'meets', subscales: { minutesPerWeek: 165, activeDays: 4 } },
  ],
  [
    'alcohol',
    { sex: 'female', glassesPerDay: [0, 0, 0, 1, 2, 4, 1] },
    { total: 8, category: 'above-guideline', flags: ['heavy'] },
  ],
  ['bmi', { weightKg: 81, heightCm: 180 }, { total: 25, category: 'overweight' }],
  ['smoking', { status: 'daily', cigarettesPerDay: 20 }, { total: null, category: 'heavy-smoker' }],
];

describe('POST /api/v1/instruments/{code}/score', () => {
  it.each(CASES)('scores a complete %s without a login', async (code, answers, expected) => {
    const res = await score(code, { answers });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['bands', 'category', 'flags', 'instrument', 'missing', 'subscales', 'total'].sort(),
    );
    expect(body).toMatchObject({ instrument: code, missing: [], ...expected });
    if (!('flags' in expected)) expect(body.flags).toEqual([]);
  });

  it('reports missing items rather than refusing them', async () => {
    const res = await score('gfi', {
      answers: { '1': 'dependent', '2': 'dependent', '14': 'yes', '15': null },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      total: null,
      category: null,
      subscales: { minimumTotal: 3 },
      missing: ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '15'],
    });
    expect((await score('phq9', { answers: { '9': 1 } })).json()).toMatchObject({
      total: null,
      flags: ['item9'],
    });
  });

  it('answers an unknown code with 404 problem+json', async () => {
    const res = await score('phq-9', { answers: {} }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found', title: 'Not found.' });
  });

  it('answers a wrong value with 400 problem+json naming the item, in the caller’s language', async () => {
    const en = await score('gfi', { answers: { '5': 11, '10': 'maybe' } }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.headers['content-type']).toContain('application/problem+json');
    expect(en.json()).toMatchObject({ status: 400, code: 'validation_failed' });
    // In the manual's order of the items.
    expect(en.json().errors).toEqual([
      { path: 'body.answers.5', message: 'Give a whole number from 0 to 10.' },
      { path: 'body.answers.10', message: 'Choose one of: yes, sometimes, no.' },
    ]);
    const nl = await score('phq9', { answers: { '3': 4 } }, { 'accept-language': 'nl' });
    expect(nl.statusCode).toBe(400);
    expect(nl.json().errors).toEqual([
      { path: 'body.answers.3', message: 'Geef een heel getal van 0 tot en met 3.' },
    ]);
  });

  it('names an unknown item id and the wrong day of a week', async () => {
    const stray = await score('phq2', { answers: { '1': 0, '2': 0, '3': 0 } });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.answers.3']);
    const day = await score('beweegrichtlijn', {
      answers: { age: 30, minutesPerDay: [0, 0, 0, 0, 0, 0, 'lots'], strengthDays: 1 },
    });
    expect(day.statusCode).toBe(400);
    expect(day.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.answers.minutesPerDay.6']);
  });

  it('refuses a body without answers', async () => {
    const res = await score('phq2', { '1': 0, '2': 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('body.answers');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/instruments/{code}/score'].post).toBeDefined();
  });

  it('writes nothing to the database, anonymous or logged in', async () => {
    const { neighbourhoodId } = await makeRegion(t.db);
    const resident = await login(t.app, await makePerson(t.db, { role: 'resident', neighbourhoodId }));
    const before = await rowCounts();
    expect(before.audit_log).toBeGreaterThan(0); // the login above was logged: the count can move
    for (const [code, answers] of CASES) {
      expect((await score(code, { answers })).statusCode).toBe(200);
      expect((await score(code, { answers }, resident.headers)).statusCode).toBe(200);
    }
    expect((await score('gfi', { answers: { '5': 11 } }, resident.headers)).statusCode).toBe(400);
    expect((await score('nope', { answers: {} }, resident.headers)).statusCode).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });
});
