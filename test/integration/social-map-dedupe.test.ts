// One map from many, over HTTP and the CLI: two sources of one region are imported, duplicates found; an
// exact copy merges by itself, a near one waits for the coordinator, who merges it with a chosen value
// (pinned through re-imports) and undoes it (both entries back, never proposed again). A record a source
// drops is withdrawn. Only coordinators and administrators of the region get in.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor.ts';
import { importHsds } from '../../src/modules/social-map/import/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { createTestApp, login, makePerson, makeRegion, type Session, type TestApp } from '../support/app.ts';

const url = '/api/v1/socialmap';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-dedupe-'));
let t: TestApp;
let cbs: string;
let regionId: string;
const s: Record<'coordinator' | 'otherCoordinator' | 'admin' | 'professional', Session> = {} as never;

// Two social maps of one neighbourhood, written for this test. The organisation and the "Koffieochtend"
// are the same offer in both (reformatted phone, legal form, address abbreviation); the "Taalcafé" is the
// same offer with a typo in the name and another e-mail address; each map has one offer of its own.
const org = (id: string, name: string, phone: string) => ({
  id,
  name,
  description: 'Welzijnswerk in de wijk.',
  website: 'https://www.welzijnkerkrade.example',
  phones: [{ id: `${id}-tel`, number: phone }],
});
const place = (id: string, street: string) => ({
  id,
  location: {
    id: `${id}-loc`,
    name: 'Wijkcentrum De Linde',
    location_type: 'physical',
    latitude: 50.8655,
    longitude: 6.0702,
    addresses: [
      {
        id: `${id}-adr`,
        address_1: street,
        city: 'Kerkrade',
        postal_code: '6461 AB',
        country: 'NL',
        address_type: 'physical',
      },
    ],
  },
});
const service = (id: string, name: string, organization: object, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  description: `${name}: elke week in het wijkcentrum.`,
  status: 'active',
  organization,
  service_at_locations: [place(`${id}-sal`, 'Hoofdstraat 12a')],
  ...extra,
});
function gemeente(withFietsles = true) {
  const o = org('g-org', 'Stichting Welzijn Kerkrade', '045-5431234');
  return [
    service('g-koffie', 'Koffieochtend De Linde', o, { email: 'koffie@welzijnkerkrade.example' }),
    service('g-taal', 'Taalcafé De Linde', o, { email: 'taal@welzijnkerkrade.example' }),
    ...(withFietsles ? [service('g-fiets', 'Fietsles voor volwassenen', o)] : []),
  ];
}
function welzijn() {
  const o = org('w-org', 'Welzijn Kerkrade', '+31 45 543 1234');
  return [
    service('w-koffie', 'Koffieochtend De Linde', o, {
      email: 'koffie@welzijnkerkrade.example',
      service_at_locations: [place('w-koffie-sal', 'Hoofdstr. 12 A')],
    }),
    service('w-taal', 'Taalcafe De Lind', o, { email: 'taalcafe@welzijnkerkrade.example' }),
    service('w-zwem', 'Zwemmen voor ouderen', o),
  ];
}
const write = (name: string, value: unknown) => {
  const file = path.join(tmp, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
};
const importSource = async (source: string, value: unknown) => {
  const report = await importHsds({
    db: t.db,
    path: write(source, value),
    source,
    neighbourhood: cbs,
    basis: 'system',
    actor: SYSTEM_ACTOR,
  });
  expect(report.refused).toEqual([]);
  return report;
};

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeRegion(t.db);
  const b = await makeRegion(t.db);
  regionId = a.regionId;
  cbs = (
    await t.db
      .selectFrom('neighbourhood')
      .select('cbs_code')
      .where('id', '=', a.neighbourhoodId)
      .executeTakeFirstOrThrow()
  ).cbs_code;
  s.coordinator = await login(
    t.app,
    await makePerson(t.db, { role: 'coordinator', neighbourhoodId: a.neighbourhoodId }),
  );
  s.otherCoordinator = await login(
    t.app,
    await makePerson(t.db, { role: 'coordinator', neighbourhoodId: b.neighbourhoodId }),
  );
  s.admin = await login(t.app, await makePerson(t.db, { role: 'administrator' }));
  s.professional = await login(
    t.app,
    await makePerson(t.db, { role: 'professional', organisationId: a.organisationId }),
  );
  await importSource('gemeente', gemeente());
  await importSource('welzijn', welzijn());
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const get = (who: Session | null, route: string) =>
  t.app.inject({ url: `${url}/${route}`, headers: who?.headers ?? {} });
const post = (who: Session | null, route: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `${url}/${route}`, headers: who?.headers ?? {}, payload });

interface Pair {
  id: string;
  kind: string;
  status: string;
  score: number;
  a: { source: string; externalId: string; entityId: string };
  b: { source: string; externalId: string; entityId: string };
}
const pairsOf = async (status: string): Promise<Pair[]> =>
  (await get(s.coordinator, `duplicates?status=${status}&per_page=100`)).json<{ items: Pair[] }>().items;
const ids = (p: Pair) => [p.a.externalId, p.b.externalId].sort().join('=');
const publicServices = async () => {
  const res = await t.app.inject({ url: '/api/v1/hsds/services?per_page=50' });
  return res.json<{ contents: { id: string; name: string; email?: string }[] }>().contents;
};

describe('sources and duplicates', () => {
  it('remembers each import as a source, with its records', async () => {
    const res = await get(s.coordinator, 'sources');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { name: string; regionId: string; counts: { services: number } }[] }>()
      .items;
    expect(items.map((x) => [x.name, x.regionId, x.counts.services])).toEqual([
      ['gemeente', regionId, 3],
      ['welzijn', regionId, 3],
    ]);
  });

  it("merges exact duplicates by itself and queues the doubtful ones, by the region's thresholds", async () => {
    // Strict automatic merging, a wide review band: the typo pair cannot merge by itself.
    const bad = await t.app.inject({
      method: 'PUT',
      url: `${url}/dedupe-settings/${regionId}`,
      headers: s.coordinator.headers,
      payload: { autoMerge: 0.5, review: 0.6 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.review');
    const put = await t.app.inject({
      method: 'PUT',
      url: `${url}/dedupe-settings/${regionId}`,
      headers: s.coordinator.headers,
      payload: { autoMerge: 0.97, review: 0.5 },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ autoMerge: 0.97, review: 0.5, isDefault: false });

    const run = await post(s.coordinator, 'dedupe');
    expect(run.statusCode).toBe(200);
    expect(run.json().counts.records).toBe(8);
    const merged = await pairsOf('merged');
    expect(merged.map(ids).sort()).toEqual(['g-koffie=w-koffie', 'g-org=w-org']);
    const review = await pairsOf('review');
    expect(review.map(ids)).toContain('g-taal=w-taal');
    expect(review.map(ids)).not.toContain('g-fiets=w-zwem');

    // The public map shows one Koffieochtend and one organisation.
    const names = (await publicServices()).map((x) => x.name).sort();
    expect(names.filter((n) => n === 'Koffieochtend De Linde')).toHaveLength(1);
    expect(names).toHaveLength(5);
    const orgs = await t.app.inject({ url: '/api/v1/hsds/organizations' });
    expect(orgs.json().total_items).toBe(1);
    // Search shows the merged entry once.
    const search = await t.app.inject({ url: '/api/v1/social-map/search?q=koffieochtend' });
    expect(search.json().total).toBe(1);
    // Every public service now belongs to the one organisation left.
    const orgIds = new Set(
      (await t.app.inject({ url: '/api/v1/hsds/services?per_page=50' }))
        .json<{ contents: { organization_id: string }[] }>()
        .contents.map((x) => x.organization_id),
    );
    expect(orgIds.size).toBe(1);
  });

  it('shows a pair side by side with the differing fields marked', async () => {
    const pair = (await pairsOf('review')).find((p) => ids(p) === 'g-taal=w-taal')!;
    const res = await get(s.coordinator, `duplicates/${pair.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      fields: { field: string; differs: boolean; choosable: boolean }[];
      canDecide: boolean;
    }>();
    expect(body.canDecide).toBe(true);
    const field = (f: string) => body.fields.find((x) => x.field === f)!;
    expect(field('name')).toMatchObject({ differs: true, choosable: true });
    expect(field('email')).toMatchObject({ differs: true, choosable: true });
    expect(field('city')).toMatchObject({ differs: false });
  });

  it('merges with a chosen value that stays pinned through a re-import, and unmerges to both again', async () => {
    const pair = (await pairsOf('review')).find((p) => ids(p) === 'g-taal=w-taal')!;
    const emailOf = (p: Pair, side: 'a' | 'b') =>
      p[side].externalId === 'w-taal' ? 'taalcafe@welzijnkerkrade.example' : 'taal@welzijnkerkrade.example';
    const chosen = pair.a.externalId === 'w-taal' ? 'a' : 'b';
    const res = await post(s.coordinator, `duplicates/${pair.id}/merge`, {
      values: { email: chosen, name: chosen === 'a' ? 'b' : 'a' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('merged');
    expect(res.json().decisions.map((d: { action: string }) => d.action)).toEqual(['merge']);
    // Deciding twice is refused.
    expect((await post(s.coordinator, `duplicates/${pair.id}/keep-apart`)).statusCode).toBe(409);

    const check = async () => {
      const taal = (await publicServices()).filter((x) => x.name.startsWith('Taalcaf'));
      expect(taal).toHaveLength(1);
      expect(taal[0]).toMatchObject({ name: 'Taalcafé De Linde', email: emailOf(pair, chosen) });
      return taal[0]!;
    };
    const canonical = await check();
    const sources = await get(s.coordinator, `services/${canonical.id}/sources`);
    expect(sources.statusCode).toBe(200);
    const src = sources.json<{
      records: { source: string }[];
      fields: { field: string; pinned: boolean; source: string }[];
    }>();
    expect(src.records.map((r) => r.source).sort()).toEqual(['gemeente', 'welzijn']);
    expect(src.fields.find((f) => f.field === 'email')).toMatchObject({ pinned: true, source: 'welzijn' });

    // The gemeente source delivers again: the coordinator's choices survive.
    await importSource('gemeente', gemeente());
    await check();

    // The conflict report of the gemeente source names the e-mail it disagrees on.
    const g = (await get(s.coordinator, 'sources'))
      .json<{ items: { id: string; name: string }[] }>()
      .items.find((x) => x.name === 'gemeente')!;
    const csv = await get(s.coordinator, `sources/${g.id}/conflicts.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'soort,id_in_bron,naam,veld,waarde_in_bron,waarde_op_kaart,waarde_van,geverifieerd_op,probleem',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^aanbod,g-taal,Taalcafé De Linde,email,taal@welzijnkerkrade\.example,taalcafe@welzijnkerkrade\.example,keuze coördinator,\d{4}-\d\d-\d\d,verschilt$/,
      ),
    );
    expect(lines.some((l) => l.startsWith('aanbod,,Zwemmen voor ouderen,') && l.endsWith(',ontbreekt'))).toBe(
      true,
    );

    // Undo: both entries are back, each with its own values; the pair is not proposed again.
    const undo = await post(s.coordinator, `duplicates/${pair.id}/undo`);
    expect(undo.statusCode).toBe(200);
    expect(undo.json().status).toBe('unmerged');
    const taal = (await publicServices()).filter((x) => x.name.startsWith('Taalcaf'));
    expect(taal.map((x) => [x.name, x.email]).sort()).toEqual([
      ['Taalcafe De Lind', 'taalcafe@welzijnkerkrade.example'],
      ['Taalcafé De Linde', 'taal@welzijnkerkrade.example'],
    ]);
    await post(s.coordinator, 'dedupe');
    expect((await pairsOf('review')).map(ids)).not.toContain('g-taal=w-taal');
    expect((await pairsOf('unmerged')).map(ids)).toContain('g-taal=w-taal');
    // Undoing the unmerge puts it back in the queue.
    expect((await post(s.coordinator, `duplicates/${pair.id}/undo`)).json().status).toBe('review');
  });

  it('keeps a pair apart until that is undone', async () => {
    const pair = (await pairsOf('review')).find((p) => ids(p) === 'g-taal=w-taal')!;
    expect((await post(s.coordinator, `duplicates/${pair.id}/keep-apart`)).json().status).toBe('kept_apart');
    await post(s.coordinator, 'dedupe');
    expect((await pairsOf('review')).map(ids)).not.toContain('g-taal=w-taal');
    const pairPage = (await get(s.coordinator, `duplicates/${pair.id}`)).json();
    expect(pairPage.decisions.map((d: { action: string }) => d.action)).toEqual([
      'merge',
      'unmerge',
      'reopen',
      'keep_apart',
    ]);
  });

  it('withdraws what a source no longer carries instead of deleting it', async () => {
    await importSource('gemeente', gemeente(false));
    const names = (await publicServices()).map((x) => x.name);
    expect(names).not.toContain('Fietsles voor volwassenen');
    const g = (await get(s.coordinator, 'sources'))
      .json<{ items: { name: string; counts: { withdrawn: number; services: number } }[] }>()
      .items.find((x) => x.name === 'gemeente')!;
    expect(g.counts).toMatchObject({ services: 2, withdrawn: 1 });
    // It comes back when the source carries it again.
    await importSource('gemeente', gemeente());
    expect((await publicServices()).map((x) => x.name)).toContain('Fietsles voor volwassenen');
  });
});

describe('who may see sources and duplicates', () => {
  it('refuses other roles and hides other regions', async () => {
    const pair = (await pairsOf('merged'))[0]!;
    const routes = [
      'duplicates?status=review',
      `duplicates/${pair.id}`,
      'sources',
      'dedupe-settings',
      `services/${pair.a.entityId}/sources`,
    ];
    for (const r of routes) {
      expect((await get(null, r)).statusCode, r).toBe(401);
      expect((await get(s.professional, r)).statusCode, r).toBe(403);
    }
    for (const r of [`duplicates/${pair.id}/undo`, `duplicates/${pair.id}/merge`, 'dedupe'])
      expect((await post(s.professional, r)).statusCode, r).toBe(403);

    // A coordinator of another region sees none of it.
    expect((await get(s.otherCoordinator, 'duplicates?status=merged')).json().total).toBe(0);
    expect((await get(s.otherCoordinator, `duplicates/${pair.id}`)).statusCode).toBe(404);
    expect((await post(s.otherCoordinator, `duplicates/${pair.id}/undo`)).statusCode).toBe(404);
    expect((await get(s.otherCoordinator, 'sources')).json().items).toEqual([]);
    const g = (await get(s.admin, 'sources')).json<{ items: { id: string }[] }>().items[0]!;
    expect((await get(s.otherCoordinator, `sources/${g.id}/conflicts.csv`)).statusCode).toBe(404);
    const put = await t.app.inject({
      method: 'PUT',
      url: `${url}/dedupe-settings/${regionId}`,
      headers: s.otherCoordinator.headers,
      payload: { autoMerge: 0.9, review: 0.7 },
    });
    expect(put.statusCode).toBe(404);
    // The administrator sees everything.
    expect((await get(s.admin, `duplicates/${pair.id}`)).statusCode).toBe(200);
  });
});

describe('wijkpunt dedupe (a CLI process)', () => {
  it('prints every merged and review pair as JSON, with the ids of the source files', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
    let server: TestDatabase | null = null;
    if (process.env.DATABASE_URL) {
      server = await createTestDatabase({ migrate: false });
      env.DATABASE_URL = server.url!;
    } else {
      delete env.DATABASE_URL;
      env.WIJKPUNT_DATA_DIR = path.join(tmp, 'cli-data');
    }
    try {
      const cli = (...args: string[]) =>
        promisify(execFile)(
          process.execPath,
          [path.resolve(import.meta.dirname, '../../bin/wijkpunt.js'), ...args],
          {
            env,
            timeout: 60_000,
          },
        );
      await cli('import', 'hsds', write('cli-a', gemeente()), '--source', 'kaart-a');
      await cli('import', 'hsds', write('cli-b', welzijn()), '--source', 'kaart-b');
      const { stdout } = await cli('dedupe', '--format', 'json');
      const out = JSON.parse(stdout) as {
        pairs: { kind: string; a: object; b: object; score: number; decision: string }[];
      };
      expect(out.pairs).toContainEqual({
        kind: 'service',
        a: { source: expect.any(String), id: expect.stringMatching(/^[gw]-koffie$/) },
        b: { source: expect.any(String), id: expect.stringMatching(/^[gw]-koffie$/) },
        score: expect.any(Number),
        decision: 'merged',
      });
      expect(out.pairs.find((p) => p.kind === 'organization')).toMatchObject({ decision: 'merged' });
      for (const p of out.pairs) {
        expect(p.score).toBeGreaterThanOrEqual(0);
        expect(p.score).toBeLessThanOrEqual(1);
        expect(['merged', 'review']).toContain(p.decision);
      }
    } finally {
      await server?.close();
    }
  });
});

describe('a group of three', () => {
  it('merges three copies into one entry; undoing one pair takes that record out of the group', async () => {
    const c = await makeRegion(t.db);
    const code = (
      await t.db
        .selectFrom('neighbourhood')
        .select('cbs_code')
        .where('id', '=', c.neighbourhoodId)
        .executeTakeFirstOrThrow()
    ).cbs_code;
    const offer = (id: string) => [
      service(id, 'Valpreventie Beweegcursus Zuid', org(`${id}-org`, 'Fysio Zuid', '045-1112233'), {
        email: 'val@fysiozuid.example',
      }),
    ];
    for (const source of ['drie-a', 'drie-b', 'drie-c'])
      await importHsds({
        db: t.db,
        path: write(source, offer(`${source}-1`)),
        source,
        neighbourhood: code,
        basis: 'system',
        actor: SYSTEM_ACTOR,
      });
    await post(s.admin, 'dedupe');
    const visible = async () =>
      (await publicServices()).filter((x) => x.name === 'Valpreventie Beweegcursus Zuid').length;
    expect(await visible()).toBe(1);
    const list = (await get(s.admin, 'duplicates?status=merged&kind=service&per_page=100')).json<{
      items: Pair[];
    }>().items;
    const group = list.filter((p) => p.a.externalId.startsWith('drie-'));
    expect(group).toHaveLength(3);
    const undo = (await post(s.admin, `duplicates/${group[0]!.id}/undo`)).json();
    expect(undo.decisions.at(-1)).toMatchObject({
      action: 'unmerge',
      details: { alsoUnmerged: [expect.any(String)] },
    });
    expect(await visible()).toBe(2);
  });
});
