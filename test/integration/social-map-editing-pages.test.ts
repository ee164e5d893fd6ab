// What the editing pages read: the list of entries one may edit (own organisation for provider editors,
// own neighbourhoods for coordinators; others refused), one entry's overview, the edit form's choices,
// languages in the edited document, and notifications naming their entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, makePerson, makeRegion, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let a: Awaited<ReturnType<typeof makeRegion>>;
let b: Awaited<ReturnType<typeof makeRegion>>;
let cbsA: string;
let smOrgA: string;
let smOrgB: string;
let walk: string;
let swim: string;
let other: string;
const s: Record<'editorA' | 'editorB' | 'coordinator' | 'resident' | 'professional', Session> = {} as never;

const base = '/api/v1/social-map';
const call = (session: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `${base}${url}`,
    headers: session?.headers ?? {},
    ...(payload && { payload }),
  });

async function cbsOf(neighbourhoodId: string) {
  return (
    await t.db
      .selectFrom('neighbourhood')
      .select('cbs_code')
      .where('id', '=', neighbourhoodId)
      .executeTakeFirstOrThrow()
  ).cbs_code;
}

async function makeService(organizationId: string, name: string, cbs: string, assured: string | null) {
  const row = await t.db
    .insertInto('sm_service')
    .values({ organization_id: organizationId, name, assured_date: assured })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('sm_service_area').values({ service_id: row.id, cbs_code: cbs }).execute();
  return row.id;
}

interface Entry {
  id: string;
  name: string;
  organizationName: string | null;
  published: boolean;
  stale: boolean;
  assuredDate: string | null;
  dueDate: string | null;
  openReports: number;
  openChange: { id: string; state: string; remark: string | null } | null;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await makeRegion(t.db);
  b = await makeRegion(t.db);
  cbsA = await cbsOf(a.neighbourhoodId);
  const cbsB = await cbsOf(b.neighbourhoodId);
  await t.db
    .insertInto('organisation_neighbourhood')
    .values({ organisation_id: a.organisationId, neighbourhood_id: a.neighbourhoodId })
    .execute();
  const org = async (name: string, organisationId: string) =>
    (
      await t.db
        .insertInto('sm_organization')
        .values({ name, organisation_id: organisationId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  smOrgA = await org('Beweegclub A', a.organisationId);
  smOrgB = await org('Buurthuis B', b.organisationId);
  walk = await makeService(smOrgA, 'Wandelgroep Noord', cbsA, '2020-01-01');
  swim = await makeService(smOrgA, 'Zwemmen 55+', cbsA, new Date().toISOString().slice(0, 10));
  other = await makeService(smOrgB, 'Taalcafé B', cbsB, '2020-01-01');
  const people = {
    editorA: await makePerson(t.db, { role: 'provider_editor', organisationId: a.organisationId }),
    editorB: await makePerson(t.db, { role: 'provider_editor', organisationId: b.organisationId }),
    coordinator: await makePerson(t.db, { role: 'coordinator', neighbourhoodId: a.neighbourhoodId }),
    resident: await makePerson(t.db, { role: 'resident', neighbourhoodId: a.neighbourhoodId }),
    professional: await makePerson(t.db, { role: 'professional', organisationId: a.organisationId }),
  };
  for (const [k, p] of Object.entries(people)) s[k as keyof typeof s] = await login(t.app, p);
});
afterAll(() => t.close());

describe('GET /services/editable', () => {
  it('refuses residents, professionals and anonymous callers', async () => {
    expect((await call(s.resident, 'GET', '/services/editable')).statusCode).toBe(403);
    expect((await call(s.professional, 'GET', '/services/editable')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/services/editable')).statusCode).toBe(401);
    expect((await call(s.resident, 'GET', `/services/${walk}/overview`)).statusCode).toBe(403);
    expect((await call(s.professional, 'GET', '/editing-options')).statusCode).toBe(403);
  });

  it("a provider editor sees their organisation's entries, not another organisation's", async () => {
    const res = await call(s.editorA, 'GET', '/services/editable');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: Entry[]; total: number }>();
    expect(body.items.map((e) => e.name)).toEqual(['Wandelgroep Noord', 'Zwemmen 55+']);
    expect(body.total).toBe(2);
    const w = body.items.find((e) => e.id === walk)!;
    expect(w).toMatchObject({
      organizationName: 'Beweegclub A',
      published: true,
      stale: true,
      assuredDate: '2020-01-01',
      dueDate: '2021-01-01',
      openReports: 0,
      openChange: null,
    });
    expect(body.items.find((e) => e.id === swim)!.stale).toBe(false);
    const otherEditor = (await call(s.editorB, 'GET', '/services/editable')).json<{ items: Entry[] }>();
    expect(otherEditor.items.map((e) => e.id)).toEqual([other]);
    expect((await call(s.editorB, 'GET', `/services/${walk}/overview`)).statusCode).toBe(404);
  });

  it("a coordinator sees their neighbourhoods' entries, filtered by text and paged", async () => {
    const all = (await call(s.coordinator, 'GET', '/services/editable')).json<{ items: Entry[] }>();
    expect(all.items.map((e) => e.id).sort()).toEqual([walk, swim].sort());
    const found = (await call(s.coordinator, 'GET', '/services/editable?q=zwem')).json<{ items: Entry[] }>();
    expect(found.items.map((e) => e.id)).toEqual([swim]);
    const byOrg = (await call(s.coordinator, 'GET', '/services/editable?q=beweegclub')).json<{
      total: number;
    }>();
    expect(byOrg.total).toBe(2);
    // A % in the text is a character, not a wildcard.
    const pct = (await call(s.coordinator, 'GET', '/services/editable?q=%25')).json<{ total: number }>();
    expect(pct.total).toBe(0);
    const page2 = (await call(s.coordinator, 'GET', '/services/editable?per_page=1&page=2')).json<{
      items: Entry[];
      total: number;
      page: number;
    }>();
    expect(page2).toMatchObject({ total: 2, page: 2 });
    expect(page2.items.map((e) => e.id)).toEqual([swim]);
    expect((await call(s.coordinator, 'GET', '/services/editable?per_page=1000')).statusCode).toBe(400);
  });

  it('shows an open change with its state and remark, and open problem reports', async () => {
    const rev = (await call(s.editorA, 'POST', `/services/${walk}/revisions`)).json<{ id: string }>();
    await call(s.editorA, 'POST', `/revisions/${rev.id}/submit`);
    await call(s.coordinator, 'POST', `/revisions/${rev.id}/send-back`, { remark: 'Noem de starttijd.' });
    expect(
      (await call(null, 'POST', `/services/${walk}/reports`, { kind: 'other', description: 'Gestopt?' }))
        .statusCode,
    ).toBe(201);
    const list = (await call(s.editorA, 'GET', '/services/editable?q=wandel')).json<{ items: Entry[] }>();
    expect(list.items[0]).toMatchObject({
      id: walk,
      openReports: 1,
      openChange: { id: rev.id, state: 'sent_back', remark: 'Noem de starttijd.' },
    });
    const overview = (await call(s.coordinator, 'GET', `/services/${walk}/overview`)).json();
    expect(overview).toMatchObject({ id: walk, canEdit: true, canReview: true, openReports: 1 });
    const own = (await call(s.editorA, 'GET', `/services/${walk}/overview`)).json();
    expect(own).toMatchObject({ canEdit: true, canReview: false });
    const notes = (await call(s.editorA, 'GET', '/notifications')).json<{
      items: { serviceId: string; serviceName: string; kind: string }[];
    }>();
    expect(notes.items[0]).toMatchObject({
      serviceId: walk,
      serviceName: 'Wandelgroep Noord',
      kind: 'problem_report',
    });
    await call(s.editorA, 'POST', `/revisions/${rev.id}/discard`);
  });

  it('a new, unpublished entry shows as a draft', async () => {
    const created = await call(s.editorA, 'POST', '/services', {
      organizationId: smOrgA,
      document: { name: 'Yoga op de stoel', service_areas: [{ cbs_code: cbsA }] },
    });
    expect(created.statusCode).toBe(201);
    const list = (await call(s.editorA, 'GET', '/services/editable?q=yoga')).json<{ items: Entry[] }>();
    expect(list.items[0]).toMatchObject({
      published: false,
      stale: false,
      openChange: { id: created.json().id, state: 'draft' },
    });
  });
});

describe('GET /editing-options', () => {
  it('gives a provider editor their own organisation and the neighbourhoods it serves', async () => {
    const res = await call(s.editorA, 'GET', '/editing-options');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      organizations: { id: string }[];
      areas: { cbsCode: string }[];
      terms: { code: string; group: string }[];
    }>();
    expect(body.organizations.map((o) => o.id)).toEqual([smOrgA]);
    expect(body.areas.map((x) => x.cbsCode)).toEqual([cbsA]);
    // The Dutch taxonomy of migration 0003, grouped for the form.
    expect(body.terms.find((x) => x.code === 'domein.sport-bewegen')?.group).toBe('domain');
    expect(body.terms.find((x) => x.code === 'doelgroep.ouderen')?.group).toBe('target_group');
    expect(body.terms.find((x) => x.code === 'behoefte.meer-bewegen')?.group).toBe('need');
  });

  it('gives a coordinator organisations active in their neighbourhood, not others', async () => {
    const body = (await call(s.coordinator, 'GET', '/editing-options')).json<{
      organizations: { id: string }[];
      areas: { cbsCode: string }[];
    }>();
    expect(body.organizations.map((o) => o.id)).toContain(smOrgA);
    expect(body.organizations.map((o) => o.id)).not.toContain(smOrgB);
    expect(body.areas.map((x) => x.cbsCode)).toEqual([cbsA]);
    const filtered = (await call(s.coordinator, 'GET', '/editing-options?q=buurthuis')).json<{
      organizations: unknown[];
    }>();
    expect(filtered.organizations).toEqual([]);
  });
});

describe('languages in the edited document', () => {
  it('are read from, and written back to, the published entry', async () => {
    await t.db
      .insertInto('sm_language')
      .values({ service_id: swim, name: 'Nederlands', code: 'nl' })
      .execute();
    const rev = (await call(s.editorA, 'POST', `/services/${swim}/revisions`)).json<{
      id: string;
      document: { languages: { id?: string; name: string; code: string | null }[] };
    }>();
    expect(rev.document.languages).toMatchObject([{ name: 'Nederlands', code: 'nl' }]);
    const doc = { ...rev.document, languages: [...rev.document.languages, { name: 'Arabisch', code: 'ar' }] };
    expect((await call(s.editorA, 'PUT', `/revisions/${rev.id}`, { document: doc })).statusCode).toBe(200);
    const diff = (await call(s.editorA, 'GET', `/revisions/${rev.id}/diff`)).json<{
      changes: { field: string; before: string; after: string }[];
    }>();
    expect(diff.changes).toEqual([
      { field: 'languages', label: 'Talen', before: 'Nederlands', after: 'Nederlands; Arabisch' },
    ]);
    await call(s.editorA, 'POST', `/revisions/${rev.id}/submit`);
    expect((await call(s.coordinator, 'POST', `/revisions/${rev.id}/approve`)).statusCode).toBe(200);
    const rows = await t.db
      .selectFrom('sm_language')
      .select(['name', 'code'])
      .where('service_id', '=', swim)
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'Arabisch', code: 'ar' },
      { name: 'Nederlands', code: 'nl' },
    ]);
  });

  it('a document stored without languages leaves them alone', async () => {
    const rev = (await call(s.editorA, 'POST', `/services/${swim}/revisions`)).json<{ id: string }>();
    // As a draft written before languages were part of the document.
    const stored = await t.db
      .selectFrom('sm_revision')
      .select('document')
      .where('id', '=', rev.id)
      .executeTakeFirstOrThrow();
    const { languages: _gone, ...old } = stored.document as Record<string, unknown>;
    await t.db
      .updateTable('sm_revision')
      .set({ document: JSON.stringify({ ...old, summary_b1: 'Rustig baantjes zwemmen.' }) })
      .where('id', '=', rev.id)
      .execute();
    const diff = (await call(s.editorA, 'GET', `/revisions/${rev.id}/diff`)).json<{
      changes: { field: string }[];
    }>();
    expect(diff.changes.map((c) => c.field)).toEqual(['summary_b1']);
    await call(s.editorA, 'POST', `/revisions/${rev.id}/submit`);
    expect((await call(s.coordinator, 'POST', `/revisions/${rev.id}/approve`)).statusCode).toBe(200);
    const rows = await t.db.selectFrom('sm_language').select('name').where('service_id', '=', swim).execute();
    expect(rows.map((r) => r.name).sort()).toEqual(['Arabisch', 'Nederlands']);
  });
});
