// Social map search: Dutch full text (stemming, accents, typos), every filter, facets, distance, paging,
// freshness and places left — on the service with a fixed clock, and through the public HTTP endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { seedSocialMapDemo } from '../../src/modules/social-map/demo/seed.ts';
import { searchServices, type SearchOptions } from '../../src/modules/social-map/search/service.ts';
import {
  FIXTURE_NOW,
  UTRECHT,
  makeFixtureMap,
  type FixtureMap,
} from '../../src/modules/social-map/search/test-fixtures.ts';

let t: TestApp;
let map: FixtureMap;
const timings: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  map = await makeFixtureMap(t.db);
});
afterAll(async () => {
  // Observed query times (no assertions): printed for the notes.
  console.info(`search timings: ${timings.join(', ')}`);
  await t?.close();
});

async function search(
  o: Omit<SearchOptions, 'db' | 'page' | 'perPage'> & { page?: number; perPage?: number },
) {
  const started = performance.now();
  const r = await searchServices({ db: t.db, page: 1, perPage: 50, now: FIXTURE_NOW, ...o });
  timings.push(`${Math.round(performance.now() - started)}ms`);
  return r;
}
const names = (r: { items: { name: string }[] }) => r.items.map((i) => i.name).sort();

describe('text', () => {
  it('stems Dutch: "wandelen" finds the walking group', async () => {
    expect(names(await search({ text: 'wandelen' }))).toEqual(['Wandelgroep Centrum']);
  });
  it('ignores accents: "cafe" finds Taalcafé, and so does "taalcafe"', async () => {
    expect(names(await search({ text: 'cafe' }))).toEqual(['Taalcafé']);
    expect(names(await search({ text: 'taalcafe' }))).toEqual(['Taalcafé']);
  });
  it('tolerates typos: "wandelgroap" and "fysioterapie"', async () => {
    expect(names(await search({ text: 'wandelgroap' }))).toContain('Wandelgroep Centrum');
    expect(names(await search({ text: 'fysioterapie' }))).toEqual(['Fysiotherapie Overvecht']);
  });
  it('searches the description and summary, and finds nothing for nonsense', async () => {
    expect(names(await search({ text: 'geldzorgen' }))).toEqual(['Schuldhulp Spreekuur']);
    expect(names(await search({ text: 'koffie' }))).toEqual(['Taalcafé', 'Wandelgroep Centrum']);
    expect((await search({ text: 'xylofoonreparatie' })).total).toBe(0);
  });
  it('ranks a name match above a description match', async () => {
    const r = await search({ text: 'schulden' });
    expect(r.items[0]?.name).toBe('Schuldhulp Spreekuur');
  });
  it('follows a change of name or description (the stored document of migration 0006)', async () => {
    await t.db
      .updateTable('sm_service')
      .set({ name: 'Beweegmaatjes Centrum', description: 'Samen fietsen.' })
      .where('id', '=', map.services.wandelgroep)
      .execute();
    try {
      expect(names(await search({ text: 'fietsen' }))).toEqual(['Beweegmaatjes Centrum']);
      expect(names(await search({ text: 'beweegmaatjes' }))).toEqual(['Beweegmaatjes Centrum']);
      expect(names(await search({ text: 'wandelgroep' }))).toEqual([]);
    } finally {
      const original = await t.db
        .updateTable('sm_service')
        .set({
          name: 'Wandelgroep Centrum',
          description: 'Een wandeling van een uur met koffie na afloop.',
        })
        .where('id', '=', map.services.wandelgroep)
        .returning('id')
        .execute();
      expect(original).toHaveLength(1);
    }
    expect(names(await search({ text: 'wandelgroep' }))).toEqual(['Wandelgroep Centrum']);
  });
  it('leaves out services that are not active', async () => {
    expect(names(await search({ text: 'wandelclub' }))).toEqual([]);
    expect((await search({})).total).toBe(5);
  });
});

describe('filters', () => {
  it('taxonomy term (with sub-terms), domain by code or id, target group', async () => {
    expect(names(await search({ taxonomyTermIds: [map.terms.sport] }))).toEqual([
      'Fysiotherapie Overvecht',
      'Wandelgroep Centrum',
      'Zwemles voor jongeren',
    ]);
    expect(names(await search({ taxonomyTermIds: [map.terms.wandelen, map.terms.welzijn] }))).toEqual([
      'Schuldhulp Spreekuur',
      'Taalcafé',
      'Wandelgroep Centrum',
    ]);
    expect((await search({ domain: 'domein.sport-bewegen' })).total).toBe(3);
    expect((await search({ domain: map.terms.welzijn })).total).toBe(2);
    expect(names(await search({ targetGroup: 'doelgroep.ouderen' }))).toEqual(['Wandelgroep Centrum']);
    expect((await search({ taxonomyId: map.taxonomyId })).total).toBe(5);
  });
  it('age, free, financing route, WoR, BoR', async () => {
    expect(names(await search({ age: 10 }))).toEqual([
      'Fysiotherapie Overvecht',
      'Schuldhulp Spreekuur',
      'Taalcafé',
      'Zwemles voor jongeren',
    ]);
    expect(names(await search({ age: 70 }))).not.toContain('Zwemles voor jongeren');
    expect(names(await search({ free: true }))).toEqual(['Taalcafé', 'Wandelgroep Centrum']);
    expect((await search({ free: false })).total).toBe(3);
    expect(names(await search({ financingRoute: 'wmo' }))).toEqual(['Schuldhulp Spreekuur']);
    expect(names(await search({ wor: true }))).toEqual(['Taalcafé', 'Wandelgroep Centrum']);
    expect(names(await search({ bor: true }))).toEqual(['Wandelgroep Centrum']);
  });
  it('open on a day and part of the day (schedules and sessions)', async () => {
    expect(names(await search({ openOn: { day: 'TU', part: 'morning' } }))).toEqual([
      'Fysiotherapie Overvecht',
      'Wandelgroep Centrum',
    ]);
    expect(names(await search({ openOn: { day: 'FR', part: 'evening' } }))).toEqual(['Taalcafé']);
    // Only a session on Saturday 14:00 Amsterdam time.
    expect(names(await search({ openOn: { day: 'SA', part: 'afternoon' } }))).toEqual([
      'Zwemles voor jongeren',
    ]);
    expect((await search({ openOn: { day: 'SU' } })).total).toBe(0);
  });
  it('language, accessibility, neighbourhood (CBS codes nest)', async () => {
    expect(names(await search({ language: 'tr' }))).toEqual(['Schuldhulp Spreekuur']);
    // Arabic is spoken at the location of three services.
    expect((await search({ language: 'Arabisch' })).total).toBe(3);
    expect((await search({ accessibility: true })).total).toBe(3);
    expect(names(await search({ accessibility: false }))).toEqual([
      'Fysiotherapie Overvecht',
      'Zwemles voor jongeren',
    ]);
    expect(names(await search({ neighbourhood: 'WK034401' }))).toEqual(['Taalcafé', 'Wandelgroep Centrum']);
    expect(names(await search({ neighbourhood: 'BU03440201' }))).toEqual([
      'Fysiotherapie Overvecht',
      'Taalcafé',
    ]);
    expect((await search({ neighbourhood: 'GM0344' })).total).toBe(3);
    expect((await search({ neighbourhood: 'GM0363' })).total).toBe(0);
  });
  it('places left in a future session', async () => {
    expect(names(await search({ hasPlacesLeft: true }))).toEqual(['Wandelgroep Centrum']);
    expect(names(await search({ hasPlacesLeft: false }))).not.toContain('Wandelgroep Centrum');
  });
  it('organization and modified after', async () => {
    expect((await search({ organizationId: map.organizations.sportclub })).total).toBe(2);
    expect((await search({ modifiedAfter: new Date('2026-02-01') })).total).toBe(0);
    expect((await search({ modifiedAfter: new Date('2026-01-01') })).total).toBe(5);
  });
});

describe('distance, sorting, paging, facets, result fields', () => {
  it('sorts by distance from a point, and filters by radius', async () => {
    const r = await search({ near: UTRECHT, sort: 'distance' });
    expect(r.items.map((i) => i.name).slice(-2)).toEqual([
      'Fysiotherapie Overvecht',
      'Zwemles voor jongeren',
    ]);
    expect(r.items[0]?.distance_km).toBe(0);
    expect(r.items.at(-1)!.distance_km).toBeGreaterThan(18);
    expect(r.items.at(-1)!.distance_km).toBeLessThan(22);
    const near = await search({ near: UTRECHT, radiusKm: 5 });
    expect(near.total).toBe(4);
    expect(names(await search({ near: UTRECHT, radiusKm: 1 }))).toEqual([
      'Schuldhulp Spreekuur',
      'Taalcafé',
      'Wandelgroep Centrum',
    ]);
  });
  it('pages through the results sorted by name', async () => {
    const p1 = await search({ sort: 'name', perPage: 2, page: 1 });
    const p3 = await search({ sort: 'name', perPage: 2, page: 3 });
    const p4 = await search({ sort: 'name', perPage: 2, page: 4 });
    expect(p1.total).toBe(5);
    expect(p1.items.map((i) => i.name)).toEqual(['Fysiotherapie Overvecht', 'Schuldhulp Spreekuur']);
    expect(p3.items.map((i) => i.name)).toEqual(['Zwemles voor jongeren']);
    expect(p4.items).toEqual([]);
    expect(p4.total).toBe(5);
  });
  it('counts facets over the filtered set, largest first', async () => {
    const all = await search({});
    expect(all.facets.domains.map((d) => [d.code, d.count])).toEqual([
      ['domein.sport-bewegen', 3],
      ['domein.welzijn', 2],
    ]);
    expect(all.facets.targetGroups.map((d) => [d.code, d.count]).sort()).toEqual([
      ['doelgroep.jongeren', 1],
      ['doelgroep.ouderen', 1],
    ]);
    expect(all.facets.financingRoutes[0]).toMatchObject({ code: 'free', count: 2 });
    expect(all.facets.neighbourhoods.map((n) => n.code).sort()).toEqual(['GM0344', 'WK034401', 'WK034402']);
    const free = await search({ free: true });
    expect(free.facets.domains.map((d) => [d.code, d.count])).toEqual([
      ['domein.sport-bewegen', 1],
      ['domein.welzijn', 1],
    ]);
    expect(free.facets.financingRoutes).toEqual([{ id: null, code: 'free', name: 'free', count: 2 }]);
  });
  it('leaves the facets out when asked (the health check), with the same page and total', async () => {
    const withFacets = await search({ free: true });
    const without = await search({ free: true, facets: false });
    expect(without.items).toEqual(withFacets.items);
    expect(without.total).toBe(withFacets.total);
    expect(without.facets).toEqual({
      domains: [],
      targetGroups: [],
      financingRoutes: [],
      neighbourhoods: [],
    });
  });
  it('shows next session with places left, freshness, free flag and organisation', async () => {
    const r = await search({ text: 'wandelgroep' });
    const w = r.items.find((i) => i.id === map.services.wandelgroep)!;
    expect(w.next_session).toEqual({ starts_at: '2026-03-03T09:00:00.000Z', places_left: 0 });
    expect(w).toMatchObject({ stale: false, months_since_checked: 1, free: true, financing_route: 'free' });
    expect(w.organization?.name).toBe('Welzijn Centrum');
    expect(w.summary).toBe('Elke dinsdag samen wandelen door de wijk.');
    const all = await search({});
    const byId = new Map(all.items.map((i) => [i.id, i]));
    // Checked 16 months ago with a 12-month interval; and 2 months ago with a 3-month interval.
    expect(byId.get(map.services.taalcafe)).toMatchObject({ stale: true, months_since_checked: 16 });
    expect(byId.get(map.services.schulden)).toMatchObject({ stale: false, months_since_checked: 2 });
    const later = await search({ now: new Date('2026-03-16T09:00:00Z') });
    expect(later.items.find((i) => i.id === map.services.schulden)?.stale).toBe(true);
  });
});

describe('GET /api/v1/social-map/search', () => {
  it('is public and answers results, facets and paging', async () => {
    const res = await t.app.inject({ url: '/api/v1/social-map/search?q=wandelen&per_page=5' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 1, page: 1, perPage: 5 });
    expect(body.items[0].name).toBe('Wandelgroep Centrum');
    expect(body.facets.domains[0].code).toBe('domein.sport-bewegen');
  });
  it('takes repeated and comma-separated terms and boolean filters', async () => {
    const res = await t.app.inject({
      url: `/api/v1/social-map/search?term=${map.terms.wandelen},${map.terms.welzijn}&term=${map.terms.ouderen}&free=true&open_on=TU&part_of_day=morning`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { name: string }) => i.name)).toEqual(['Wandelgroep Centrum']);
  });
  it('searches near a postcode, nearest first, within a radius', async () => {
    const res = await t.app.inject({ url: '/api/v1/social-map/search?postcode=3511%20AB&radius_km=5' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(4);
    const distances = body.items.map((i: { distance_km: number }) => i.distance_km);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(1);
    expect(body.items.at(-1).name).toBe('Fysiotherapie Overvecht');
  });
  it('refuses an unknown or malformed postcode, naming query.postcode', async () => {
    for (const pc of ['0000', 'Utrecht', '35']) {
      const res = await t.app.inject({
        url: `/api/v1/social-map/search?postcode=${pc}`,
        headers: { 'accept-language': 'en' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        { path: 'query.postcode', message: expect.stringContaining('postcode') },
      ]);
    }
  });
  it('names the field of a bad parameter', async () => {
    const res = await t.app.inject({ url: '/api/v1/social-map/search?neighbourhood=Utrecht&open_on=XX' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.neighbourhood', 'querystring.open_on']));
  });
});

describe('on the demo map (about 150 services)', () => {
  let demo: TestApp;
  const demoTimings: string[] = [];
  beforeAll(async () => {
    demo = await createTestApp();
    await seedSocialMapDemo(demo.db);
  });
  afterAll(async () => {
    console.info(`demo search timings: ${demoTimings.join(', ')}`);
    await demo?.close();
  });
  async function find(o: Omit<SearchOptions, 'db' | 'page' | 'perPage'> & { perPage?: number }) {
    const started = performance.now();
    const r = await searchServices({ db: demo.db, page: 1, perPage: 20, ...o });
    demoTimings.push(`${Math.round(performance.now() - started)}ms`);
    return r;
  }

  it('finds walking groups, cafés and typos, with facets beside them', async () => {
    const walking = await find({ text: 'wandelen' });
    expect(walking.items.some((i) => i.name.startsWith('Wandelgroep'))).toBe(true);
    const cafes = await find({ text: 'cafe', perPage: 50 });
    expect(cafes.items.map((i) => i.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Taalcafé/)]),
    );
    expect((await find({ text: 'wandelgroap' })).items.some((i) => i.name.startsWith('Wandelgroep'))).toBe(
      true,
    );
    const all = await find({});
    expect(all.total).toBeGreaterThan(100);
    expect(all.facets.domains.length).toBeGreaterThan(3);
    expect(all.facets.domains.reduce((n, d) => Math.max(n, d.count), 0)).toBe(all.facets.domains[0]!.count);
  });

  it('text + filters + proximity, nearest first, every result within the radius', async () => {
    const [centre] = await demo.db
      .selectFrom('sm_location')
      .select(['latitude', 'longitude'])
      .limit(1)
      .execute();
    const near = { latitude: centre!.latitude!, longitude: centre!.longitude! };
    const r = await find({ text: 'bewegen', free: true, near, radiusKm: 5, sort: 'distance' });
    expect(r.total).toBeGreaterThan(0);
    const distances = r.items.map((i) => i.distance_km!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((d) => d <= 5)).toBe(true);
    expect(r.items.every((i) => i.free)).toBe(true);
  });
});
