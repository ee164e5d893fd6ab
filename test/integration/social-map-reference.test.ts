// The social map's reference data (postcodes, taxonomy) after migrating, and the demo social map.
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/modules/demo/seed.ts';
import { seedSocialMapDemo } from '../../src/modules/social-map/demo/seed.ts';
import { resolvePostcode } from '../../src/modules/social-map/reference/postcode.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('postcodes', () => {
  it('holds one row per Dutch PC4', async () => {
    const r = await t.db
      .selectFrom('sm_postcode')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.count<string>('pc4').distinct().as('d')])
      .executeTakeFirstOrThrow();
    expect(Number(r.n)).toBe(4069);
    expect(Number(r.d)).toBe(4069);
  });

  it('resolves a postcode written in any usual way through its four digits', async () => {
    const utrecht = { pc4: '3511', place: 'Utrecht', latitude: 52.0884, longitude: 5.1175 };
    for (const input of ['3511 AB', '3511ab', '3511', ' 3511 ab '])
      expect(await resolvePostcode(t.db, input), input).toEqual(utrecht);
    expect((await resolvePostcode(t.db, '6461 AB'))?.place).toBe('Kerkrade');
  });

  it('answers null for what is no postcode or an unknown one', async () => {
    for (const input of ['abcd', '12', '', '35111', '1000'])
      expect(await resolvePostcode(t.db, input), input).toBeNull();
  });
});

describe('taxonomy', () => {
  it('ships Domein, Doelgroep and Behoefte with every domain that the profile documents', async () => {
    const taxonomies = await t.db.selectFrom('sm_taxonomy').select(['id', 'name']).orderBy('name').execute();
    expect(taxonomies.map((x) => x.name)).toEqual(['Behoefte', 'Doelgroep', 'Domein']);
    const domein = taxonomies.find((x) => x.name === 'Domein')!.id;
    const domains = await t.db
      .selectFrom('sm_taxonomy_term')
      .select(['name', 'code', 'id'])
      .where('taxonomy_id', '=', domein)
      .where('parent_id', 'is', null)
      .execute();
    const doc = fs.readFileSync(new URL('../../docs/hsds-nl-profile.md', import.meta.url), 'utf8');
    const listed = /\*\*Domein\*\* \(domain\): ([^—]+)—/.exec(doc)![1]!.replace(/\s+/g, ' ');
    const documented = listed.split(',').map((x) => x.trim().toLowerCase());
    expect(documented).toHaveLength(11);
    expect(domains.map((d) => d.name.toLowerCase()).sort()).toEqual([...documented].sort());
    const walking = await t.db
      .selectFrom('sm_taxonomy_term as c')
      .innerJoin('sm_taxonomy_term as p', 'p.id', 'c.parent_id')
      .select(['c.name', 'p.code', 'c.taxonomy', 'c.language'])
      .where('c.code', '=', 'domein.sport-bewegen.wandelen')
      .executeTakeFirstOrThrow();
    expect(walking).toEqual({
      name: 'Wandelen',
      code: 'domein.sport-bewegen',
      taxonomy: 'Domein',
      language: 'nl',
    });
    const perTaxonomy = await t.db
      .selectFrom('sm_taxonomy_term as term')
      .innerJoin('sm_taxonomy as tx', 'tx.id', 'term.taxonomy_id')
      .select((eb) => ['tx.name', eb.fn.countAll<string>().as('n')])
      .groupBy('tx.name')
      .orderBy('tx.name')
      .execute();
    expect(perTaxonomy.map((r) => [r.name, Number(r.n) > 9])).toEqual([
      ['Behoefte', true],
      ['Doelgroep', true],
      ['Domein', true],
    ]);
  });
});

const SM_TABLES = [
  'sm_organization',
  'sm_location',
  'sm_address',
  'sm_accessibility',
  'sm_service',
  'sm_service_at_location',
  'sm_phone',
  'sm_schedule',
  'sm_service_area',
  'sm_attribute',
  'sm_cost_option',
  'sm_language',
  'sm_session',
  'sm_contact',
  'sm_funding',
] as const;

async function rowCounts(): Promise<number[]> {
  return Promise.all(
    SM_TABLES.map(async (table) =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );
}

// The demo catalogue kept in Wijkpunt itself; the demo's external sources (demo/sources.ts) are tested in
// demo.test.ts and social-map-dedupe.test.ts.
const catalogue = sql<boolean>`NOT EXISTS (SELECT 1 FROM sm_source_record r WHERE r.entity_id = s.id)`;

const scalar = async (query: ReturnType<typeof sql<{ n: string }>>) =>
  Number((await query.execute(t.db)).rows[0]!.n);

describe('demo social map', () => {
  it('loads about 150 services once; a second run adds nothing', async () => {
    const first = await seedDemo(t.db, { env: 'test' });
    expect(first.created).toBe(34);
    expect(first.socialMap.services).toBeGreaterThanOrEqual(140);
    expect(first.socialMap.services).toBeLessThanOrEqual(160);
    expect(first.socialMap.sessions).toBeGreaterThan(50);
    const before = await rowCounts();
    expect(await scalar(sql`SELECT count(*) AS n FROM sm_service s WHERE ${catalogue}`)).toBe(
      first.socialMap.services,
    );
    const second = await seedDemo(t.db, { env: 'test' });
    expect(second).toEqual({
      created: 0,
      socialMap: { organizations: 0, services: 0, locations: 0, sessions: 0 },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('gives every service an organization, an address with a known PC4, a term and a demo neighbourhood', async () => {
    expect(
      await scalar(
        sql`SELECT count(*) AS n FROM sm_service s WHERE ${catalogue} AND organization_id IS NULL`,
      ),
    ).toBe(0);
    const withoutAddress = sql<{
      n: string;
    }>`SELECT count(*) AS n FROM sm_service s WHERE ${catalogue} AND NOT EXISTS (
      SELECT 1 FROM sm_service_at_location sal
      JOIN sm_location l ON l.id = sal.location_id
      JOIN sm_address a ON a.location_id = l.id
      JOIN sm_postcode p ON p.pc4 = substr(a.postal_code, 1, 4)
      WHERE sal.service_id = s.id AND a.postal_code ~ '^[1-9][0-9]{3} [A-Z]{2}$' AND a.city = 'Kerkrade'
        AND a.country = 'NL' AND a.state_province = 'Limburg'
        AND abs(l.latitude - p.latitude) < 0.01 AND abs(l.longitude - p.longitude) < 0.01)`;
    expect(await scalar(withoutAddress)).toBe(0);
    const withoutTerm = sql<{
      n: string;
    }>`SELECT count(*) AS n FROM sm_service s WHERE ${catalogue} AND NOT EXISTS (
      SELECT 1 FROM sm_attribute a JOIN sm_taxonomy_term tt ON tt.id = a.taxonomy_term_id
      WHERE a.link_id = s.id AND a.link_entity = 'service' AND a.link_type = 'taxonomy' AND tt.code LIKE 'domein.%')`;
    expect(await scalar(withoutTerm)).toBe(0);
    const subTermWithoutDomain = sql<{ n: string }>`SELECT count(*) AS n FROM sm_attribute a
      JOIN sm_taxonomy_term tt ON tt.id = a.taxonomy_term_id
      WHERE tt.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sm_attribute b
        WHERE b.link_id = a.link_id AND b.taxonomy_term_id = tt.parent_id)`;
    expect(await scalar(subTermWithoutDomain)).toBe(0);
    const outsideDemo = sql<{
      n: string;
    }>`SELECT count(*) AS n FROM sm_service s WHERE ${catalogue} AND NOT EXISTS (
      SELECT 1 FROM sm_service_area sa JOIN neighbourhood n ON n.cbs_code = sa.cbs_code WHERE sa.service_id = s.id)`;
    expect(await scalar(outsideDemo)).toBe(0);
    expect(
      await scalar(
        sql`SELECT count(*) AS n FROM sm_service s WHERE ${catalogue} AND (summary_b1 IS NULL OR financing_route IS NULL)`,
      ),
    ).toBe(0);
    expect(
      await scalar(sql`SELECT count(*) AS n FROM sm_service WHERE financing_route = 'free'`),
    ).toBeGreaterThan(60);
    const linked = await t.db
      .selectFrom('sm_organization as o')
      .innerJoin('organisation as t', 't.id', 'o.organisation_id')
      .select(['o.name', 't.name as tenancy'])
      .execute();
    // Every participating organisation except the insurer offers something on the map.
    expect(linked.length).toBe(15);
    expect(linked.every((l) => l.name === l.tenancy)).toBe(true);
    expect(linked.map((l) => l.name)).toEqual(
      expect.arrayContaining(['Huisartsenpraktijk Bleijerheide', 'Sportvereniging Chevremont']),
    );
  });

  it('has a few stale entries, some full sessions and many with places left', async () => {
    const stale = await scalar(sql`SELECT count(*) AS n FROM sm_service
      WHERE assured_date + make_interval(months => review_interval_months) < current_date`);
    expect(stale).toBeGreaterThanOrEqual(3);
    expect(stale).toBeLessThanOrEqual(15);
    const full = await scalar(sql`SELECT count(*) AS n FROM sm_session WHERE places_taken = capacity`);
    const open = await scalar(sql`SELECT count(*) AS n FROM sm_session WHERE places_taken < capacity`);
    expect(full).toBeGreaterThanOrEqual(3);
    expect(open).toBeGreaterThan(full);
    expect(
      await scalar(
        sql`SELECT count(*) AS n FROM sm_session WHERE starts_at < now() OR starts_at > now() + interval '29 days'`,
      ),
    ).toBe(0);
  });

  it('has the free walking group in Bleijerheide on Tuesday at 10:00 with places left', async () => {
    const walk = await t.db
      .selectFrom('sm_service as s')
      .innerJoin('sm_schedule as sc', 'sc.service_id', 's.id')
      .innerJoin('sm_service_at_location as sal', 'sal.service_id', 's.id')
      .innerJoin('sm_address as a', 'a.location_id', 'sal.location_id')
      .select(['s.id', 's.financing_route', 'sc.byday', 'sc.freq', 'sc.opens_at', 'a.postal_code'])
      .where('s.name', '=', 'Wandelgroep Bleijerheide')
      .executeTakeFirstOrThrow();
    expect(walk).toMatchObject({ financing_route: 'free', byday: 'TU', freq: 'WEEKLY', opens_at: '10:00' });
    expect(walk.postal_code.startsWith('6461')).toBe(true);
    const sessions = await t.db
      .selectFrom('sm_session')
      .select(['starts_at', 'capacity', 'places_taken'])
      .where('service_id', '=', walk.id)
      .execute();
    expect(sessions.length).toBeGreaterThanOrEqual(4);
    for (const s of sessions) {
      expect(s.places_taken).toBeLessThan(s.capacity!);
      const local = new Intl.DateTimeFormat('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
      }).format(s.starts_at);
      expect(local).toBe('dinsdag 10:00');
    }
  });

  it('a run a week later adds only the sessions of the new days', async () => {
    const later = await seedSocialMapDemo(t.db, { now: new Date(Date.now() + 7 * 86_400_000) });
    expect(later.services).toBe(0);
    expect(later.organizations).toBe(0);
    expect(later.sessions).toBeGreaterThan(10);
    expect(later.sessions).toBeLessThan(80);
  });
});
