// Coordinators' figures of the front desk and referrals: per neighbourhood and month, with every count of 1
// to 9 suppressed, a total hidden when a part is, rates only when no count under them is small, medians
// only on 10 or more referrals; only the coordinator's own neighbourhoods; nobody else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
let other: Awaited<ReturnType<typeof makeRegion>>;
type Headers = Record<string, string>;
let gp: Headers;
let coach: Headers;
let welfareOrg: string;

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
  other = await makeRegion(t.db);
  welfareOrg = (
    await t.db
      .insertInto('organisation')
      .values({ region_id: ids.regionId, name: 'Welzijn', type: 'welfare' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const g = await makePerson(t.db, {
    role: 'professional',
    discipline: 'gp',
    organisationId: ids.organisationId,
  });
  gp = await bearer(t.db, g.id);
  const c = await makePerson(t.db, {
    role: 'professional',
    discipline: 'welfare_coach',
    organisationId: welfareOrg,
  });
  coach = await bearer(t.db, c.id);
  const team = await t.db
    .insertInto('team')
    .values({
      organisation_id: welfareOrg,
      neighbourhood_id: ids.neighbourhoodId,
      stream: 'wellbeing',
      name: 'Team',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('team_member').values({ team_id: team.id, person_id: c.id }).execute();
});
afterAll(() => t.close());

const post = (headers: Headers, url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers, payload });

describe('referral figures', () => {
  it('counts per neighbourhood and month, suppresses small cells, and shows rates only on enough referrals', async () => {
    for (let i = 0; i < 12; i++) {
      const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
      const h = await bearer(t.db, p.id);
      expect((await post(h, '/api/v1/frontdesk/questions', { text: 'Ik ben eenzaam.' })).statusCode).toBe(
        201,
      );
      if (i < 3)
        expect((await post(h, '/api/v1/frontdesk/questions', { text: 'Ik heb pijn.' })).statusCode).toBe(201);
      const made = await post(gp, '/api/v1/referrals', {
        residentId: p.id,
        to: { organisationId: welfareOrg },
        reason: 'Eenzaam',
        consent: { categories: [] },
      });
      const id = made.json().id as string;
      expect((await post(coach, `/api/v1/referrals/${id}/transitions`, { to: 'received' })).statusCode).toBe(
        200,
      );
      if (i < 10) {
        for (const to of ['accepted', 'in-progress']) {
          expect((await post(coach, `/api/v1/referrals/${id}/transitions`, { to })).statusCode).toBe(200);
        }
        const done = await post(coach, `/api/v1/referrals/${id}/transitions`, {
          to: 'completed',
          outcome: { supportGiven: 'Gesprekken', outcome: 'Gaat naar de wandelgroep' },
        });
        expect(done.statusCode, done.body).toBe(200);
      } else {
        expect(
          (await post(coach, `/api/v1/referrals/${id}/transitions`, { to: 'rejected', reason: 'Vol' }))
            .statusCode,
        ).toBe(200);
      }
    }
    // One resident refers herself: a route of one person, hidden, and with it the total.
    const self = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
    const selfHeaders = await bearer(t.db, self.id);
    const selfRef = await post(selfHeaders, '/api/v1/referrals', {
      residentId: self.id,
      to: { organisationId: welfareOrg },
      reason: 'Ik wil mensen ontmoeten',
      consent: { categories: [] },
    });
    expect(selfRef.statusCode).toBe(201);
    const coordinator = await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId });
    const month = new Date().toISOString().slice(0, 7);
    const res = await t.app.inject({
      url: `/api/v1/referrals/figures?from=${month}&to=${month}`,
      headers: await bearer(t.db, coordinator.id),
    });
    expect(res.statusCode, res.body).toBe(200);
    const [cell, ...rest] = res.json().items;
    expect(rest).toEqual([]);
    expect(cell).toMatchObject({
      neighbourhoodId: ids.neighbourhoodId,
      month,
      questions: { wellbeing: 12, care: null, health: 0 },
      referrals: { professional: 12, frontdesk: 0, self: null, total: null },
      // 10 accepted and 2 rejected: a rate would give the 2 back, so there is none.
      acceptanceRate: null,
      completionRate: null,
      outcomes: { completed: 10, rejected: null, failed: 0, cancelled: 0 },
    });
    expect(cell.medianDaysToFirstContact).toBeGreaterThanOrEqual(0);
    expect(cell.medianDaysToFirstContact).toBeLessThan(0.1);
  });

  it('shows another neighbourhood nothing, and refuses anyone but a coordinator', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const elsewhere = await makePerson(t.db, { role: 'coordinator', neighbourhoodId: other.neighbourhoodId });
    const theirs = await t.app.inject({
      url: `/api/v1/referrals/figures?from=${month}&to=${month}`,
      headers: await bearer(t.db, elsewhere.id),
    });
    expect(theirs.json().items).toEqual([]);
    for (const headers of [gp, coach]) {
      expect(
        (await t.app.inject({ url: `/api/v1/referrals/figures?from=${month}&to=${month}`, headers }))
          .statusCode,
      ).toBe(403);
    }
    const bad = await t.app.inject({
      url: `/api/v1/referrals/figures?from=2026-13&to=2026-01`,
      headers: await bearer(t.db, elsewhere.id),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.from');
  });
});
