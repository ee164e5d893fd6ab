// Social-map editing: rights (404 outside one's entries, 403 for other roles), the draft → review →
// published cycle with history and diff, new entries unpublished until approved, one-click verification,
// the coordinator's worklist, reminders sent once per threshold, and public problem reports.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foundationJobs } from '../../src/server/runtime.ts';
import { sendFreshnessReminders } from '../../src/modules/social-map/editing/freshness.ts';
import { createTestApp, login, makePerson, makeRegion, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let a: Awaited<ReturnType<typeof makeRegion>>;
let b: Awaited<ReturnType<typeof makeRegion>>;
let cbsA: string;
let smOrgA: string;
let smOrgB: string;
let serviceA: string;
let serviceB: string;
const s: Record<'editorA' | 'editorB' | 'coordinator' | 'resident', Session> = {} as never;
let editorAEmail: string;

const base = '/api/v1/social-map';

async function makeService(organizationId: string, name: string, cbs: string, assured: string | null = null) {
  const row = await t.db
    .insertInto('sm_service')
    .values({ organization_id: organizationId, name, assured_date: assured, description: 'Samen wandelen.' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('sm_service_area')
    .values({ service_id: row.id, cbs_code: cbs, name: 'Wijk' })
    .execute();
  await t.db.insertInto('sm_phone').values({ service_id: row.id, number: '030 123 4567' }).execute();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await makeRegion(t.db);
  b = await makeRegion(t.db);
  cbsA = (
    await t.db
      .selectFrom('neighbourhood')
      .select('cbs_code')
      .where('id', '=', a.neighbourhoodId)
      .executeTakeFirstOrThrow()
  ).cbs_code;
  const cbsB = (
    await t.db
      .selectFrom('neighbourhood')
      .select('cbs_code')
      .where('id', '=', b.neighbourhoodId)
      .executeTakeFirstOrThrow()
  ).cbs_code;
  smOrgA = (
    await t.db
      .insertInto('sm_organization')
      .values({ name: 'Welzijn A', organisation_id: a.organisationId })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  smOrgB = (
    await t.db
      .insertInto('sm_organization')
      .values({ name: 'Welzijn B', organisation_id: b.organisationId })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  serviceA = await makeService(smOrgA, 'Wandelgroep De Stap', cbsA, '2026-01-10');
  serviceB = await makeService(smOrgB, 'Taalcafé Oost', cbsB);
  const editorA = await makePerson(t.db, { role: 'provider_editor', organisationId: a.organisationId });
  editorAEmail = editorA.email;
  const people = {
    editorA,
    editorB: await makePerson(t.db, { role: 'provider_editor', organisationId: b.organisationId }),
    coordinator: await makePerson(t.db, { role: 'coordinator', neighbourhoodId: a.neighbourhoodId }),
    resident: await makePerson(t.db, { role: 'resident', neighbourhoodId: a.neighbourhoodId }),
  };
  for (const [k, p] of Object.entries(people)) s[k as keyof typeof s] = await login(t.app, p);
});
afterAll(() => t.close());

const call = (session: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `${base}${url}`,
    headers: session?.headers ?? {},
    ...(payload && { payload }),
  });

async function published(id: string) {
  const r = await sql<{
    published: boolean;
    name: string;
  }>`SELECT published, name FROM sm_service WHERE id = ${id}`.execute(t.db);
  return r.rows[0]!;
}

describe('rights', () => {
  it("a provider editor cannot touch another organisation's entry (404)", async () => {
    expect((await call(s.editorB, 'POST', `/services/${serviceA}/revisions`)).statusCode).toBe(404);
    expect((await call(s.editorB, 'GET', `/services/${serviceA}/history`)).statusCode).toBe(404);
    expect((await call(s.editorB, 'POST', `/services/${serviceA}/verify`)).statusCode).toBe(404);
    expect((await call(s.editorB, 'GET', `/services/${serviceA}/reports`)).statusCode).toBe(404);
    const created = await call(s.editorB, 'POST', '/services', {
      organizationId: smOrgA,
      document: { name: 'X' },
    });
    expect(created.statusCode).toBe(404);
  });

  it('residents and anonymous callers are refused the editing APIs', async () => {
    expect((await call(s.resident, 'GET', `/services/${serviceA}/reports`)).statusCode).toBe(403);
    expect((await call(s.resident, 'GET', `/services/${serviceA}/history`)).statusCode).toBe(403);
    expect((await call(s.resident, 'GET', '/worklist')).statusCode).toBe(403);
    expect((await call(s.editorA, 'GET', '/worklist')).statusCode).toBe(403);
    expect((await call(s.editorA, 'GET', '/revisions/review-queue')).statusCode).toBe(403);
    expect((await call(null, 'GET', `/services/${serviceA}/reports`)).statusCode).toBe(401);
    expect((await call(null, 'GET', `/services/${serviceA}/history`)).statusCode).toBe(401);
  });
});

describe('draft → review → published', () => {
  it('runs the full cycle with a remark, history and a diff', async () => {
    const draft = await call(s.editorA, 'POST', `/services/${serviceA}/revisions`);
    expect(draft.statusCode).toBe(201);
    const rev = draft.json();
    expect(rev.state).toBe('draft');
    expect(rev.document.name).toBe('Wandelgroep De Stap');
    expect(rev.document.phones).toHaveLength(1);
    expect(rev.allowedActions).toEqual(['update', 'submit', 'discard']);
    // A second change while one is open is refused.
    expect((await call(s.coordinator, 'POST', `/services/${serviceA}/revisions`)).statusCode).toBe(409);
    // Another organisation's editor does not see the draft.
    expect((await call(s.editorB, 'GET', `/revisions/${rev.id}`)).statusCode).toBe(404);

    const doc = { ...rev.document, name: 'Wandelgroep De Stap (dinsdag)', wor_eligible: true };
    const upd = await call(s.editorA, 'PUT', `/revisions/${rev.id}`, { document: doc });
    expect(upd.statusCode).toBe(200);
    expect((await call(s.editorA, 'POST', `/revisions/${rev.id}/submit`)).json().state).toBe('review');
    expect((await call(s.editorA, 'PUT', `/revisions/${rev.id}`, { document: doc })).statusCode).toBe(409);

    // Only coordinators approve: a resident and the editor get 403.
    expect((await call(s.resident, 'POST', `/revisions/${rev.id}/approve`)).statusCode).toBe(403);
    expect((await call(s.editorA, 'POST', `/revisions/${rev.id}/approve`)).statusCode).toBe(403);

    const back = await call(s.coordinator, 'POST', `/revisions/${rev.id}/send-back`, {
      remark: 'Vermeld ook de starttijd.',
    });
    expect(back.statusCode).toBe(200);
    const seen = (await call(s.editorA, 'GET', `/revisions/${rev.id}`)).json();
    expect(seen.state).toBe('sent_back');
    expect(seen.remark).toBe('Vermeld ook de starttijd.');
    const mine = (await call(s.editorA, 'GET', '/revisions/mine')).json();
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(rev.id);

    const early = await call(s.coordinator, 'POST', `/revisions/${rev.id}/approve`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');
    expect(early.json().allowed).toEqual(['update', 'submit', 'discard']);

    doc.schedules = [{ byday: ['TU'], opens_at: '10:00', closes_at: '11:30' }];
    await call(s.editorA, 'PUT', `/revisions/${rev.id}`, { document: doc });
    await call(s.editorA, 'POST', `/revisions/${rev.id}/submit`);
    const queue = (await call(s.coordinator, 'GET', '/revisions/review-queue')).json();
    expect(queue.items.map((r: { id: string }) => r.id)).toContain(rev.id);
    const otherCoordinator = await login(
      t.app,
      await makePerson(t.db, { role: 'coordinator', neighbourhoodId: b.neighbourhoodId }),
    );
    const otherQueue = (await call(otherCoordinator, 'GET', '/revisions/review-queue')).json();
    expect(otherQueue.items.map((r: { id: string }) => r.id)).not.toContain(rev.id);
    expect((await call(otherCoordinator, 'POST', `/revisions/${rev.id}/approve`)).statusCode).toBe(404);
    expect((await call(s.editorB, 'GET', `/revisions/${rev.id}/diff`)).statusCode).toBe(404);
    expect(await published(serviceA)).toMatchObject({ name: 'Wandelgroep De Stap' });

    const ok = await call(s.coordinator, 'POST', `/revisions/${rev.id}/approve`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'published', version: 2 });
    const row = await t.db
      .selectFrom('sm_service')
      .select(['name', 'wor_eligible', 'assured_date'])
      .where('id', '=', serviceA)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Wandelgroep De Stap (dinsdag)');
    expect(row.wor_eligible).toBe(true);
    const sched = await t.db
      .selectFrom('sm_schedule')
      .select(['byday', 'opens_at'])
      .where('service_id', '=', serviceA)
      .execute();
    expect(sched).toEqual([{ byday: 'TU', opens_at: '10:00' }]);

    const hist = (await call(s.coordinator, 'GET', `/services/${serviceA}/history`)).json();
    expect(hist.items.map((h: { version: number }) => h.version)).toEqual([1, 2]);
    expect(hist.items[1].author.id).toBe(rev.author.id);
    expect((await call(s.editorB, 'GET', `/services/${serviceA}/diff?from=1&to=2`)).statusCode).toBe(404);
    const diff = (await call(s.editorA, 'GET', `/services/${serviceA}/diff?from=1&to=2`)).json();
    const name = diff.changes.find((c: { field: string }) => c.field === 'name');
    expect(name).toEqual({
      field: 'name',
      label: 'Naam',
      before: 'Wandelgroep De Stap',
      after: 'Wandelgroep De Stap (dinsdag)',
    });
    expect(diff.changes.map((c: { field: string }) => c.field).sort()).toEqual([
      'name',
      'schedules',
      'wor_eligible',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'sm_revision')
      .where('object_id', '=', rev.id)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps a new entry unpublished until it is approved', async () => {
    const res = await call(s.editorA, 'POST', '/services', {
      organizationId: smOrgA,
      document: { name: 'Schuldhulp Maatje', service_areas: [{ cbs_code: cbsA }], financing_route: 'free' },
    });
    expect(res.statusCode).toBe(201);
    const rev = res.json();
    expect(await published(rev.serviceId)).toMatchObject({ published: false });
    await call(s.editorA, 'POST', `/revisions/${rev.id}/submit`);
    expect(await published(rev.serviceId)).toMatchObject({ published: false });
    const pending = (await call(s.coordinator, 'GET', `/revisions/${rev.id}/diff`)).json();
    expect(pending.from).toBeNull();
    expect(pending.changes.find((c: { field: string }) => c.field === 'financing_route').after).toBe(
      'gratis',
    );
    expect((await call(s.coordinator, 'POST', `/revisions/${rev.id}/approve`)).json().version).toBe(1);
    expect(await published(rev.serviceId)).toMatchObject({ published: true, name: 'Schuldhulp Maatje' });
  });

  it('keeps stored values the form cannot show when a change is published', async () => {
    const id = await makeService(smOrgA, 'Buurtkamer West', cbsA);
    await t.db.updateTable('sm_service').set({ url: 'www.buurtkamer.nl' }).where('id', '=', id).execute();
    const rev = (await call(s.coordinator, 'POST', `/services/${id}/revisions`)).json();
    expect(rev.document.url).toBeNull();
    const doc = { ...rev.document, summary_b1: 'Kom koffie drinken.' };
    await call(s.coordinator, 'PUT', `/revisions/${rev.id}`, { document: doc });
    await call(s.coordinator, 'POST', `/revisions/${rev.id}/submit`);
    expect((await call(s.coordinator, 'POST', `/revisions/${rev.id}/approve`)).statusCode).toBe(200);
    const row = await t.db
      .selectFrom('sm_service')
      .select(['url', 'summary_b1'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ url: 'www.buurtkamer.nl', summary_b1: 'Kom koffie drinken.' });
    expect(
      await t.db.selectFrom('sm_phone').select('number').where('service_id', '=', id).execute(),
    ).toHaveLength(1);
  });

  it('discards a draft; a never-published new entry goes with it', async () => {
    const res = await call(s.editorA, 'POST', '/services', {
      organizationId: smOrgA,
      document: { name: 'Tijdelijk' },
    });
    const rev = res.json();
    expect((await call(s.editorB, 'POST', `/revisions/${rev.id}/discard`)).statusCode).toBe(404);
    expect((await call(s.editorA, 'POST', `/revisions/${rev.id}/discard`)).statusCode).toBe(204);
    expect(
      await t.db.selectFrom('sm_service').select('id').where('id', '=', rev.serviceId).execute(),
    ).toEqual([]);
    const open = (await call(s.editorA, 'POST', `/services/${serviceB}/revisions`)).statusCode;
    expect(open).toBe(404);
  });

  it('names the field of a bad document', async () => {
    const res = await call(s.editorA, 'POST', '/services', {
      organizationId: smOrgA,
      document: { name: 'X', service_areas: [{ cbs_code: 'Utrecht' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.document.service_areas.0.cbs_code');
  });
});

describe('freshness', () => {
  it('verify sets the last-verified date to today and nothing else', async () => {
    await t.db
      .updateTable('sm_service')
      .set({ assured_date: '2020-01-01' })
      .where('id', '=', serviceB)
      .execute();
    const before = await t.db
      .selectFrom('sm_service')
      .selectAll()
      .where('id', '=', serviceB)
      .executeTakeFirstOrThrow();
    const sB = await login(
      t.app,
      await makePerson(t.db, { role: 'provider_editor', organisationId: b.organisationId }),
    );
    const res = await call(sB, 'POST', `/services/${serviceB}/verify`);
    expect(res.statusCode).toBe(200);
    const today = (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(t.db)).rows[0]!.d;
    expect(res.json()).toEqual({ serviceId: serviceB, assuredDate: today });
    const after = await t.db
      .selectFrom('sm_service')
      .selectAll()
      .where('id', '=', serviceB)
      .executeTakeFirstOrThrow();
    expect({ ...after, assured_date: before.assured_date }).toEqual(before);
  });

  it("the coordinator's worklist shows a stale entry and an open report", async () => {
    const stale = await makeService(smOrgA, 'Buurtkamer Zuid', cbsA, '2020-05-01');
    const report = await call(null, 'POST', `/services/${stale}/reports`, {
      kind: 'wrong_phone',
      description: 'Het nummer is niet meer in gebruik.',
      email: 'melder@example.nl',
    });
    expect(report.statusCode).toBe(201);
    const w = (await call(s.coordinator, 'GET', '/worklist')).json();
    expect(w.stale.find((x: { serviceId: string }) => x.serviceId === stale)).toMatchObject({
      assuredDate: '2020-05-01',
      dueDate: '2021-05-01',
    });
    expect(w.reports.map((r: { id: string }) => r.id)).toContain(report.json().id);
    const read = await t.db
      .selectFrom('audit_log')
      .select('actor_role')
      .where('action', '=', 'read')
      .where('object_type', '=', 'sm_problem_report_list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(read.actor_role).toBe('coordinator');
    // Not in another neighbourhood's coordinator's list.
    const other = await login(
      t.app,
      await makePerson(t.db, { role: 'coordinator', neighbourhoodId: b.neighbourhoodId }),
    );
    const w2 = (await call(other, 'GET', '/worklist')).json();
    expect(w2.stale.map((x: { serviceId: string }) => x.serviceId)).not.toContain(stale);
    expect(w2.reports).toEqual([]);
  });

  it('reminds the editors once a month before and once on expiry', async () => {
    const x = await makeService(smOrgA, 'Beweegmaatje Noord', cbsA, '2025-03-15');
    const count = async () => ({
      notes: (
        await t.db.selectFrom('sm_notification').select('kind').where('service_id', '=', x).execute()
      ).map((n) => n.kind),
      mails: (
        await t.db
          .selectFrom('outbox')
          .select('recipient')
          .where('subject', 'like', '%Beweegmaatje Noord%')
          .execute()
      ).map((m) => m.recipient),
    });
    await sendFreshnessReminders({ db: t.db, today: '2026-02-01' });
    expect(await count()).toEqual({ notes: [], mails: [] });
    await sendFreshnessReminders({ db: t.db, today: '2026-02-20' });
    await sendFreshnessReminders({ db: t.db, today: '2026-02-21' });
    expect(await count()).toEqual({ notes: ['review_due_soon'], mails: [editorAEmail] });
    await sendFreshnessReminders({ db: t.db, today: '2026-03-15' });
    await sendFreshnessReminders({ db: t.db, today: '2026-03-16' });
    const after = await count();
    expect(after.notes.sort()).toEqual(['review_due_soon', 'review_expired']);
    expect(after.mails).toEqual([editorAEmail, editorAEmail]);
    const mine = (await call(s.editorA, 'GET', '/notifications')).json();
    expect(mine.items.filter((n: { serviceId: string }) => n.serviceId === x)).toHaveLength(2);
    const first = mine.items.find((n: { serviceId: string }) => n.serviceId === x);
    expect(first.readAt).toBeNull();
    expect((await call(s.editorB, 'POST', `/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await call(s.resident, 'GET', '/notifications')).statusCode).toBe(403);
    expect((await call(s.editorA, 'POST', `/notifications/${first.id}/read`)).statusCode).toBe(204);
    const again = (await call(s.editorA, 'GET', '/notifications')).json();
    expect(again.items.find((n: { id: string }) => n.id === first.id).readAt).not.toBeNull();
    expect(foundationJobs(t.config).map((j) => j.name)).toContain('social-map-reminders');
  });
});

describe('problem reports', () => {
  it('refuses a report without description, naming the field', async () => {
    const res = await call(null, 'POST', `/services/${serviceA}/reports`, { kind: 'stopped' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('body.description');
  });

  it("reaches the entry's editors, shows the e-mail only to them, and is closed with a note", async () => {
    const res = await call(null, 'POST', `/services/${serviceA}/reports`, {
      kind: 'moved',
      description: 'Zit nu in het wijkcentrum.',
      email: 'buur@example.nl',
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const list = (await call(s.editorA, 'GET', `/services/${serviceA}/reports`)).json();
    expect(list.items.find((r: { id: string }) => r.id === id)).toMatchObject({
      reporterEmail: 'buur@example.nl',
      status: 'open',
    });
    expect((await call(s.editorB, 'POST', `/reports/${id}/close`, { note: 'x' })).statusCode).toBe(404);
    const closed = await call(s.coordinator, 'POST', `/reports/${id}/close`, { note: 'Adres aangepast.' });
    expect(closed.json()).toMatchObject({ status: 'closed', closeNote: 'Adres aangepast.' });
    expect((await call(s.coordinator, 'POST', `/reports/${id}/close`, { note: 'nog eens' })).statusCode).toBe(
      409,
    );
    const notes = (await call(s.editorA, 'GET', '/notifications')).json();
    expect(
      notes.items.some(
        (n: { kind: string; serviceId: string }) => n.kind === 'problem_report' && n.serviceId === serviceA,
      ),
    ).toBe(true);
  });

  it('a report on an unknown or unpublished entry is 404', async () => {
    const res = await call(null, 'POST', `/services/00000000-0000-4000-8000-000000000000/reports`, {
      kind: 'other',
      description: 'Bestaat niet.',
    });
    expect(res.statusCode).toBe(404);
  });

  it('limits reports per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await call(null, 'POST', `/services/${serviceA}/reports`, {
        kind: 'other',
        description: `Nr ${i}`,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((x) => x === 201).length).toBeLessThanOrEqual(10);
  });
});
