// HSDS import and export of the social map against a real SQL engine (PGlite, or PostgreSQL in CI): the
// real 211 directory, the official HSDS 3.0 example, refusals, re-import, round trips and the CLI.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/server/db/schema.ts';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor.ts';
import { ImportInputError, importHsds } from '../../src/modules/social-map/import/index.ts';
import { exportHsds } from '../../src/modules/social-map/export/export.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { makeRegion } from '../support/app.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLES = path.resolve(ROOT, '../shared/data/hsds-samples');
const ICAROL = path.join(SAMPLES, 'bahc-icarol-211-csv');
const EXAMPLES = path.join(SAMPLES, 'openreferral-spec-3.0-examples');
// Nested HSDS objects, read and compared field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-hsds-'));

const opened: TestDatabase[] = [];
async function freshDb(): Promise<Kysely<DB>> {
  const d = await createTestDatabase();
  opened.push(d);
  return d.db;
}
afterAll(async () => {
  for (const d of opened) await d.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const count = async (db: Kysely<DB>, table: string, where = sql`true`) =>
  Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${where}`.execute(db))
      .rows[0]!.n,
  );

function writeJson(name: string, value: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

const run = (db: Kysely<DB>, p: string, extra: { neighbourhood?: string; source?: string } = {}) =>
  importHsds({ db, path: p, basis: 'system', actor: SYSTEM_ACTOR, ...extra });

/** service_full.json made consistent: coordinates on earth, no references to records it does not hold,
 * and the Dutch profile filled in. */
function exampleService(): Record<string, unknown> {
  const s = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'service_full.json'), 'utf8')) as Json;
  const fixLocation = (l: Record<string, unknown>) =>
    Object.assign(l, { latitude: 52.0907, longitude: 5.1214 });
  fixLocation(s.service_at_locations[0].location);
  for (const l of s.organization.locations) fixLocation(l);
  s.organization.parent_organization_id = null;
  s.attributes[0].taxonomy_term.parent_id = null;
  Object.assign(s, {
    summary_b1: 'Praten met een hulpverlener als het even niet gaat.',
    financing_route: 'zvw',
    wor_eligible: true,
    bor_eligible: false,
    review_interval_months: 6,
    // Dutch profile: dated sessions of the service.
    sessions: [
      {
        id: '5e551011-0000-4000-8000-000000000001',
        service_id: s.id,
        location_id: s.service_at_locations[0].location.id,
        starts_at: '2026-12-01T09:00:00.000Z',
        ends_at: '2026-12-01T10:30:00.000Z',
        capacity: 12,
        places_taken: 4,
        waiting_list: true,
        note: 'Neem makkelijke schoenen mee.',
      },
      {
        id: '5e551011-0000-4000-8000-000000000002',
        service_id: s.id,
        location_id: null,
        starts_at: '2026-12-08T09:00:00.000Z',
        ends_at: null,
        capacity: null,
        places_taken: 0,
        waiting_list: false,
        note: null,
      },
    ],
  });
  return s;
}

describe('HSDS import of the 211 directory (HSDS 1.x / Ohana CSV)', () => {
  let db: Kysely<DB>;
  beforeAll(async () => {
    db = await freshDb();
  });

  it('imports completely, with phones, addresses, contacts and taxonomy; a re-import updates', async () => {
    const report = await run(db, ICAROL);
    expect(report.refused).toEqual([]);
    expect(report.format).toBe('hsds1-csv');
    expect(report.counts).toMatchObject({
      services: 1876,
      organizations: 748,
      locations: 1482,
      phones: 7157,
    });
    expect(await count(db, 'sm_service')).toBe(1876);
    expect(await count(db, 'sm_organization')).toBe(748);
    expect(await count(db, 'sm_location')).toBe(1482);
    expect(await count(db, 'sm_phone')).toBe(7157);
    expect(await count(db, 'sm_address', sql`address_type = 'physical'`)).toBe(1482);
    expect(await count(db, 'sm_address', sql`address_type = 'postal'`)).toBe(1874);
    expect(await count(db, 'sm_contact', sql`name IS NOT NULL`)).toBe(737);
    expect(await count(db, 'sm_taxonomy_term', sql`taxonomy = 'Open Eligibility'`)).toBe(517);
    // Every service with a location has it, and its organisation through it.
    expect(await count(db, 'sm_service_at_location')).toBe(1875);
    // …except "good food 4 u", which has neither location nor phones nor contacts in the source.
    expect(await count(db, 'sm_service', sql`organization_id IS NULL`)).toBe(1);
    // Service 143903 is in category 46 of taxonomy.csv.
    const cats = await sql<{
      name: string;
    }>`SELECT t.name FROM sm_attribute a JOIN sm_taxonomy_term t ON t.id = a.taxonomy_term_id
      JOIN sm_service s ON s.id = a.link_id WHERE s.name = 'Sister to Sister House of New Beginnings' AND t.taxonomy = 'Open Eligibility'`.execute(
      db,
    );
    expect(cats.rows.map((r) => r.name)).toEqual(['Short-Term Housing']);
    const audit = await sql<{ basis: string; actor_id: string | null }>`SELECT basis, actor_id FROM audit_log
      WHERE action = 'import' AND object_type = 'hsds_import'`.execute(db);
    expect(audit.rows).toEqual([{ basis: 'system', actor_id: null }]);

    const again = await run(db, ICAROL);
    expect(again.refused).toEqual([]);
    expect(await count(db, 'sm_service')).toBe(1876);
    expect(await count(db, 'sm_phone')).toBe(7157);
    expect(await count(db, 'sm_attribute')).toBe(report.counts.attributes);
  });
});

describe('HSDS 3.0 import', () => {
  let db: Kysely<DB>;
  beforeAll(async () => {
    db = await freshDb();
  });

  it('imports the official example as JSON (service, organization, paginated list) and as a CSV package', async () => {
    const full = await run(db, path.join(EXAMPLES, 'service_full.json'));
    expect(full.refused).toEqual([]);
    expect(full.counts).toMatchObject({
      services: 1,
      organizations: 1,
      locations: 1,
      phones: 1,
      schedules: 1,
      attributes: 1,
    });
    // One phone, met under the service, its location, contact, organisation and service-at-location.
    const phone = await db.selectFrom('sm_phone').selectAll().executeTakeFirstOrThrow();
    expect(phone).toMatchObject({
      service_id: 'ac148810-d857-441c-9679-408f346de14b',
      organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      location_id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
      contact_id: '1e7efce3-639b-4880-940c-b95cd30cdb50',
      service_at_location_id: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
    });
    // latitude 100 cannot be: left empty, and said so.
    expect(full.warnings).toContainEqual(expect.objectContaining({ table: 'locations', field: 'latitude' }));
    expect((await run(db, path.join(EXAMPLES, 'organization_full.json'))).refused).toEqual([]);
    expect((await run(db, path.join(EXAMPLES, 'service_list.json'))).refused).toEqual([]);
    expect((await run(db, path.join(EXAMPLES, 'tabular.json'))).refused).toEqual([]);

    const csvDb = await freshDb();
    const csv = await run(csvDb, path.join(EXAMPLES, 'csv'));
    expect(csv.refused).toEqual([]);
    expect(csv.format).toBe('tabular');
    expect(csv.counts).toMatchObject({
      services: 1,
      organizations: 1,
      locations: 1,
      taxonomy_terms: 1,
      cost_options: 1,
    });
    const svc = await csvDb.selectFrom('sm_service').selectAll().executeTakeFirstOrThrow();
    expect(svc).toMatchObject({
      name: 'Community Counselling',
      minimum_age: '12',
      assured_date: '2005-01-01',
    });
  });

  it('refuses a whole batch for one bad record, names the field, and writes nothing', async () => {
    const before = await count(db, 'sm_service');
    const good = (id: string) => ({
      id,
      name: `Dienst ${id}`,
      status: 'active',
      organization: { id: 'org-1', name: 'Org' },
    });
    const bad = writeJson('bad-status.json', [good('a'), { ...good('b'), status: 'open' }, good('c')]);
    const r = await run(db, bad);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]).toMatchObject({ table: 'services', field: 'status' });
    expect(r.refused[0]!.reason).toContain('open');
    expect(r.counts.services).toBe(0);
    expect(await count(db, 'sm_service')).toBe(before);
    expect(await count(db, 'sm_organization', sql`name = 'Org'`)).toBe(0);

    const noCity = writeJson('no-city.json', {
      id: 'loc-1',
      name: 'Buurthuis',
      location_type: 'physical',
      addresses: [
        {
          id: 'adr-1',
          address_1: 'Dorpsstraat 1',
          postal_code: '3511 AB',
          country: 'NL',
          address_type: 'physical',
        },
      ],
    });
    const r2 = await run(db, noCity);
    expect(r2.refused).toEqual([
      expect.objectContaining({ table: 'addresses', field: 'city', reason: 'is required' }),
    ]);
    expect(await count(db, 'sm_location', sql`name = 'Buurthuis'`)).toBe(0);

    const dangling = writeJson('dangling.json', {
      ...good('d'),
      service_at_locations: [{ id: 'sal-1', location_id: '00000000-0000-4000-8000-000000000001' }],
    });
    const r3 = await run(db, dangling);
    expect(r3.refused).toEqual([
      expect.objectContaining({ table: 'service_at_locations', field: 'location_id' }),
    ]);
    expect(await count(db, 'sm_service')).toBe(before);
  });

  it('re-imports as an update: same ids, child collections replaced', async () => {
    const svc = (phones: string[]) => ({
      id: 'svc-7',
      name: 'Wandelgroep',
      status: 'active',
      organization: { id: 'org-7', name: 'Welzijn Oost' },
      phones: phones.map((n, i) => ({ id: `ph-${n}-${i}`, number: n })),
      schedules: [{ id: 'sch-1', freq: 'WEEKLY', byday: 'TU', opens_at: '10:00' }],
    });
    const first = await run(db, writeJson('walk.json', svc(['030 111', '030 222'])), { source: 'walk' });
    expect(first.refused).toEqual([]);
    const id = (
      await db
        .selectFrom('sm_service')
        .select('id')
        .where('name', '=', 'Wandelgroep')
        .executeTakeFirstOrThrow()
    ).id;
    expect(await count(db, 'sm_phone', sql`service_id = ${id}`)).toBe(2);
    const second = await run(db, writeJson('walk2.json', { ...svc(['030 333']), name: 'Wandelgroep Oost' }), {
      source: 'walk',
    });
    expect(second.refused).toEqual([]);
    expect(await count(db, 'sm_service', sql`id = ${id} AND name = 'Wandelgroep Oost'`)).toBe(1);
    expect(await count(db, 'sm_service', sql`name LIKE 'Wandelgroep%'`)).toBe(1);
    expect(await count(db, 'sm_phone', sql`service_id = ${id}`)).toBe(1);
    expect(await count(db, 'sm_schedule', sql`service_id = ${id}`)).toBe(1);
  });

  it('imports the sessions of a service; a re-import updates them; a refused session names the field', async () => {
    const svc = (placesTaken: number, extra: Record<string, unknown> = {}) => ({
      id: 'svc-walk',
      name: 'Beweegochtend',
      status: 'active',
      sessions: [
        {
          id: 'ses-1',
          starts_at: '2026-12-01T10:00:00+01:00',
          ends_at: '2026-12-01T11:00:00+01:00',
          capacity: 10,
          places_taken: placesTaken,
          waiting_list: true,
          note: 'Zaal 2',
          ...extra,
        },
      ],
    });
    const first = await run(db, writeJson('sessions.json', svc(3)), { source: 'sessions' });
    expect(first.refused).toEqual([]);
    expect(first.counts.sessions).toBe(1);
    const session = () =>
      db
        .selectFrom('sm_session as se')
        .innerJoin('sm_service as s', 's.id', 'se.service_id')
        .select([
          'se.id',
          'se.starts_at',
          'se.ends_at',
          'se.capacity',
          'se.places_taken',
          'se.waiting_list',
          'se.note',
        ])
        .where('s.name', '=', 'Beweegochtend')
        .execute();
    const [stored] = await session();
    expect(stored).toMatchObject({ capacity: 10, places_taken: 3, waiting_list: true, note: 'Zaal 2' });
    expect(new Date(stored!.starts_at).toISOString()).toBe('2026-12-01T09:00:00.000Z');

    const second = await run(db, writeJson('sessions.json', svc(7)), { source: 'sessions' });
    expect(second.refused).toEqual([]);
    const after = await session();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: stored!.id, places_taken: 7 });

    const bad = await run(db, writeJson('sessions.json', svc(11)), { source: 'sessions' });
    expect(bad.refused).toEqual([
      expect.objectContaining({
        table: 'sessions',
        field: 'places_taken',
        reason: 'must not exceed capacity (10)',
      }),
    ]);
    const noZone = await run(db, writeJson('sessions.json', svc(1, { starts_at: '2026-12-01 10:00' })), {
      source: 'sessions',
    });
    expect(noZone.refused).toEqual([expect.objectContaining({ table: 'sessions', field: 'starts_at' })]);
    // All or nothing: the refused imports changed nothing.
    expect((await session())[0]).toMatchObject({ places_taken: 7 });

    // A source that sends no sessions at all leaves the ones kept in Wijkpunt alone.
    const { sessions: _none, ...withoutSessions } = svc(7);
    const third = await run(db, writeJson('sessions.json', withoutSessions), { source: 'sessions' });
    expect(third.refused).toEqual([]);
    expect(await session()).toHaveLength(1);
  });

  it('gives services without a service area the --neighbourhood, and refuses an unknown one', async () => {
    const { neighbourhoodId } = await makeRegion(db);
    const n = await db
      .selectFrom('neighbourhood')
      .select(['cbs_code', 'name'])
      .where('id', '=', neighbourhoodId)
      .executeTakeFirstOrThrow();
    const file = writeJson('nbh.json', [
      { id: 'n-1', name: 'Taalcafé', status: 'active' },
      {
        id: 'n-2',
        name: 'Schuldhulp',
        status: 'active',
        service_areas: [{ id: 'area-1', name: 'Utrecht', cbs_code: 'GM0344' }],
      },
    ]);
    const r = await run(db, file, { neighbourhood: n.cbs_code, source: 'nbh' });
    expect(r.refused).toEqual([]);
    const areas = await sql<{
      service: string;
      cbs_code: string;
      name: string;
    }>`SELECT s.name AS service, a.cbs_code, a.name
      FROM sm_service_area a JOIN sm_service s ON s.id = a.service_id WHERE s.name IN ('Taalcafé', 'Schuldhulp') ORDER BY s.name`.execute(
      db,
    );
    expect(areas.rows).toEqual([
      { service: 'Schuldhulp', cbs_code: 'GM0344', name: 'Utrecht' },
      { service: 'Taalcafé', cbs_code: n.cbs_code, name: n.name },
    ]);
    await expect(run(db, file, { neighbourhood: 'WK999999' })).rejects.toBeInstanceOf(ImportInputError);
  });
});

describe('HSDS export', () => {
  let a: Kysely<DB>;
  let b: Kysely<DB>;
  beforeAll(async () => {
    [a, b] = await Promise.all([freshDb(), freshDb()]);
  });

  it('round-trips HSDS 3 JSON without loss: import → export → import into a fresh database → export', async () => {
    const input = exampleService();
    const file = writeJson('service.json', input);
    const r = await run(a, file);
    expect(r.refused).toEqual([]);
    expect(r.warnings).toEqual([]);
    const dir1 = path.join(tmp, 'json-1');
    const dir2 = path.join(tmp, 'json-2');
    await exportHsds({ db: a, dir: dir1, format: 'json', basis: 'system', actor: SYSTEM_ACTOR });
    const r2 = await run(b, dir1);
    expect(r2.refused).toEqual([]);
    await exportHsds({ db: b, dir: dir2, format: 'json', basis: 'system', actor: SYSTEM_ACTOR });
    for (const f of ['services.json', 'organizations.json', 'taxonomies.json', 'taxonomy_terms.json']) {
      expect(fs.readFileSync(path.join(dir2, f), 'utf8'), f).toBe(
        fs.readFileSync(path.join(dir1, f), 'utf8'),
      );
    }
    // And what was exported is what came in.
    const [out] = JSON.parse(fs.readFileSync(path.join(dir1, 'services.json'), 'utf8')) as Json[];
    for (const key of [
      'id',
      'name',
      'description',
      'status',
      'minimum_age',
      'assured_date',
      'last_modified',
      'summary_b1',
      'financing_route',
      'wor_eligible',
      'review_interval_months',
    ])
      expect(out![key], key).toEqual(input[key]);
    const inp = input as Json;
    expect(out!.phones[0]).toMatchObject(inp.phones[0]);
    expect(out!.schedules[0]).toMatchObject(inp.schedules[0]);
    expect(out!.cost_options[0]).toMatchObject(inp.cost_options[0]);
    expect(out!.sessions).toEqual(inp.sessions);
    expect(out!.service_at_locations[0].location).toMatchObject({
      ...inp.service_at_locations[0].location,
      addresses: inp.service_at_locations[0].location.addresses,
    });
    expect(out!.attributes[0].taxonomy_term.taxonomy_detail).toEqual(
      inp.attributes[0].taxonomy_term.taxonomy_detail,
    );
    expect(out!.organization).toMatchObject({
      id: inp.organization.id,
      organization_identifiers: inp.organization.organization_identifiers,
    });
    const audit = await count(a, 'audit_log', sql`action = 'export' AND object_type = 'hsds_export'`);
    expect(audit).toBe(1);
  });

  // On the databases of the JSON round trip: importing the package into b updates every record with what
  // the CSV files say, so a field the CSV reader or writer loses shows up as a difference.
  it('writes an HSDS tabular data package that imports to the same files', async () => {
    const dir1 = path.join(tmp, 'csv-1');
    const dir2 = path.join(tmp, 'csv-2');
    await exportHsds({ db: a, dir: dir1, format: 'csv', basis: 'system' });
    const pkg = JSON.parse(fs.readFileSync(path.join(dir1, 'datapackage.json'), 'utf8')) as {
      resources: { path: string }[];
    };
    expect(pkg.resources.map((r) => r.path)).toContain('service_at_location.csv');
    expect(fs.readFileSync(path.join(dir1, 'services.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /^id,organization_id,program_id,name,/,
    );
    expect(fs.readFileSync(path.join(dir1, 'sessions.csv'), 'utf8').split('\r\n')).toEqual([
      'id,service_id,location_id,starts_at,ends_at,capacity,places_taken,waiting_list,note',
      expect.stringMatching(
        /^5e551011-0000-4000-8000-000000000001,.*,2026-12-01T09:00:00.000Z,2026-12-01T10:30:00.000Z,12,4,true,/,
      ),
      expect.stringMatching(/^5e551011-0000-4000-8000-000000000002,.*,2026-12-08T09:00:00.000Z,,,0,false,$/),
      '',
    ]);
    expect((await run(b, dir1)).refused).toEqual([]);
    await exportHsds({ db: b, dir: dir2, format: 'csv', basis: 'system' });
    for (const f of fs.readdirSync(dir1))
      expect(fs.readFileSync(path.join(dir2, f), 'utf8'), f).toBe(
        fs.readFileSync(path.join(dir1, f), 'utf8'),
      );
  });
});

describe('wijkpunt import hsds (a CLI process)', () => {
  it('prints the final line and exits 0', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
    if (process.env.DATABASE_URL) {
      const server = await createTestDatabase({ migrate: false });
      opened.push(server);
      env.DATABASE_URL = server.url!;
    } else {
      delete env.DATABASE_URL;
      env.WIJKPUNT_DATA_DIR = path.join(tmp, 'cli-data');
    }
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'bin/wijkpunt.js'), 'import', 'hsds', path.join(EXAMPLES, 'service_full.json')],
      { env, timeout: 60_000 },
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('imported: 1 services, 1 organizations, 1 locations');
  });
});
