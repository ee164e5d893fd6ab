// The public service page's API: one active, published service in a plain shape; contact persons and the
// referral route only for professionals, coordinators and provider editors — not for anonymous visitors
// or residents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, makePerson, makeRegion, type TestApp } from '../support/app.ts';
import { makeFixtureMap, type FixtureMap } from '../../src/modules/social-map/search/test-fixtures.ts';
import type { PublicService } from '../../src/modules/social-map/public/schema.ts';

let t: TestApp;
let map: FixtureMap;
let unpublished: string;
const headers: Record<'professional' | 'coordinator' | 'provider' | 'resident', Record<string, string>> = {
  professional: {},
  coordinator: {},
  provider: {},
  resident: {},
};

beforeAll(async () => {
  t = await createTestApp();
  map = await makeFixtureMap(t.db);
  unpublished = (
    await t.db
      .insertInto('sm_service')
      .values({
        name: 'Nieuwe beweegles (concept)',
        organization_id: map.organizations.welzijn,
        published: false,
        assured_date: '2026-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  // Ten weekly sessions to come: the page lists the next eight.
  const day = 7 * 24 * 3600 * 1000;
  await t.db
    .insertInto('sm_session')
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        service_id: map.services.wandelgroep,
        location_id: map.locations.centrum,
        starts_at: new Date(Date.now() + (i + 1) * day),
        capacity: 12,
        places_taken: i === 0 ? 12 : 3,
        waiting_list: i === 0,
      })),
    )
    .execute();
  const { organisationId, neighbourhoodId } = await makeRegion(t.db);
  const people = {
    professional: await makePerson(t.db, { role: 'professional', organisationId }),
    coordinator: await makePerson(t.db, { role: 'coordinator', neighbourhoodId }),
    provider: await makePerson(t.db, { role: 'provider_editor', organisationId }),
    resident: await makePerson(t.db, { role: 'resident', neighbourhoodId }),
  };
  for (const [k, p] of Object.entries(people))
    headers[k as keyof typeof headers] = (await login(t.app, p)).headers;
});
afterAll(() => t?.close());

const get = (id: string, h: Record<string, string> = {}, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/social-map/services/${id}${query}`, headers: h });

describe('GET /api/v1/social-map/services/:id', () => {
  it('gives a published service with its place, hours, sessions, costs, terms and freshness', async () => {
    const res = await get(map.services.wandelgroep);
    expect(res.statusCode).toBe(200);
    const s = res.json<PublicService>();
    expect(s.name).toBe('Wandelgroep Centrum');
    expect(s.summary).toBe('Elke dinsdag samen wandelen door de wijk.');
    expect(s.description).toBe('Een wandeling van een uur met koffie na afloop.');
    expect(s.organization).toMatchObject({
      name: 'Welzijn Centrum',
      website: 'https://example.nl',
      email: 'info@example.nl',
      phones: [{ number: '030 000 0000' }],
    });
    expect(s.locations).toEqual([
      expect.objectContaining({
        name: 'Buurthuis Centrum',
        latitude: 52.0907,
        longitude: 5.1214,
        distance_km: null,
        address: { address_1: 'Oudegracht 1', address_2: null, postal_code: '3511 AB', city: 'Utrecht' },
        accessibility: [{ description: 'Rolstoeltoegankelijk', details: 'Drempelvrij, lift' }],
      }),
    ]);
    expect(s.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', days: ['TU'], opens_at: '10:00', closes_at: '11:00' }),
    ]);
    expect(s.costs).toMatchObject({ free: true, financing_route: 'free' });
    expect(s.costs.options).toEqual([
      { option: 'Koffie', amount: 0, currency: 'EUR', amount_description: null },
    ]);
    expect(s.domains.map((d) => d.code)).toEqual(['domein.sport-bewegen.wandelen']);
    expect(s.target_groups).toEqual([{ code: 'doelgroep.ouderen', name: 'Ouderen' }]);
    expect(s.languages).toEqual(['Arabisch']);
    expect(s.minimum_age).toBe(55);
    expect(s.wor_eligible).toBe(true);
    expect(s.bor_eligible).toBe(true);
    expect(s.freshness.assured_date).toBe('2026-01-10');
    expect(typeof s.freshness.stale).toBe('boolean');
    // Past sessions are left out; the next eight, soonest first, with the places left.
    expect(s.sessions).toHaveLength(8);
    const starts = s.sessions.map((x) => x.starts_at);
    expect(starts).toEqual([...starts].sort());
    for (const x of starts) expect(new Date(x).getTime()).toBeGreaterThan(Date.now());
    expect(s.sessions[0]).toMatchObject({ capacity: 12, places_left: 0, waiting_list: true });
    expect(s.sessions[1]).toMatchObject({ capacity: 12, places_left: 9, waiting_list: false });
  });

  it('gives the distance to each location from a postcode, and names a postcode it does not know', async () => {
    const near = (await get(map.services.fysio, {}, '?postcode=3511%20AB')).json<PublicService>();
    expect(near.locations[0]?.distance_km).toBeGreaterThan(2);
    expect(near.locations[0]?.distance_km).toBeLessThan(5);
    const bad = await get(map.services.fysio, {}, '?postcode=0000');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('query.postcode');
  });

  it('reads schedules at a location and flags an entry not checked in time', async () => {
    const fysio = (await get(map.services.fysio)).json<PublicService>();
    expect(fysio.schedules[0]?.days).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
    const taalcafe = (await get(map.services.taalcafe)).json<PublicService>();
    expect(taalcafe.freshness.stale).toBe(true);
    expect(taalcafe.freshness.months_since_checked).toBeGreaterThanOrEqual(15);
  });

  it('answers 404 for an unpublished, a defunct and an unknown service', async () => {
    expect((await get(unpublished)).statusCode).toBe(404);
    expect((await get(map.services.gestopt)).statusCode).toBe(404);
    expect((await get('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    // Not even a professional sees what is not public.
    expect((await get(unpublished, headers.professional)).statusCode).toBe(404);
  });

  it('answers 400 naming the field for an id that is no uuid', async () => {
    const res = await get('wandelgroep');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['params.id']);
  });
});

describe('the professional block', () => {
  it('is there for a professional, a coordinator and a provider editor: contacts and referral route', async () => {
    for (const who of ['professional', 'coordinator', 'provider'] as const) {
      const s = (await get(map.services.schulden, headers[who])).json<PublicService>();
      expect(s.professional, who).toEqual({
        contacts: [
          {
            name: 'Fatima',
            title: 'Schuldhulpmaatje',
            department: null,
            email: 'schuld@example.nl',
            phones: [],
          },
        ],
        referral: {
          application_process: null,
          eligibility_description: null,
          required_documents: ['Overzicht van schulden'],
          wait_time: null,
          wor_eligible: false,
          bor_eligible: false,
        },
      });
    }
  });

  it('is not there for an anonymous visitor or a resident', async () => {
    const anonymous = await get(map.services.schulden);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json<PublicService>().professional).toBeUndefined();
    expect(anonymous.body).not.toContain('Fatima');
    const resident = await get(map.services.schulden, headers.resident);
    expect(resident.statusCode).toBe(200);
    expect(resident.json<PublicService>().professional).toBeUndefined();
    expect(resident.body).not.toContain('schuld@example.nl');
  });

  it('appears in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>;
    }>();
    const path = doc.paths['/api/v1/social-map/services/{id}'];
    expect(JSON.stringify(path?.get?.responses?.['200'])).toContain('professional');
  });
});
