// The public HSDS 3.0 read API: paths, parameters, list shape, 404s — and every object it returns over the
// whole map validated against HSDS's own JSON Schemas (../shared/data/hsds-samples/…/schema).
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { makeFixtureMap, type FixtureMap } from '../../src/modules/social-map/search/test-fixtures.ts';
import { seedSocialMapDemo } from '../../src/modules/social-map/demo/seed.ts';

const SCHEMA_DIR = path.resolve(
  import.meta.dirname,
  '../../../shared/data/hsds-samples/openreferral-spec-3.0-schema',
);
const BASE = 'https://hsds.test/schema/';

// The HSDS files declare no $schema and use draft-07 style `definitions`; they carry their own
// annotation keywords (name, core, constraints …), so strict mode is off.
function hsdsValidators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  for (const file of fs.readdirSync(SCHEMA_DIR)) {
    if (!file.endsWith('.json') || file === 'openapi.json') continue;
    ajv.addSchema({ ...JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')), $id: BASE + file });
  }
  for (const file of ['service_with_definitions.json', 'service_list.json', 'organization_list.json']) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'compiled', file), 'utf8'));
    ajv.addSchema({ ...schema, $id: `${BASE}compiled/${file}` });
  }
  const openapi = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'openapi.json'), 'utf8'));
  ajv.addSchema({ ...openapi.components.schemas.Page, $id: `${BASE}page.json` });
  const get = (id: string) => ajv.getSchema(BASE + id) as ValidateFunction;
  return {
    service: get('service.json'),
    serviceCompiled: get('compiled/service_with_definitions.json'),
    serviceList: get('compiled/service_list.json'),
    organization: get('organization.json'),
    organizationList: get('compiled/organization_list.json'),
    taxonomy: get('taxonomy.json'),
    taxonomyTerm: get('taxonomy_term.json'),
    serviceAtLocation: get('service_at_location.json'),
    page: get('page.json'),
    info: ajv.compile(openapi.paths['/'].get.responses['200'].content['application/json'].schema),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- HSDS JSON as the API sends it; checked by ajv
type HsdsJson = any;

let t: TestApp;
let map: FixtureMap;
let v: ReturnType<typeof hsdsValidators>;

beforeAll(async () => {
  t = await createTestApp();
  map = await makeFixtureMap(t.db);
  v = hsdsValidators();
});
afterAll(async () => {
  await t?.close();
});

async function get(url: string) {
  const res = await t.app.inject({ url });
  return { status: res.statusCode, body: res.json(), type: res.headers['content-type'] };
}

function valid(validate: ValidateFunction, value: unknown, what: string) {
  const ok = validate(value);
  expect(ok ? [] : validate.errors?.map((e) => `${what}${e.instancePath} ${e.message}`)).toEqual([]);
}

/** Every page of a list, each wrapper checked against HSDS's Page. */
async function all(url: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const r = await get(`${url}${url.includes('?') ? '&' : '?'}per_page=2&page=${page}`);
    expect(r.status).toBe(200);
    valid(v.page, r.body, url);
    expect(r.body.page_number).toBe(page);
    items.push(...r.body.contents);
    if (r.body.last_page) break;
  }
  return items;
}

describe('HSDS API', () => {
  it('answers API information with the HSDS version', async () => {
    const r = await get('/api/v1/hsds/');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      version: '3.0',
      openapi_url: expect.stringMatching(/\/api\/v1\/openapi\.json$/),
    });
    expect(r.body.profile).toMatch(/wijkpunt-nl$/);
    valid(v.info, r.body, 'info');
  });

  it('is described in the OpenAPI document that openapi_url points to', async () => {
    const r = await get('/api/v1/openapi.json');
    expect(r.status).toBe(200);
    const paths = Object.keys(r.body.paths as object);
    for (const p of [
      '/api/v1/hsds/',
      '/api/v1/hsds/services',
      '/api/v1/hsds/services/{id}',
      '/api/v1/social-map/search',
    ])
      expect(paths).toContain(p);
    const params = (r.body.paths['/api/v1/hsds/services'].get.parameters as { name: string }[]).map(
      (x) => x.name,
    );
    expect(params).toEqual(
      expect.arrayContaining(['text', 'taxonomy_term_id', 'minimal', 'postcode', 'proximity']),
    );
  });

  it('lists services in the HSDS page shape, paginated', async () => {
    const r = await get('/api/v1/hsds/services?per_page=2');
    expect(r.body).toMatchObject({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const last = await get('/api/v1/hsds/services?per_page=2&page=3');
    expect(last.body).toMatchObject({ size: 1, first_page: false, last_page: true, empty: false });
    const beyond = await get('/api/v1/hsds/services?per_page=2&page=9');
    expect(beyond.body).toMatchObject({ size: 0, empty: true, contents: [] });
  });

  it('filters services by HSDS and Wijkpunt parameters', async () => {
    const ids = async (q: string) =>
      ((await get(`/api/v1/hsds/services?${q}`)).body.contents as { id: string }[]).map((s) => s.id).sort();
    const s = map.services;
    expect(await ids('text=wandelen')).toEqual([s.wandelgroep]);
    expect(await ids('search=taalcafe')).toEqual([s.taalcafe]);
    expect(await ids(`taxonomy_term_id=${map.terms.welzijn}`)).toEqual([s.schulden, s.taalcafe].sort());
    expect((await ids(`taxonomy_id=${map.taxonomyId}`)).length).toBe(5);
    expect(await ids(`organization_id=${map.organizations.sportclub}`)).toEqual([s.fysio, s.zwemmen].sort());
    expect(await ids('modified_after=2026-02-01T00:00:00Z')).toEqual([]);
    expect((await ids('modified_after=2026-01-01')).length).toBe(5);
    expect(await ids('neighbourhood=WK034402')).toEqual([s.fysio, s.taalcafe].sort());
    expect(await ids('free=true')).toEqual([s.taalcafe, s.wandelgroep].sort());
    expect(await ids('open_on=FR')).toEqual([s.fysio, s.taalcafe].sort());
    expect((await ids('postcode=3511AB&proximity=5')).length).toBe(4);
    expect(await ids('postcode=3511AB&proximity=1')).toEqual([s.schulden, s.taalcafe, s.wandelgroep].sort());
    const bad = await get('/api/v1/hsds/services?postcode=0000');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.postcode');
  });

  it('returns a fully nested service, numbers as numbers and no nulls', async () => {
    const r = await get(`/api/v1/hsds/services/${map.services.schulden}`);
    expect(r.status).toBe(200);
    const s = r.body;
    expect(s).toMatchObject({ id: map.services.schulden, name: 'Schuldhulp Spreekuur', status: 'active' });
    expect(s.organization).toMatchObject({ id: map.organizations.welzijn, name: 'Welzijn Centrum' });
    expect(s.phones[0]).toMatchObject({ number: '030 123 4567', type: 'voice' });
    expect(s.contacts[0]).toMatchObject({ name: 'Fatima', phones: [] });
    expect(s.funding[0].source).toBe('Gemeente Utrecht');
    expect(s.required_documents[0].document).toBe('Overzicht van schulden');
    expect(s.languages[0]).toMatchObject({ code: 'tr' });
    expect(s.metadata[0]).toMatchObject({
      last_action_type: 'create',
      last_action_date: '2026-01-15T10:00:00.000Z',
    });
    expect(s.attributes[0].taxonomy_term).toMatchObject({ code: 'domein.welzijn' });
    expect(s.attributes[0].taxonomy_term.taxonomy_detail.name).toBe('Domein');
    const location = s.service_at_locations[0].location;
    expect(location).toMatchObject({ name: 'Buurthuis Centrum', latitude: 52.0907, longitude: 5.1214 });
    expect(location.addresses[0]).toMatchObject({ postal_code: '3511 AB', country: 'NL' });
    expect(location.accessibility[0].description).toBe('Rolstoeltoegankelijk');
    expect(location.phones[0].number).toBe('030 765 4321');
    expect(s).toMatchObject({
      assured_date: '2025-12-15',
      financing_route: 'wmo',
      review_interval_months: 3,
    });
    expect(JSON.stringify(s)).not.toContain('null');

    const swim = (await get(`/api/v1/hsds/services/${map.services.zwemmen}`)).body;
    expect(swim).toMatchObject({ minimum_age: 6, maximum_age: 17 });
    expect(swim.cost_options[0]).toMatchObject({ amount: 7.5, currency: 'EUR', valid_from: '2026-01-01' });
  });

  it('leaves out nested arrays and the Dutch profile with minimal=true', async () => {
    const r = await get('/api/v1/hsds/services?minimal=true&text=wandelen');
    const [s] = r.body.contents;
    expect(s).toMatchObject({ id: map.services.wandelgroep, name: 'Wandelgroep Centrum', minimum_age: 55 });
    for (const key of [
      'phones',
      'service_at_locations',
      'organization',
      'summary_b1',
      'financing_route',
      'wor_eligible',
    ])
      expect(s).not.toHaveProperty(key);
    valid(v.serviceList, s, 'minimal service');
    const full = (await get('/api/v1/hsds/services?text=wandelen')).body.contents[0];
    expect(full).toHaveProperty('service_at_locations');
    expect(full).toHaveProperty('summary_b1');
  });

  it('answers 404 problem+json for an unknown or malformed id', async () => {
    for (const p of ['services', 'organizations', 'taxonomies', 'taxonomy_terms', 'service_at_locations']) {
      for (const id of ['7d1e0c4a-1111-4222-8333-944455556666', 'not-a-uuid']) {
        const r = await get(`/api/v1/hsds/${p}/${id}`);
        expect(r.status, `${p}/${id}`).toBe(404);
        expect(r.type).toContain('application/problem+json');
      }
    }
  });

  it('is public: no login needed, and validation errors name the field', async () => {
    const r = await get('/api/v1/hsds/services?per_page=0&minimal=maybe');
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['querystring.per_page', 'querystring.minimal']),
    );
  });

  it('hides an unpublished service from search, lists and reads by id', async () => {
    const hidden = await t.db
      .insertInto('sm_service')
      .values({ name: 'Verborgen Wandelgroep', organization_id: map.organizations.welzijn })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sal = await t.db
      .insertInto('sm_service_at_location')
      .values({ service_id: hidden.id, location_id: map.locations.centrum })
      .returning('id')
      .executeTakeFirstOrThrow();
    const visible = async () => ({
      search: (await get('/api/v1/social-map/search?q=verborgen&free=false')).body.total,
      list: (await get('/api/v1/hsds/services?text=verborgen')).body.total_items,
      one: (await get(`/api/v1/hsds/services/${hidden.id}`)).status,
      sal: (await get(`/api/v1/hsds/service_at_locations/${sal.id}`)).status,
      sals: (await get('/api/v1/hsds/service_at_locations?per_page=500')).body.total_items,
    });
    expect(await visible()).toEqual({ search: 1, list: 1, one: 200, sal: 200, sals: 6 });
    await sql`UPDATE sm_service SET published = false WHERE id = ${hidden.id}`.execute(t.db);
    expect(await visible()).toEqual({ search: 0, list: 0, one: 404, sal: 404, sals: 5 });
    await t.db.deleteFrom('sm_service').where('id', '=', hidden.id).execute();
  });

  it('taxonomy terms filter by taxonomy, parent and top level', async () => {
    const top = await get(
      `/api/v1/hsds/taxonomy_terms?taxonomy_id=${map.taxonomyId}&top_only=true&per_page=500`,
    );
    const codes = top.body.contents.map((x: { code: string }) => x.code);
    expect(codes).toContain('domein.sport-bewegen');
    expect(codes).not.toContain('domein.sport-bewegen.wandelen');
    const children = await get(`/api/v1/hsds/taxonomy_terms?parent_id=${map.terms.sport}&per_page=500`);
    expect(children.body.contents.map((x: { code: string }) => x.code)).toContain(
      'domein.sport-bewegen.wandelen',
    );
  });
});

describe('every object the HSDS API returns validates against the HSDS 3.0 schemas', () => {
  it('services: each list page, each service in full (also against the compiled schema) and minimal', async () => {
    const listed = await all('/api/v1/hsds/services');
    expect(listed.length).toBe(5);
    for (const s of listed) valid(v.service, s, `list service ${String(s.id)}`);
    for (const s of await all('/api/v1/hsds/services?minimal=true'))
      valid(v.serviceList, s, 'minimal service');
    // Services that are not active are not listed, but can be read by id.
    for (const id of Object.values(map.services)) {
      const r = await get(`/api/v1/hsds/services/${id}`);
      expect(r.status).toBe(200);
      valid(v.service, r.body, `service ${id}`);
      valid(v.serviceCompiled, r.body, `service ${id} (compiled)`);
    }
  });

  it('organizations, taxonomies, taxonomy terms, service at locations: lists and each one', async () => {
    const organizations = await all('/api/v1/hsds/organizations');
    expect(organizations.length).toBe(2);
    for (const o of organizations) {
      valid(v.organizationList, o, 'organization (list)');
      const r = await get(`/api/v1/hsds/organizations/${String(o.id)}`);
      expect(r.body.locations.length).toBeGreaterThan(0);
      valid(v.organization, r.body, `organization ${String(o.id)}`);
    }
    const taxonomies = await all('/api/v1/hsds/taxonomies');
    expect(taxonomies.length).toBeGreaterThanOrEqual(3);
    for (const x of taxonomies) {
      valid(v.taxonomy, x, 'taxonomy (list)');
      valid(v.taxonomy, (await get(`/api/v1/hsds/taxonomies/${String(x.id)}`)).body, 'taxonomy');
    }
    const terms = (await get('/api/v1/hsds/taxonomy_terms?per_page=500')).body;
    valid(v.page, terms, 'terms page');
    expect(terms.contents.length).toBe(terms.total_items);
    for (const x of terms.contents) valid(v.taxonomyTerm, x, `taxonomy term ${String(x.code)}`);
    valid(v.taxonomyTerm, (await get(`/api/v1/hsds/taxonomy_terms/${map.terms.wandelen}`)).body, 'term');
    const sals = await all('/api/v1/hsds/service_at_locations');
    expect(sals.length).toBe(5);
    for (const x of [...sals, ...(await all('/api/v1/hsds/service_at_locations?full=true'))]) {
      valid(v.serviceAtLocation, x, 'service at location (list)');
      const r = await get(`/api/v1/hsds/service_at_locations/${String(x.id)}`);
      valid(v.serviceAtLocation, r.body, 'service at location');
      valid(v.service, r.body.service, 'service at location → service');
    }
  });

  it('the validator can fail: a service with a null, a string number or a bad id is refused', () => {
    expect(v.service({ id: map.services.taalcafe, name: 'x', status: 'active', alert: null })).toBe(false);
    expect(v.service({ id: map.services.taalcafe, name: 'x', status: 'active', minimum_age: '12' })).toBe(
      false,
    );
    expect(v.service({ id: 'abc', name: 'x', status: 'active' })).toBe(false);
    expect(
      v.service({
        id: map.services.taalcafe,
        name: 'x',
        status: 'active',
        phones: [{ id: map.services.taalcafe }],
      }),
    ).toBe(false);
  });
});

describe('the whole demo map validates against the HSDS 3.0 schemas', () => {
  let demo: TestApp;
  const fetchJson = async (url: string): Promise<HsdsJson> => {
    const res = await demo.app.inject({ url });
    expect(res.statusCode, url).toBe(200);
    return res.json<HsdsJson>();
  };
  beforeAll(async () => {
    demo = await createTestApp();
    await seedSocialMapDemo(demo.db);
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('every service (list, full, minimal), organization, taxonomy, term and service at location', async () => {
    const services = await fetchJson('/api/v1/hsds/services?per_page=500');
    valid(v.page, services, 'services page');
    expect(services.total_items).toBeGreaterThan(100);
    expect(services.contents.length).toBe(services.total_items);
    for (const s of services.contents) valid(v.service, s, `service ${String(s.name)}`);
    const minimal = await fetchJson('/api/v1/hsds/services?per_page=500&minimal=true');
    for (const s of minimal.contents) valid(v.serviceList, s, `minimal ${String(s.name)}`);
    for (const s of services.contents as { id: string }[]) {
      const full = await fetchJson(`/api/v1/hsds/services/${s.id}`);
      valid(v.serviceCompiled, full, `service ${s.id}`);
    }
    const organizations = await fetchJson('/api/v1/hsds/organizations?per_page=500');
    valid(v.page, organizations, 'organizations page');
    for (const o of organizations.contents as { id: string }[]) {
      valid(v.organizationList, o, `organization ${o.id} (list)`);
      valid(v.organization, await fetchJson(`/api/v1/hsds/organizations/${o.id}`), `organization ${o.id}`);
    }
    const taxonomies = await fetchJson('/api/v1/hsds/taxonomies');
    for (const x of taxonomies.contents as { id: string }[]) {
      valid(v.taxonomy, await fetchJson(`/api/v1/hsds/taxonomies/${x.id}`), 'taxonomy');
    }
    const terms = await fetchJson('/api/v1/hsds/taxonomy_terms?per_page=500');
    for (const x of terms.contents) valid(v.taxonomyTerm, x, `term ${String(x.code)}`);
    const sals = await fetchJson('/api/v1/hsds/service_at_locations?per_page=500&full=true');
    valid(v.page, sals, 'service at locations page');
    expect(sals.contents.length).toBe(sals.total_items);
    for (const x of sals.contents) {
      valid(v.serviceAtLocation, x, `service at location ${String(x.id)}`);
      valid(v.service, x.service, `service at location ${String(x.id)} → service`);
    }
  });
});
