// Each role sees only its navigation and its API; people's data is for administrators only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Discipline, Role } from '../../src/server/db/schema.ts';
import { bearer, createTestApp, login, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
});
afterAll(() => t.close());

async function sessionFor(role: Role) {
  const p = await makePerson(t.db, {
    role,
    ...(['professional', 'provider_editor', 'funder'].includes(role) && {
      organisationId: ids.organisationId,
    }),
    ...(['coordinator', 'resident'].includes(role) && { neighbourhoodId: ids.neighbourhoodId }),
  });
  return { person: p, session: await login(t.app, p) };
}

const EXPECTED_NAV: Record<Role, string[]> = {
  resident: [
    'home',
    'ask-question',
    'record',
    'health-check',
    'consents',
    'referrals',
    'map',
    'messages',
    'my-data',
    'profile',
    'access-log',
  ],
  professional: [
    'home',
    'shared-records',
    'referrals',
    'wmo-advice',
    'organisation',
    'map',
    'messages',
    'profile',
    'access-log',
  ],
  provider_editor: [
    'home',
    'organisation',
    'map',
    'map.entries',
    'questionnaires.manage',
    'messages',
    'profile',
    'access-log',
  ],
  coordinator: [
    'home',
    'neighbourhoods',
    'emergency-accesses',
    'referral-figures',
    'health-check-figures',
    'health-check-needs-map',
    'map',
    'map.entries',
    'map.worklist',
    'map.import',
    'map.duplicates',
    'map.sources',
    'messages',
    'profile',
    'access-log',
  ],
  funder: ['home', 'region', 'map', 'messages', 'profile', 'access-log'],
  administrator: [
    'home',
    'health-check-needs-map',
    'map',
    'map.import',
    'map.duplicates',
    'map.sources',
    'questionnaires.manage',
    'admin.neighbourhoods',
    'admin.organisations',
    'admin.people',
    'admin.outbox',
    'messages',
    'profile',
    'access-log',
  ],
};

describe('navigation follows roles', () => {
  for (const [role, keys] of Object.entries(EXPECTED_NAV) as [Role, string[]][]) {
    it(`${role} sees exactly its navigation`, async () => {
      const { session } = await sessionFor(role);
      const me = await t.app.inject({ url: '/api/v1/me', headers: session.headers });
      expect(me.json().navigation.map((n: { key: string }) => n.key)).toEqual(keys);
    });
  }

  it('a person with two roles sees both', async () => {
    const p = await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId });
    await t.db
      .insertInto('membership')
      .values({
        person_id: p.id,
        role: 'professional',
        discipline: 'welfare_coach',
        organisation_id: ids.organisationId,
      })
      .execute();
    const s = await login(t.app, p);
    const me = (await t.app.inject({ url: '/api/v1/me', headers: s.headers })).json();
    expect(me.roles.sort()).toEqual(['coordinator', 'professional']);
    expect(me.navigation.map((n: { key: string }) => n.key)).toEqual([
      'home',
      'shared-records',
      'referrals',
      'neighbourhoods',
      'emergency-accesses',
      'referral-figures',
      'health-check-figures',
      'health-check-needs-map',
      'organisation',
      'map',
      'map.entries',
      'map.worklist',
      'map.import',
      'map.duplicates',
      'map.sources',
      'messages',
      'profile',
      'access-log',
    ]);
  });

  it('a Wmo consultant finds the Wmo reports, a GP the Wmo advice, another professional neither', async () => {
    const keysOf = async (discipline: Discipline) => {
      const p = await makePerson(t.db, {
        role: 'professional',
        discipline,
        organisationId: ids.organisationId,
      });
      // A token, not a login: this file's logins already come close to the login rate limit.
      const me = await t.app.inject({ url: '/api/v1/me', headers: await bearer(t.db, p.id) });
      return me.json<{ navigation: { key: string }[] }>().navigation.map((n) => n.key);
    };
    const consultant = await keysOf('wmo_consultant');
    expect(consultant).toContain('wmo-cases');
    expect(consultant).not.toContain('wmo-advice');
    const gp = await keysOf('gp');
    expect(gp).toContain('wmo-advice');
    expect(gp).not.toContain('wmo-cases');
    const coach = await keysOf('welfare_coach');
    expect(coach.filter((k) => k.startsWith('wmo-'))).toEqual([]);
  });

  it('a member of a front-desk team also finds the front-desk queue, whatever the role', async () => {
    const { person, session } = await sessionFor('professional');
    const keys = async (): Promise<string[]> => {
      const me = await t.app.inject({ url: '/api/v1/me', headers: session.headers });
      return me.json<{ navigation: { key: string }[] }>().navigation.map((n) => n.key);
    };
    expect(await keys()).not.toContain('frontdesk-queue');
    const team = await t.db
      .insertInto('team')
      .values({
        organisation_id: ids.organisationId,
        neighbourhood_id: ids.neighbourhoodId,
        stream: 'care',
        name: 'Zorgteam',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('team_member').values({ team_id: team.id, person_id: person.id }).execute();
    const after = await keys();
    expect(after.slice(0, 3)).toEqual(['home', 'frontdesk-queue', 'shared-records']);
    expect(after).not.toContain('ask-question');
  });
});

const SOMEONE = '00000000-0000-4000-8000-000000000001';

describe('administration API is for administrators only', () => {
  const adminOnly = [
    { method: 'GET', url: '/api/v1/people' },
    { method: 'GET', url: '/api/v1/admin/outbox' },
    { method: 'POST', url: '/api/v1/regions', payload: { name: 'X' } },
    { method: 'POST', url: '/api/v1/people', payload: { name: 'X', email: 'x@test.nl' } },
    { method: 'PATCH', url: `/api/v1/people/${SOMEONE}`, payload: { name: 'X' } },
    { method: 'POST', url: `/api/v1/people/${SOMEONE}/memberships`, payload: { role: 'administrator' } },
    { method: 'DELETE', url: `/api/v1/people/${SOMEONE}/memberships/${SOMEONE}` },
    { method: 'PATCH', url: `/api/v1/neighbourhoods/${SOMEONE}`, payload: { name: 'X' } },
    { method: 'PATCH', url: `/api/v1/organisations/${SOMEONE}`, payload: { name: 'X' } },
  ] as const;

  for (const role of ['resident', 'professional', 'provider_editor', 'coordinator', 'funder'] as Role[]) {
    it(`${role} is refused`, async () => {
      const { session } = await sessionFor(role);
      for (const r of adminOnly) {
        const res = await t.app.inject({
          method: r.method,
          url: r.url,
          headers: session.headers,
          ...('payload' in r && { payload: r.payload }),
        });
        expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBe(403);
        expect(res.json()).toMatchObject({ code: 'forbidden' });
      }
      const person = await t.app.inject({
        url: '/api/v1/people/00000000-0000-4000-8000-000000000000',
        headers: session.headers,
      });
      expect(person.statusCode).toBe(403);
    });
  }

  it('someone not logged in gets 401 for any of it', async () => {
    for (const url of [
      '/api/v1/me',
      '/api/v1/me/tokens',
      '/api/v1/people',
      '/api/v1/neighbourhoods',
      '/api/v1/me/access-log',
      '/api/v1/admin/outbox',
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it("a resident cannot read another person's account; an administrator can, and unknown ids are 404", async () => {
    const { person: other } = await sessionFor('resident');
    const { session: resident } = await sessionFor('resident');
    expect(
      (await t.app.inject({ url: `/api/v1/people/${other.id}`, headers: resident.headers })).statusCode,
    ).toBe(403);
    const { session: admin } = await sessionFor('administrator');
    const ok = await t.app.inject({ url: `/api/v1/people/${other.id}`, headers: admin.headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: other.id, email: other.email, roles: ['resident'] });
    const missing = await t.app.inject({
      url: '/api/v1/people/00000000-0000-4000-8000-000000000000',
      headers: admin.headers,
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('administrators manage tenancy', () => {
  it('creates a neighbourhood, an organisation serving it, a person and a membership', async () => {
    const { session } = await sessionFor('administrator');
    const h = session.headers;
    const n = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighbourhoods',
      headers: h,
      payload: {
        regionId: ids.regionId,
        cbsCode: 'wk099901',
        name: 'Nieuwe Wijk',
        municipalityCode: 'GM0999',
        population: 15000,
      },
    });
    expect(n.statusCode).toBe(201);
    expect(n.json()).toMatchObject({ cbsCode: 'WK099901', population: 15000 });
    const o = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: h,
      payload: {
        regionId: ids.regionId,
        name: 'Welzijn Nieuw',
        type: 'welfare',
        kvkNumber: '12345678',
        neighbourhoodIds: [n.json().id],
      },
    });
    expect(o.statusCode).toBe(201);
    const detail = await t.app.inject({ url: `/api/v1/neighbourhoods/${n.json().id}`, headers: h });
    expect(detail.json().organisations).toEqual([
      { id: o.json().id, name: 'Welzijn Nieuw', type: 'welfare' },
    ]);

    const p = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: h,
      payload: { name: 'Kees', email: 'kees@test.wijkpunt.nl', password: 'lang genoeg wachtwoord' },
    });
    expect(p.statusCode).toBe(201);
    const m = await t.app.inject({
      method: 'POST',
      url: `/api/v1/people/${p.json().id}/memberships`,
      headers: h,
      payload: { role: 'professional', discipline: 'welfare_coach', organisationId: o.json().id },
    });
    expect(m.statusCode).toBe(201);
    const kees = await login(t.app, { email: 'kees@test.wijkpunt.nl', password: 'lang genoeg wachtwoord' });
    const me = (await t.app.inject({ url: '/api/v1/me', headers: kees.headers })).json();
    expect(me.memberships).toEqual([
      {
        id: m.json().id,
        role: 'professional',
        discipline: 'welfare_coach',
        organisation: { id: o.json().id, name: 'Welzijn Nieuw' },
        neighbourhood: null,
      },
    ]);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/people/${p.json().id}/memberships/${m.json().id}`,
      headers: h,
    });
    expect(del.statusCode).toBe(204);
  });

  it('names the failing field in Dutch or English, and stores nothing on bad input', async () => {
    const { session } = await sessionFor('administrator');
    const before = await t.db.selectFrom('neighbourhood').select('id').execute();
    const payload = {
      regionId: ids.regionId,
      cbsCode: 'X1',
      name: '',
      municipalityCode: 'GM0344',
      population: -5,
    };
    const nl = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighbourhoods',
      headers: session.headers,
      payload,
    });
    expect(nl.statusCode).toBe(400);
    expect(nl.headers['content-type']).toContain('application/problem+json');
    const body = nl.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.cbsCode',
      'body.name',
      'body.population',
    ]);
    expect(body.errors.find((e: { path: string }) => e.path === 'body.cbsCode').message).toContain(
      'WK gevolgd door 6 cijfers',
    );
    expect(body.errors.find((e: { path: string }) => e.path === 'body.name').message).toBe(
      'Vul dit veld in.',
    );
    expect(body.errors.find((e: { path: string }) => e.path === 'body.population').message).toBe(
      'Het getal moet 0 of meer zijn.',
    );
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighbourhoods',
      headers: { ...session.headers, 'accept-language': 'en-GB,en;q=0.9' },
      payload,
    });
    expect(en.json().title).toBe('Some of the data is not filled in correctly.');
    expect(en.json().errors.find((e: { path: string }) => e.path === 'body.cbsCode').message).toContain(
      'WK followed by 6 digits',
    );
    expect(await t.db.selectFrom('neighbourhood').select('id').execute()).toHaveLength(before.length);
  });

  it('answers a duplicate with 409 and a membership without its organisation with 400 naming the field', async () => {
    const { session } = await sessionFor('administrator');
    const existing = await t.db.selectFrom('neighbourhood').select('cbs_code').executeTakeFirstOrThrow();
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighbourhoods',
      headers: session.headers,
      payload: {
        regionId: ids.regionId,
        cbsCode: existing.cbs_code,
        name: 'Dubbel',
        municipalityCode: 'GM0344',
        population: 1,
      },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors).toEqual([
      { path: 'body.cbsCode', message: 'Er is al een wijk met deze CBS-code.' },
    ]);
    const p = await makePerson(t.db);
    const m = await t.app.inject({
      method: 'POST',
      url: `/api/v1/people/${p.id}/memberships`,
      headers: session.headers,
      payload: { role: 'professional', discipline: 'gp' },
    });
    expect(m.statusCode).toBe(400);
    expect(m.json().errors).toEqual([
      { path: 'body.organisationId', message: 'Dit veld is verplicht voor deze rol.' },
    ]);
  });
});
