import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoRefusedError, seedDemo } from '../../src/modules/demo/seed.ts';
import { createTestApp, login, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('is refused in production and leaves nothing behind', async () => {
    await expect(seedDemo(t.db, { env: 'production' })).rejects.toThrow(DemoRefusedError);
    expect(await t.db.selectFrom('person').select('id').execute()).toHaveLength(0);
  });

  it('loads once, then adds nothing, and every documented account logs in with its role', async () => {
    const first = await seedDemo(t.db, { env: 'development' });
    expect(first.created).toBe(3 + 16 + 12 + 3); // neighbourhoods, organisations, accounts, teams
    expect((await seedDemo(t.db, { env: 'development' })).created).toBe(0);
    const counts = await Promise.all(
      (['region', 'neighbourhood', 'organisation', 'person', 'membership'] as const).map(
        async (table) =>
          (
            await t.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
      ),
    );
    expect(counts.map(Number)).toEqual([1, 3, 16, 12, 13]);
    for (const account of DEMO_ACCOUNTS) {
      const s = await login(t.app, { email: account.email, password: DEMO_PASSWORD });
      const me = (await t.app.inject({ url: '/api/v1/me', headers: s.headers })).json();
      expect(me.roles, account.email).toEqual([account.role]);
    }
  });

  it("gives the coordinator's worklist and the editor's list real reports and changes", async () => {
    const coordinator = await login(t.app, {
      email: 'coordinator@demo.wijkpunt.nl',
      password: DEMO_PASSWORD,
    });
    const work = (
      await t.app.inject({ url: '/api/v1/social-map/worklist', headers: coordinator.headers })
    ).json();
    expect(work.stale.length).toBeGreaterThanOrEqual(2);
    // The open reports on entries serving her neighbourhoods; not the closed one.
    expect(work.reports.map((r: { serviceName: string }) => r.serviceName).sort()).toEqual([
      'Conditietraining op het sportpark',
      'Geldmaatje: een vrijwilliger die meekijkt',
      'Nordic walking Terwinselen',
      'Seniorenzwemmen',
      'Stoelyoga in Buurthuis De Heikant',
    ]);
    expect(work.reviews).toEqual([
      expect.objectContaining({ serviceName: 'Recreatief volleybal', state: 'review' }),
    ]);
    const diff = (
      await t.app.inject({
        url: `/api/v1/social-map/revisions/${work.reviews[0].id}/diff`,
        headers: coordinator.headers,
      })
    ).json();
    expect(diff.from).toBe(1);
    expect(diff.changes.length).toBeGreaterThan(0);

    const editor = await login(t.app, { email: 'aanbieder@demo.wijkpunt.nl', password: DEMO_PASSWORD });
    const mine = (
      await t.app.inject({ url: '/api/v1/social-map/revisions/mine', headers: editor.headers })
    ).json();
    expect(
      mine.items.map((r: { serviceName: string; state: string }) => [r.serviceName, r.state]).sort(),
    ).toEqual([
      ['Jeugdvoetbal', 'sent_back'],
      ['Recreatief volleybal', 'review'],
    ]);
    expect(mine.items.find((r: { state: string }) => r.state === 'sent_back').remark).toContain(
      'telefoonnummer',
    );
    const closed = await t.db
      .selectFrom('sm_problem_report')
      .select(['close_note', 'closed_by'])
      .where('status', '=', 'closed')
      .execute();
    expect(closed).toEqual([
      { close_note: expect.stringContaining('voedselbank'), closed_by: expect.any(String) },
    ]);
    const notified = await sql<{ n: string }>`SELECT count(*) AS n FROM sm_notification n
      JOIN person p ON p.id = n.person_id WHERE p.email = 'aanbieder@demo.wijkpunt.nl'`.execute(t.db);
    expect(Number(notified.rows[0]!.n)).toBe(1);

    // A third run adds no reports, notifications or revisions.
    const rows = () =>
      sql<{ r: string; n: string; v: string }>`SELECT (SELECT count(*) FROM sm_problem_report) AS r,
        (SELECT count(*) FROM sm_notification) AS n, (SELECT count(*) FROM sm_revision) AS v`.execute(t.db);
    const before = (await rows()).rows[0];
    await seedDemo(t.db, { env: 'development' });
    expect((await rows()).rows[0]).toEqual(before);
  });

  it('gives the coordinator two overlapping sources with merged entries and a review queue', async () => {
    const coordinator = await login(t.app, {
      email: 'coordinator@demo.wijkpunt.nl',
      password: DEMO_PASSWORD,
    });
    const get = async (route: string) =>
      (await t.app.inject({ url: `/api/v1/socialmap/${route}`, headers: coordinator.headers })).json<{
        items: { name: string; kind: string }[];
        total: number;
      }>();
    const sources = await get('sources');
    expect(sources.items.map((x) => x.name)).toEqual([
      'Sociale kaart gemeente Kerkrade',
      'Wijkgids Welzijn Kerkrade',
    ]);
    const merged = await get('duplicates?status=merged');
    expect(merged.items.map((p) => p.kind).sort()).toEqual(
      expect.arrayContaining(['organization', 'service']),
    );
    expect((await get('duplicates?status=review')).total).toBeGreaterThanOrEqual(1);
  });
});
