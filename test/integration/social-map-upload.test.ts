// The coordinator's HSDS upload over HTTP: only coordinators and administrators, only into one's own
// neighbourhoods; a preview writes nothing, shows counts and every refused record; a confirmation imports
// what was previewed, all or nothing, with audit rows naming who imported what.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, makePerson, makeRegion, type Session, type TestApp } from '../support/app.ts';

const CSV_EXAMPLE = path.resolve(
  import.meta.dirname,
  '../../../shared/data/hsds-samples/openreferral-spec-3.0-examples/csv',
);
const url = '/api/v1/social-map';

let t: TestApp;
let cbsA: string;
let cbsB: string;
let coordinatorId: string;
const s: Record<'coordinator' | 'admin' | 'editor' | 'professional', Session> = {} as never;

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeRegion(t.db);
  const b = await makeRegion(t.db);
  const code = async (id: string) =>
    (await t.db.selectFrom('neighbourhood').select('cbs_code').where('id', '=', id).executeTakeFirstOrThrow())
      .cbs_code;
  cbsA = await code(a.neighbourhoodId);
  cbsB = await code(b.neighbourhoodId);
  const coordinator = await makePerson(t.db, { role: 'coordinator', neighbourhoodId: a.neighbourhoodId });
  coordinatorId = coordinator.id;
  s.coordinator = await login(t.app, coordinator);
  s.admin = await login(t.app, await makePerson(t.db, { role: 'administrator' }));
  s.editor = await login(
    t.app,
    await makePerson(t.db, { role: 'provider_editor', organisationId: a.organisationId }),
  );
  s.professional = await login(
    t.app,
    await makePerson(t.db, { role: 'professional', organisationId: a.organisationId }),
  );
});
afterAll(() => t.close());

const count = async (table: string) =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.db)).rows[0]!.n);

const service = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Taalcafé ${id}`,
  description: 'Samen Nederlands oefenen met koffie.',
  status: 'active',
  organization: { id: 'bieb', name: 'Bibliotheek Upload' },
  ...extra,
});
const jsonFile = (name: string, value: unknown) => ({ name, content: JSON.stringify(value) });

function post(who: Session | null, route: 'imports/preview' | 'imports', payload: unknown) {
  return t.app.inject({
    method: 'POST',
    url: `${url}/${route}`,
    headers: who?.headers ?? {},
    payload: payload as Record<string, unknown>,
  });
}

describe('who may upload', () => {
  const body = () => ({ files: [jsonFile('a.json', service('a'))], neighbourhood: cbsA, source: 'test' });

  it('refuses anyone who is not a coordinator or administrator, and writes nothing', async () => {
    expect((await post(null, 'imports/preview', body())).statusCode).toBe(401);
    for (const who of [s.editor, s.professional]) {
      expect((await post(who, 'imports/preview', body())).statusCode).toBe(403);
      const res = await post(who, 'imports', { ...body(), previewId: 'a'.repeat(64) });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
      const targets = await t.app.inject({ url: `${url}/import-targets`, headers: who.headers });
      expect(targets.statusCode).toBe(403);
    }
    expect(await count('sm_service')).toBe(0);
  });

  it('lets a coordinator import only into their own neighbourhoods; the administrator into any', async () => {
    const targets = await t.app.inject({ url: `${url}/import-targets`, headers: s.coordinator.headers });
    expect(targets.json().items.map((n: { cbsCode: string }) => n.cbsCode)).toEqual([cbsA]);
    const all = await t.app.inject({ url: `${url}/import-targets`, headers: s.admin.headers });
    expect(all.json().items.map((n: { cbsCode: string }) => n.cbsCode)).toEqual(
      expect.arrayContaining([cbsA, cbsB]),
    );

    const elsewhere = { ...body(), neighbourhood: cbsB };
    const preview = await post(s.coordinator, 'imports/preview', elsewhere);
    expect(preview.statusCode).toBe(403);
    expect(preview.json().errors).toEqual([expect.objectContaining({ path: 'body.neighbourhood' })]);
    const confirm = await post(s.coordinator, 'imports', { ...elsewhere, previewId: 'a'.repeat(64) });
    expect(confirm.statusCode).toBe(403);
    expect(await count('sm_service')).toBe(0);

    // A service whose own service area lies in another neighbourhood is refused as well.
    const away = {
      files: [
        jsonFile('away.json', service('away', { service_areas: [{ id: 'x', cbs_code: cbsB, name: 'B' }] })),
      ],
      neighbourhood: cbsA,
      source: 'away',
    };
    const r = (await post(s.coordinator, 'imports/preview', away)).json();
    expect(r.refused).toEqual([expect.objectContaining({ table: 'services', field: 'service_area' })]);
    expect(r.counts.services).toEqual({ new: 0, updated: 0 });
    expect((await post(s.admin, 'imports/preview', away)).json().refused).toEqual([]);
    expect(await count('sm_service')).toBe(0);

    // An entry of another neighbourhood cannot be taken over by importing a record with its id.
    const theirs = { ...away, neighbourhood: cbsB };
    const previewed = (await post(s.admin, 'imports/preview', theirs)).json();
    expect((await post(s.admin, 'imports', { ...theirs, previewId: previewed.previewId })).statusCode).toBe(
      201,
    );
    const takeOver = {
      files: [jsonFile('away.json', service('away'))],
      neighbourhood: cbsA,
      source: 'away',
    };
    const refused = (await post(s.coordinator, 'imports/preview', takeOver)).json();
    expect(refused.refused).toEqual([expect.objectContaining({ table: 'services', field: 'id' })]);
    const area = await t.db.selectFrom('sm_service_area').select('cbs_code').execute();
    expect(area.map((x) => x.cbs_code)).toEqual([cbsB]);
  });
});

describe('preview and confirm', () => {
  it('previews without writing, imports on confirmation with audit rows, and updates on a second import', async () => {
    const body = {
      files: [jsonFile('taalcafe.json', [service('t1'), service('t2')])],
      neighbourhood: cbsA.toLowerCase(),
      source: 'bibliotheek',
    };
    const services = await count('sm_service');
    const audits = await count('audit_log');
    const preview = await post(s.coordinator, 'imports/preview', body);
    expect(preview.statusCode).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({
      imported: false,
      format: 'json',
      source: 'bibliotheek',
      neighbourhood: { cbsCode: cbsA },
      counts: {
        services: { new: 2, updated: 0 },
        organizations: { new: 1, updated: 0 },
        locations: { new: 0, updated: 0 },
      },
      refused: [],
    });
    expect(p.previewId).toMatch(/^[0-9a-f]{64}$/);
    expect(p.records).toBeGreaterThan(3);
    expect(await count('sm_service')).toBe(services);
    expect(await count('audit_log')).toBe(audits);

    // Other files than those previewed are not imported.
    const changed = { ...body, files: [jsonFile('taalcafe.json', [service('t1')])], previewId: p.previewId };
    const stale = await post(s.coordinator, 'imports', changed);
    expect(stale.statusCode).toBe(409);

    const confirm = await post(s.coordinator, 'imports', { ...body, previewId: p.previewId });
    expect(confirm.statusCode).toBe(201);
    expect(confirm.json()).toMatchObject({ imported: true, counts: p.counts, refused: [] });
    expect(await count('sm_service')).toBe(services + 2);
    // Services without a service area of their own get the chosen neighbourhood.
    const areas = await t.db
      .selectFrom('sm_service_area as a')
      .innerJoin('sm_service as x', 'x.id', 'a.service_id')
      .where('x.name', 'in', ['Taalcafé t1', 'Taalcafé t2'])
      .select('a.cbs_code')
      .execute();
    expect(areas.map((a) => a.cbs_code)).toEqual([cbsA, cbsA]);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'object_id', 'actor_id', 'actor_role', 'basis'])
      .where('object_type', 'in', ['hsds_import', 'hsds_upload'])
      .where('actor_id', '=', coordinatorId)
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      expect.objectContaining({
        object_type: 'hsds_import',
        actor_id: coordinatorId,
        basis: 'administration',
      }),
      {
        action: 'import',
        object_type: 'hsds_upload',
        object_id: p.previewId,
        actor_id: coordinatorId,
        actor_role: 'coordinator',
        basis: 'administration',
      },
    ]);

    const again = (await post(s.coordinator, 'imports/preview', body)).json();
    expect(again.counts.services).toEqual({ new: 0, updated: 2 });
    expect(again.counts.organizations).toEqual({ new: 0, updated: 1 });
    expect(again.withdrawn).toBe(0);

    // The same source without t2: the preview says t2 will be withdrawn; the import does it.
    const fewer = { ...body, files: [jsonFile('taalcafe.json', [service('t1')])] };
    const shrink = (await post(s.coordinator, 'imports/preview', fewer)).json();
    expect(shrink).toMatchObject({ imported: false, withdrawn: 1 });
    const done = await post(s.coordinator, 'imports', { ...fewer, previewId: shrink.previewId });
    expect(done.json()).toMatchObject({ imported: true, withdrawn: 1 });
    const t2 = await t.db
      .selectFrom('sm_service')
      .select('status')
      .where('name', '=', 'Taalcafé t2')
      .executeTakeFirstOrThrow();
    expect(t2.status).toBe('inactive');
  });

  it('shows a refused record with its field and reason, writes nothing, and does not import it', async () => {
    const body = {
      files: [jsonFile('fout.json', [service('f1'), service('f2', { status: 'misschien' })])],
      neighbourhood: cbsA,
      source: 'fout',
    };
    const services = await count('sm_service');
    const organizations = await count('sm_organization');
    const p = (await post(s.coordinator, 'imports/preview', body)).json();
    expect(p.refused).toEqual([expect.objectContaining({ table: 'services', field: 'status' })]);
    expect(p.refused[0]).toMatchObject({
      name: 'Taalcafé f2',
      reason: '"misschien" kan niet; kies uit: active, inactive, defunct, temporarily closed',
    });
    const english = await t.app.inject({
      method: 'POST',
      url: `${url}/imports/preview`,
      headers: { ...s.coordinator.headers, 'accept-language': 'en' },
      payload: body,
    });
    expect(english.json().refused[0].reason).toBe(
      '"misschien" is not one of: active, inactive, defunct, temporarily closed',
    );
    expect(p.counts.services).toEqual({ new: 0, updated: 0 });
    const confirm = await post(s.coordinator, 'imports', { ...body, previewId: p.previewId });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json()).toMatchObject({ imported: false, refused: p.refused });
    expect(await count('sm_service')).toBe(services);
    expect(await count('sm_organization')).toBe(organizations);
  });

  it('reads a CSV data package sent as several files, and explains files it cannot read', async () => {
    const files = fs
      .readdirSync(CSV_EXAMPLE)
      .filter((f) => f.endsWith('.csv'))
      .map((name) => ({ name, content: fs.readFileSync(path.join(CSV_EXAMPLE, name), 'utf8') }));
    // A package whose CSV files live in a subfolder: each file goes where datapackage.json says.
    const resources = files.map((f) => ({ name: f.name.replace('.csv', ''), path: `data/${f.name}` }));
    files.push(jsonFile('datapackage.json', { name: 'hsds-voorbeeld', resources }));
    const p = (
      await post(s.admin, 'imports/preview', { files, neighbourhood: cbsB, source: 'voorbeeld' })
    ).json();
    expect(p).toMatchObject({
      format: 'tabular',
      refused: [],
      counts: { services: { new: 1, updated: 0 }, organizations: { new: 1, updated: 0 } },
    });

    const broken = await post(s.coordinator, 'imports/preview', {
      files: [{ name: 'kapot.json', content: '{"id": "x", ' }],
      neighbourhood: cbsA,
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors).toEqual([expect.objectContaining({ path: 'body.files' })]);
    // Up to 25 MB is read (more than the app's usual 10 MB); more is refused before it is read.
    const big = (mb: number) => ({
      files: [{ name: 'groot.json', content: `[${' '.repeat(mb * 1024 * 1024)}` }],
      neighbourhood: cbsA,
    });
    expect((await post(s.coordinator, 'imports/preview', big(12))).statusCode).toBe(400);
    const tooBig = await post(s.coordinator, 'imports/preview', big(26));
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().errors).toEqual([
      { path: 'body.files', message: expect.stringContaining('groter dan 25 MB') },
    ]);
    const wrongType = await post(s.coordinator, 'imports/preview', {
      files: [{ name: 'lijst.xlsx', content: 'x' }],
      neighbourhood: cbsA,
    });
    expect(wrongType.statusCode).toBe(400);
  });
});
