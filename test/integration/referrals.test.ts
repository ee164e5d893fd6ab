// Closed-loop referrals through the API: what goes with a referral is checked against the consent ledger and
// only those parts open for the receiver (for this referral, while it is open); every allowed and refused
// transition for every party, from every status (the rule is written out here, not imported); what each
// side sees; completion with the message back; self-referral to a session with places or a waiting list.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagOverdue } from '../../src/modules/referrals/overdue.ts';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';
import { everyCategoryBundle } from '../support/record.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
type Headers = Record<string, string>;
interface Who {
  id: string;
  headers: Headers;
}

let gp: Who;
let coach: Who;
let otherCoach: Who;
let welfareOrg: string;
let coordinator: Who;
let funder: Who;

const until = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
  welfareOrg = (
    await t.db
      .insertInto('organisation')
      .values({ region_id: ids.regionId, name: 'Welzijn Kerkrade', type: 'welfare' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const elsewhere = (
    await t.db
      .insertInto('organisation')
      .values({ region_id: ids.regionId, name: 'Welzijn Elders', type: 'welfare' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const pro = async (discipline: 'gp' | 'welfare_coach', organisationId: string) => {
    const p = await makePerson(t.db, { role: 'professional', discipline, organisationId });
    return { id: p.id, headers: await bearer(t.db, p.id) };
  };
  gp = await pro('gp', ids.organisationId);
  coach = await pro('welfare_coach', welfareOrg);
  otherCoach = await pro('welfare_coach', elsewhere);
  const c = await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId });
  coordinator = { id: c.id, headers: await bearer(t.db, c.id) };
  const f = await makePerson(t.db, { role: 'funder', organisationId: ids.organisationId });
  funder = { id: f.id, headers: await bearer(t.db, f.id) };
});
afterAll(() => t.close());

/** A resident with a record who gave the GP consent for treatment on problems and notes. */
async function resident(): Promise<Who> {
  const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId, name: 'Mia' });
  const headers = await bearer(t.db, p.id);
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/record/import',
    headers,
    payload: everyCategoryBundle(),
  });
  expect(imported.statusCode).toBe(200);
  const granted = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/consents',
    headers,
    payload: {
      grantee: { userId: gp.id },
      purpose: 'treatment',
      categories: ['problems', 'notes'],
      validUntil: until(60),
    },
  });
  expect(granted.statusCode).toBe(201);
  return { id: p.id, headers };
}

const refer = (who: Who, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/referrals', headers: who.headers, payload: body });

const move = (who: Who, id: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/referrals/${id}/transitions`,
    headers: who.headers,
    payload: body,
  });

const FEEDBACK = {
  needsAddressed: ['behoefte.minder-eenzaam'],
  supportGiven: 'Drie gesprekken; samen naar de wandelgroep geweest.',
  linkedServiceIds: [],
  outcome: 'Gaat elke week mee met de wandelgroep en voelt zich minder alleen.',
  wellbeing: { instrument: 'ONS4', before: 4, after: 7 },
};
/** What each step needs to be accepted. */
const BODY: Record<string, Record<string, unknown>> = {
  rejected: { reason: 'Past niet bij ons aanbod.' },
  'on-hold': { reason: 'Mevrouw is twee weken in het ziekenhuis.' },
  failed: { reason: 'Niet bereikbaar na drie pogingen.' },
  completed: { outcome: FEEDBACK },
};

async function gpReferral(r: Who, categories: string[] = ['problems']) {
  const res = await refer(gp, {
    residentId: r.id,
    to: { organisationId: welfareOrg },
    reason: 'Eenzaam sinds het overlijden van haar man; Welzijn op Recept.',
    needs: ['behoefte.minder-eenzaam'],
    icpc: ['Z29'],
    consent: { categories },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json()).toMatchObject({ status: 'requested' });
  return res.json<{ id: string }>().id;
}

/** The way to each status, and who takes each step. */
const PATH: Record<string, [string, 'referrer' | 'receiver'][]> = {
  requested: [],
  received: [['received', 'receiver']],
  accepted: [
    ['received', 'receiver'],
    ['accepted', 'receiver'],
  ],
  rejected: [
    ['received', 'receiver'],
    ['rejected', 'receiver'],
  ],
  'in-progress': [
    ['received', 'receiver'],
    ['accepted', 'receiver'],
    ['in-progress', 'receiver'],
  ],
  'on-hold': [
    ['received', 'receiver'],
    ['accepted', 'receiver'],
    ['in-progress', 'receiver'],
    ['on-hold', 'receiver'],
  ],
  completed: [
    ['received', 'receiver'],
    ['accepted', 'receiver'],
    ['in-progress', 'receiver'],
    ['completed', 'receiver'],
  ],
  failed: [
    ['received', 'receiver'],
    ['accepted', 'receiver'],
    ['in-progress', 'receiver'],
    ['failed', 'receiver'],
  ],
  cancelled: [['cancelled', 'referrer']],
};
const STATUSES = Object.keys(PATH);

/** The rule, written out: who may go where from each status. */
const RULE: Record<'referrer' | 'receiver' | 'resident', Record<string, string[]>> = {
  referrer: {
    requested: ['cancelled'],
    received: ['cancelled'],
    accepted: ['cancelled'],
    'in-progress': ['cancelled'],
    'on-hold': ['cancelled'],
  },
  receiver: {
    requested: ['received'],
    received: ['accepted', 'rejected'],
    accepted: ['in-progress'],
    'in-progress': ['on-hold', 'completed', 'failed'],
    'on-hold': ['in-progress', 'failed'],
  },
  resident: {},
};

async function reach(status: string, r: Who) {
  const id = await gpReferral(r);
  for (const [to, by] of PATH[status]!) {
    const res = await move(by === 'referrer' ? gp : coach, id, { to, ...BODY[to] });
    expect(res.statusCode, `${status}: ${to} ${res.body}`).toBe(200);
  }
  return id;
}

describe('referrals', () => {
  it('sends only parts the referrer may see; the receiver opens exactly those, for this referral, while it is open', async () => {
    const r = await resident();
    // Medication is not in the GP's consent: it cannot go with the referral.
    const refused = await refer(gp, {
      residentId: r.id,
      to: { organisationId: welfareOrg },
      reason: 'Eenzaam',
      consent: { categories: ['problems', 'medication'] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('body.consent.categories');
    expect(
      await t.db.selectFrom('referral').select('id').where('resident_id', '=', r.id).execute(),
    ).toHaveLength(0);

    const id = await gpReferral(r, ['problems']);
    const read = (who: Who, part: string, ref = id) =>
      t.app.inject({
        url: `/api/v1/residents/${r.id}/record/${part}?purpose=referral&purposeRef=${ref}`,
        headers: who.headers,
      });
    expect((await read(coach, 'problems')).statusCode).toBe(200);
    expect((await read(coach, 'notes')).statusCode).toBe(404);
    expect((await read(coach, 'medication')).statusCode).toBe(404);
    expect((await read(coach, 'problems', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await read(otherCoach, 'problems')).statusCode).toBe(404);

    // The receiver sees the referral with the consented parts; the resident finds the consent in her ledger.
    const seen = await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: coach.headers });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      status: 'requested',
      parties: ['receiver'],
      allowedTransitions: ['received'],
      consent: { categories: ['problems'], active: true },
      needs: [{ code: 'behoefte.minder-eenzaam', name: expect.any(String) }],
      icpc: ['Z29'],
    });
    const ledger = await t.app.inject({ url: '/api/v1/me/consents', headers: r.headers });
    // The ledger names the referral by its destination, not by an id.
    expect(ledger.json().items.find((c: { purpose: string }) => c.purpose === 'referral')).toMatchObject({
      purposeRef: id,
      purposeRefName: 'Welzijn Kerkrade',
    });

    // Closed, the consent no longer opens the record.
    expect((await move(coach, id, { to: 'received' })).statusCode).toBe(200);
    expect((await move(coach, id, { to: 'rejected', reason: 'Geen plek' })).statusCode).toBe(200);
    expect((await read(coach, 'problems')).statusCode).toBe(404);
    const after = await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: coach.headers });
    expect(after.json().consent.active).toBe(false);
  });

  it('refuses a referral without a basis: strangers, coordinators and funders get 404 and leave a denied row', async () => {
    const r = await resident();
    const id = await gpReferral(r);
    for (const who of [otherCoach, coordinator, funder]) {
      const before = await t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('seq').as('m'))
        .executeTakeFirstOrThrow();
      const got = await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: who.headers });
      expect(got.statusCode).toBe(404);
      expect(got.body).not.toContain('Eenzaam');
      const moved = await move(who, id, { to: 'received' });
      expect(moved.statusCode).toBe(404);
      const rows = await t.db
        .selectFrom('audit_log')
        .select(['outcome', 'subject_id', 'object_type'])
        .where('seq', '>', Number(before.m))
        .execute();
      expect(rows).toEqual([
        { outcome: 'denied', subject_id: r.id, object_type: 'referral' },
        { outcome: 'denied', subject_id: r.id, object_type: 'referral' },
      ]);
    }
    const list = await t.app.inject({ url: '/api/v1/referrals?box=received', headers: otherCoach.headers });
    expect(list.json().items).toEqual([]);
    // Only professionals refer others; a coordinator or funder cannot.
    for (const who of [coordinator, funder]) {
      const res = await refer(who, {
        residentId: r.id,
        to: { organisationId: welfareOrg },
        reason: 'x',
        consent: { categories: [] },
      });
      expect(res.statusCode).toBe(403);
    }
    // And a resident cannot refer someone else.
    expect(
      (
        await refer(r, {
          residentId: (await resident()).id,
          to: { organisationId: welfareOrg },
          reason: 'x',
          consent: { categories: [] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('every transition from every status, for every party: allowed ones move, others answer 409 with the allowed list', async () => {
    const r = await resident();
    const parties = { referrer: gp, receiver: coach, resident: r } as const;
    let tried = 0;
    for (const from of STATUSES) {
      const id = await reach(from, r);
      for (const [party, who] of Object.entries(parties) as [keyof typeof RULE, Who][]) {
        const may = RULE[party][from] ?? [];
        for (const to of STATUSES) {
          if (may.includes(to)) continue; // allowed steps are taken below, each on a fresh referral
          const res = await move(who, id, { to, ...BODY[to] });
          tried++;
          expect(res.statusCode, `${party} ${from} → ${to}`).toBe(409);
          expect(res.json(), `${party} ${from} → ${to}`).toMatchObject({ status: from, allowed: may });
        }
        for (const to of may) {
          const fresh = await reach(from, r);
          const res = await move(who, fresh, { to, ...BODY[to] });
          tried++;
          expect(res.statusCode, `${party} ${from} → ${to}: ${res.body}`).toBe(200);
          expect(res.json().status).toBe(to);
          const timeline = (
            await t.app.inject({ url: `/api/v1/referrals/${fresh}`, headers: r.headers })
          ).json().timeline as { party: string; from: string; to: string }[];
          expect(timeline.at(-1)).toMatchObject({ party, from, to });
        }
      }
      // A stranger is never told the status or the steps.
      expect((await move(otherCoach, id, { to: 'cancelled' })).statusCode).toBe(404);
    }
    expect(tried).toBeGreaterThan(200);
  });

  it('names the missing reason or message back; nothing changes', async () => {
    const r = await resident();
    const id = await reach('in-progress', r);
    for (const [to, field] of [
      ['on-hold', 'body.reason'],
      ['failed', 'body.reason'],
      ['completed', 'body.outcome'],
    ] as const) {
      const res = await move(coach, id, { to });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe(field);
    }
    const bad = await move(coach, id, {
      to: 'completed',
      outcome: { ...FEEDBACK, linkedServiceIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(bad.json().errors[0].path).toBe('body.outcome.linkedServiceIds.0');
    const seen = await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: gp.headers });
    expect(seen.json().status).toBe('in-progress');
  });

  it('closes the loop: the GP gets the message back, the resident follows every step', async () => {
    const r = await resident();
    const id = await reach('completed', r);
    const gpView = (await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: gp.headers })).json();
    expect(gpView).toMatchObject({
      status: 'completed',
      parties: ['referrer'],
      allowedTransitions: [],
      feedback: { outcome: FEEDBACK.outcome, wellbeing: { instrument: 'ONS4', before: 4, after: 7 } },
    });
    expect(gpView.timeline.map((e: { to: string }) => e.to)).toEqual([
      'requested',
      'received',
      'accepted',
      'in-progress',
      'completed',
    ]);
    const fhir = await t.app.inject({ url: `/api/v1/referrals/${id}/fhir`, headers: gp.headers });
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    const types = fhir
      .json()
      .entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(types).toEqual(['Task', 'ServiceRequest', 'Observation', 'Observation']);
    const task = fhir.json().entry[0].resource;
    expect(task).toMatchObject({
      status: 'completed',
      intent: 'order',
      for: { reference: `Patient/${r.id}` },
    });
    expect(task.output.map((o: { valueString?: string }) => o.valueString)).toContain(FEEDBACK.outcome);
    expect(fhir.json().entry[2].resource.valueQuantity.value).toBe(4);
    expect(
      (await t.app.inject({ url: `/api/v1/referrals/${id}/fhir`, headers: otherCoach.headers })).statusCode,
    ).toBe(404);
    const mine = (await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: r.headers })).json();
    expect(mine.parties).toEqual([]);
    expect(mine.feedback.supportGiven).toBe(FEEDBACK.supportGiven);
    const list = await t.app.inject({ url: '/api/v1/referrals?box=mine', headers: r.headers });
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(id);
    const messages = await t.db
      .selectFrom('notification')
      .select('kind')
      .where('person_id', 'in', [gp.id, r.id])
      .where('link', '=', `/verwijzingen/${id}`)
      .execute();
    expect(messages.map((m) => m.kind).sort()).toEqual([
      'referral.accepted',
      'referral.accepted',
      'referral.completed',
      'referral.completed',
      'referral.made',
    ]);
  });

  it('a resident refers herself to a session: places are counted, a full one without waiting list is refused, she may cancel', async () => {
    const r = await resident();
    const smOrg = (
      await t.db
        .insertInto('sm_organization')
        .values({ name: 'Welzijn Kerkrade', organisation_id: welfareOrg })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const service = (
      await t.db
        .insertInto('sm_service')
        .values({ organization_id: smOrg, name: 'Wandelgroep Bleijerheide' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const session = async (capacity: number, taken: number, waiting: boolean) =>
      (
        await t.db
          .insertInto('sm_session')
          .values({
            service_id: service,
            starts_at: sql<Date>`now() + interval '7 days'`,
            capacity,
            places_taken: taken,
            waiting_list: waiting,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const open = await session(12, 3, false);
    const full = await session(12, 12, false);
    const waiting = await session(12, 12, true);
    const self = (sessionId: string) =>
      refer(r, {
        residentId: r.id,
        to: { serviceId: service, sessionId },
        reason: 'Ik wil meer bewegen en mensen ontmoeten.',
        needs: ['behoefte.meer-bewegen'],
        consent: { categories: [] },
      });
    // The public service page says the provider takes referrals, and gives each session's id to sign up with.
    const page = await t.app.inject({ url: `/api/v1/social-map/services/${service}`, headers: r.headers });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().takes_referrals).toBe(true);
    expect(
      page
        .json()
        .sessions.map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual([open, full, waiting].sort());
    const refusedFull = await self(full);
    expect(refusedFull.statusCode).toBe(400);
    expect(refusedFull.json().errors[0].path).toBe('body.to.sessionId');

    const booked = await self(open);
    expect(booked.statusCode, booked.body).toBe(201);
    const taken = async (id: string) =>
      (
        await t.db
          .selectFrom('sm_session')
          .select('places_taken')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).places_taken;
    expect(await taken(open)).toBe(4);

    const queued = await self(waiting);
    expect(queued.statusCode).toBe(201);
    const view = (
      await t.app.inject({ url: `/api/v1/referrals/${queued.json().id}`, headers: r.headers })
    ).json();
    expect(view).toMatchObject({
      route: 'self',
      to: { waitingList: true, service: { name: 'Wandelgroep Bleijerheide' } },
    });
    expect(view.parties).toEqual(['referrer', 'resident']);
    expect(await taken(waiting)).toBe(12);

    // The coach of the service's organisation receives it; the resident takes her own back.
    const received = await t.app.inject({ url: '/api/v1/referrals?box=received', headers: coach.headers });
    expect(received.json().items.map((x: { id: string }) => x.id)).toContain(booked.json().id);
    expect((await move(r, booked.json().id, { to: 'cancelled' })).statusCode).toBe(200);
    expect(await taken(open)).toBe(3);
    // A service whose provider is not in Wijkpunt takes no referrals.
    const loose = (
      await t.db
        .insertInto('sm_service')
        .values({ name: 'Los aanbod' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const loosePage = await t.app.inject({ url: `/api/v1/social-map/services/${loose}` });
    expect(loosePage.json().takes_referrals).toBe(false);
    const refusedLoose = await refer(r, {
      residentId: r.id,
      to: { serviceId: loose },
      reason: 'x',
      consent: { categories: [] },
    });
    expect(refusedLoose.json().errors[0].path).toBe('body.to.serviceId');
  });

  it('names unknown needs and a destination that is not one', async () => {
    const r = await resident();
    const bad = await refer(gp, {
      residentId: r.id,
      to: { organisationId: welfareOrg },
      reason: 'x',
      needs: ['behoefte.minder-eenzaam', 'behoefte.bestaat-niet'],
      consent: { categories: [] },
    });
    expect(bad.json().errors[0].path).toBe('body.needs.1');
    const two = await refer(gp, {
      residentId: r.id,
      to: { organisationId: welfareOrg, team: welfareOrg },
      reason: 'x',
      consent: { categories: [] },
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().errors[0].path).toBe('body.to.organisationId');
  });
  it('flags a referral that waits too long once to both sides and the coordinator; each step re-arms it', async () => {
    const r = await resident();
    const id = await gpReferral(r);
    // Sent on Friday 27 November 2026; five working days end on Friday 4 December.
    await sql`UPDATE referral SET status_at = '2026-11-27T10:00:00+01:00' WHERE id = ${id}`.execute(t.db);
    const opts = { workingDays: 5, publicUrl: 'http://localhost' };
    expect(await flagOverdue(t.db, { ...opts, today: '2026-12-04' })).toBe(0);
    expect(await flagOverdue(t.db, { ...opts, today: '2026-12-07' })).toBe(1);
    expect(await flagOverdue(t.db, { ...opts, today: '2026-12-08' })).toBe(0);
    const told = await t.db
      .selectFrom('notification')
      .select(['person_id', 'kind'])
      .where('kind', 'like', 'referral.overdue%')
      .where('link', 'in', [`/verwijzingen/${id}`, '/verwijzingen/cijfers'])
      .execute();
    expect(
      told
        .filter((n) => n.kind === 'referral.overdue')
        .map((n) => n.person_id)
        .sort(),
    ).toEqual([gp.id, coach.id].sort());
    expect(told.filter((n) => n.kind === 'referral.overdue_coordinator').map((n) => n.person_id)).toContain(
      coordinator.id,
    );
    expect((await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: gp.headers })).json().overdue).toBe(
      true,
    );
    // Received: the wait for acceptance starts, watched again.
    expect((await move(coach, id, { to: 'received' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: gp.headers })).json().overdue).toBe(
      false,
    );
    await sql`UPDATE referral SET status_at = '2026-11-27T10:00:00+01:00' WHERE id = ${id}`.execute(t.db);
    expect(await flagOverdue(t.db, { ...opts, today: '2026-12-07' })).toBe(1);
  });
  it('the link worker notes contacts and links services; the resident sees them, the referrer does not; the worklist groups', async () => {
    const r = await resident();
    const id = await reach('received', r);
    const contact = (who: Who, body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/referrals/${id}/contacts`,
        headers: who.headers,
        payload: body,
      });
    const call = {
      at: new Date().toISOString(),
      kind: 'phone',
      note: 'Kennismaking; ze wil graag wandelen.',
    };
    // Not before acceptance; never by the referrer or a stranger.
    expect((await contact(coach, call)).statusCode).toBe(409);
    expect((await move(coach, id, { to: 'accepted' })).statusCode).toBe(200);
    expect((await contact(gp, call)).statusCode).toBe(404);
    expect((await contact(otherCoach, call)).statusCode).toBe(404);
    expect((await contact(coach, { ...call, at: '2099-01-01T10:00:00Z' })).json().errors[0].path).toBe(
      'body.at',
    );
    expect((await contact(coach, call)).statusCode).toBe(201);
    const smOrg = (
      await t.db
        .insertInto('sm_organization')
        .values({ name: 'Buurthuis' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const walk = (
      await t.db
        .insertInto('sm_service')
        .values({ organization_id: smOrg, name: 'Wandelgroep' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const link = await t.app.inject({
      method: 'POST',
      url: `/api/v1/referrals/${id}/links`,
      headers: coach.headers,
      payload: { serviceId: walk },
    });
    expect(link.statusCode).toBe(204);

    const forCoach = (await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: coach.headers })).json();
    expect(forCoach.work.contacts).toMatchObject([{ kind: 'phone', note: call.note }]);
    expect(forCoach.work.linkedServices).toMatchObject([{ id: walk, name: 'Wandelgroep' }]);
    expect(
      (await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: r.headers })).json().work.contacts,
    ).toHaveLength(1);
    const forGp = await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: gp.headers });
    expect(forGp.json().work).toBeNull();
    expect(forGp.body).not.toContain('Kennismaking');

    const list = (await t.app.inject({ url: '/api/v1/referrals/caseload', headers: coach.headers })).json();
    expect(list.active.map((x: { id: string }) => x.id)).toContain(id);
    expect(list.active.find((x: { id: string }) => x.id === id).lastContactAt).not.toBeNull();
    expect(
      (await t.app.inject({ url: '/api/v1/referrals/caseload', headers: otherCoach.headers })).json().active,
    ).toEqual([]);
    const undo = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/referrals/${id}/links/${walk}`,
      headers: coach.headers,
    });
    expect(undo.statusCode).toBe(204);
  });
});
