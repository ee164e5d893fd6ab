// A small social map for the search and HSDS API tests: a handful of services around Utrecht with every
// kind of related record, so each filter has something to find and something to leave out.
import type { Kysely } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import { taxonomyId, term } from '../reference/taxonomy.ts';

export const UTRECHT = { latitude: 52.0907, longitude: 5.1214 };
/** The fixed "now" of the fixtures. */
export const FIXTURE_NOW = new Date('2026-03-02T09:00:00Z');

export interface FixtureMap {
  taxonomyId: string;
  terms: Record<'sport' | 'wandelen' | 'welzijn' | 'ouderen' | 'jongeren', string>;
  organizations: { welzijn: string; sportclub: string };
  services: Record<'wandelgroep' | 'taalcafe' | 'schulden' | 'fysio' | 'zwemmen' | 'gestopt', string>;
  locations: { centrum: string; overvecht: string; amersfoort: string };
}

export async function makeFixtureMap(db: Kysely<DB>): Promise<FixtureMap> {
  // The Dutch taxonomy ships with migration 0003; services link to its terms.
  const sport = term('domein.sport-bewegen').id;
  const wandelen = term('domein.sport-bewegen.wandelen').id;
  const welzijn = term('domein.welzijn').id;
  const ouderen = term('doelgroep.ouderen').id;
  const jongeren = term('doelgroep.jongeren').id;

  const org = async (name: string) =>
    (
      await db
        .insertInto('sm_organization')
        .values({
          name,
          description: `${name} in de wijk`,
          email: 'info@example.nl',
          website: 'https://example.nl',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const welzijnOrg = await org('Welzijn Centrum');
  const sportclub = await org('Sportclub De Vaart');

  const location = async (name: string, latitude: number, longitude: number, organizationId: string) =>
    (
      await db
        .insertInto('sm_location')
        .values({ name, latitude, longitude, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const centrum = await location('Buurthuis Centrum', 52.0907, 5.1214, welzijnOrg);
  const overvecht = await location('Wijkcentrum Overvecht', 52.1166, 5.1123, sportclub);
  const amersfoort = await location('Sporthal Amersfoort', 52.1561, 5.3878, sportclub);
  await db
    .insertInto('sm_address')
    .values({ location_id: centrum, address_1: 'Oudegracht 1', city: 'Utrecht', postal_code: '3511 AB' })
    .execute();
  await db
    .insertInto('sm_accessibility')
    .values({ location_id: centrum, description: 'Rolstoeltoegankelijk', details: 'Drempelvrij, lift' })
    .execute();
  await db.insertInto('sm_language').values({ location_id: centrum, name: 'Arabisch', code: 'ar' }).execute();

  const service = async (v: {
    name: string;
    organization_id: string;
    description?: string;
    summary_b1?: string;
    financing_route?: 'free' | 'wmo' | 'zvw' | 'self_paid' | 'membership';
    status?: 'active' | 'defunct';
    minimum_age?: number;
    maximum_age?: number;
    assured_date?: string;
    review_interval_months?: number;
    wor_eligible?: boolean;
    bor_eligible?: boolean;
  }) =>
    (
      await db
        .insertInto('sm_service')
        .values({ description: `${v.name}.`, last_modified: '2026-01-15T10:00:00Z', ...v })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const wandelgroep = await service({
    name: 'Wandelgroep Centrum',
    organization_id: welzijnOrg,
    summary_b1: 'Elke dinsdag samen wandelen door de wijk.',
    description: 'Een wandeling van een uur met koffie na afloop.',
    financing_route: 'free',
    minimum_age: 55,
    assured_date: '2026-01-10',
    bor_eligible: true,
    wor_eligible: true,
  });
  const taalcafe = await service({
    name: 'Taalcafé',
    organization_id: welzijnOrg,
    summary_b1: 'Nederlands oefenen met koffie.',
    financing_route: 'free',
    assured_date: '2024-11-01',
    wor_eligible: true,
  });
  const schulden = await service({
    name: 'Schuldhulp Spreekuur',
    organization_id: welzijnOrg,
    description: 'Hulp bij geldzorgen en schulden.',
    financing_route: 'wmo',
    assured_date: '2025-12-15',
    review_interval_months: 3,
  });
  const fysio = await service({
    name: 'Fysiotherapie Overvecht',
    organization_id: sportclub,
    description: 'Behandeling bij klachten aan spieren en gewrichten.',
    financing_route: 'zvw',
    assured_date: '2026-02-01',
  });
  const zwemmen = await service({
    name: 'Zwemles voor jongeren',
    organization_id: sportclub,
    financing_route: 'self_paid',
    minimum_age: 6,
    maximum_age: 17,
    assured_date: '2026-02-01',
  });
  const gestopt = await service({
    name: 'Wandelclub Gestopt',
    organization_id: sportclub,
    status: 'defunct',
    financing_route: 'free',
  });

  const sal = async (serviceId: string, locationId: string) =>
    (
      await db
        .insertInto('sm_service_at_location')
        .values({ service_id: serviceId, location_id: locationId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await sal(wandelgroep, centrum);
  await sal(taalcafe, centrum);
  await sal(schulden, centrum);
  const fysioSal = await sal(fysio, overvecht);
  await sal(zwemmen, amersfoort);
  await sal(gestopt, overvecht);

  const attr = (serviceId: string, termId: string) =>
    db
      .insertInto('sm_attribute')
      .values({ link_id: serviceId, link_entity: 'service', link_type: 'service', taxonomy_term_id: termId })
      .execute();
  await attr(wandelgroep, wandelen);
  await attr(wandelgroep, ouderen);
  await attr(taalcafe, welzijn);
  await attr(schulden, welzijn);
  await attr(fysio, sport);
  await attr(zwemmen, sport);
  await attr(zwemmen, jongeren);
  await attr(gestopt, wandelen);

  await db
    .insertInto('sm_schedule')
    .values([
      {
        service_id: wandelgroep,
        freq: 'WEEKLY',
        byday: 'TU',
        opens_at: '10:00',
        closes_at: '11:00',
        description: 'Dinsdag 10-11',
      },
      { service_id: taalcafe, freq: 'WEEKLY', byday: 'WE,FR', opens_at: '19:00', closes_at: '21:00' },
      {
        service_at_location_id: fysioSal,
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '08:00',
        closes_at: '17:00',
      },
    ])
    .execute();
  await db
    .insertInto('sm_session')
    .values([
      {
        service_id: wandelgroep,
        location_id: centrum,
        starts_at: '2026-03-03T09:00:00Z',
        capacity: 12,
        places_taken: 12,
      },
      {
        service_id: wandelgroep,
        location_id: centrum,
        starts_at: '2026-03-10T09:00:00Z',
        capacity: 12,
        places_taken: 4,
      },
      { service_id: wandelgroep, starts_at: '2026-02-24T09:00:00Z', capacity: 12, places_taken: 0 },
      { service_id: zwemmen, starts_at: '2026-03-07T13:00:00Z', capacity: 8, places_taken: 8 },
    ])
    .execute();
  await db
    .insertInto('sm_service_area')
    .values([
      { service_id: wandelgroep, name: 'Binnenstad', cbs_code: 'WK034401' },
      { service_id: taalcafe, name: 'Utrecht', cbs_code: 'GM0344' },
      { service_id: fysio, name: 'Overvecht', cbs_code: 'WK034402' },
    ])
    .execute();
  await db
    .insertInto('sm_language')
    .values([
      { service_id: taalcafe, name: 'Nederlands', code: 'nl' },
      { service_id: schulden, name: 'Turks', code: 'tr' },
    ])
    .execute();
  await db
    .insertInto('sm_cost_option')
    .values([
      { service_id: zwemmen, option: 'Per les', currency: 'EUR', amount: 7.5, valid_from: '2026-01-01' },
      { service_id: wandelgroep, option: 'Koffie', currency: 'EUR', amount: 0 },
    ])
    .execute();
  await db
    .insertInto('sm_phone')
    .values({ service_id: schulden, number: '030 123 4567', type: 'voice' })
    .execute();
  await db.insertInto('sm_phone').values({ location_id: centrum, number: '030 765 4321' }).execute();
  await db.insertInto('sm_phone').values({ organization_id: welzijnOrg, number: '030 000 0000' }).execute();
  await db
    .insertInto('sm_contact')
    .values({ service_id: schulden, name: 'Fatima', title: 'Schuldhulpmaatje', email: 'schuld@example.nl' })
    .execute();
  await db.insertInto('sm_funding').values({ service_id: schulden, source: 'Gemeente Utrecht' }).execute();
  await db
    .insertInto('sm_required_document')
    .values({ service_id: schulden, document: 'Overzicht van schulden' })
    .execute();
  await db
    .insertInto('sm_metadata')
    .values({
      resource_id: schulden,
      resource_type: 'service',
      last_action_date: '2026-01-15T10:00:00Z',
      last_action_type: 'create',
    })
    .execute();

  return {
    taxonomyId: taxonomyId('domein'),
    terms: { sport, wandelen, welzijn, ouderen, jongeren },
    organizations: { welzijn: welzijnOrg, sportclub },
    services: { wandelgroep, taalcafe, schulden, fysio, zwemmen, gestopt },
    locations: { centrum, overvecht, amersfoort },
  };
}
