// The front desk through the API: a resident's question lands in the right stream's team of her
// neighbourhood; team members pick up, move it, answer; the resident follows each step; a question taken
// down at the desk needs a way to reach the caller; nobody outside the neighbourhood's teams sees a
// question (404, with a denied row in the resident's log); a referral made for a question closes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
type Headers = Record<string, string>;
interface Who {
  id: string;
  headers: Headers;
}
let coach: Who; // wellbeing team
let nurse: Who; // care team
let elsewhere: Who; // a team of another neighbourhood
let outsider: Who; // a professional in no team
let coordinator: Who;
let welfareOrg: string;

async function who(p: { id: string }): Promise<Who> {
  return { id: p.id, headers: await bearer(t.db, p.id) };
}

async function team(organisationId: string, neighbourhoodId: string, stream: string, members: string[]) {
  const row = await t.db
    .insertInto('team')
    .values({
      organisation_id: organisationId,
      neighbourhood_id: neighbourhoodId,
      stream: stream as 'care',
      name: `Team ${stream}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const person_id of members)
    await t.db.insertInto('team_member').values({ team_id: row.id, person_id }).execute();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
  const other = await makeRegion(t.db);
  welfareOrg = (
    await t.db
      .insertInto('organisation')
      .values({ region_id: ids.regionId, name: 'Welzijn', type: 'welfare' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  coach = await who(
    await makePerson(t.db, { role: 'professional', discipline: 'welfare_coach', organisationId: welfareOrg }),
  );
  nurse = await who(
    await makePerson(t.db, {
      role: 'professional',
      discipline: 'practice_nurse',
      organisationId: ids.organisationId,
    }),
  );
  elsewhere = await who(
    await makePerson(t.db, {
      role: 'professional',
      discipline: 'welfare_coach',
      organisationId: other.organisationId,
    }),
  );
  outsider = await who(
    await makePerson(t.db, { role: 'professional', discipline: 'gp', organisationId: ids.organisationId }),
  );
  coordinator = await who(
    await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId }),
  );
  await team(welfareOrg, ids.neighbourhoodId, 'wellbeing', [coach.id]);
  await team(ids.organisationId, ids.neighbourhoodId, 'care', [nurse.id]);
  await team(other.organisationId, other.neighbourhoodId, 'wellbeing', [elsewhere.id]);
});
afterAll(() => t.close());

const resident = async () =>
  who(await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId, name: 'Mia' }));
const ask = (w: Who, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/frontdesk/questions', headers: w.headers, payload: body });
const stepOn = (w: Who, id: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/frontdesk/questions/${id}/steps`,
    headers: w.headers,
    payload: body,
  });
const get = (w: Who, id: string) =>
  t.app.inject({ url: `/api/v1/frontdesk/questions/${id}`, headers: w.headers });

describe('front desk', () => {
  it("routes a resident's question to her neighbourhood's team of the stream; the team answers; she follows every step", async () => {
    const r = await resident();
    const asked = await ask(r, { text: 'Ik ben zo eenzaam sinds mijn man overleed.', postcode: '6461 ab' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ stream: 'wellbeing', urgent: false });
    const id = asked.json().id as string;

    const q = await t.app.inject({ url: '/api/v1/frontdesk/queue', headers: coach.headers });
    expect(q.json().items.find((i: { id: string }) => i.id === id)).toMatchObject({
      stream: 'wellbeing',
      status: 'new',
      team: 'Team wellbeing',
      resident: 'Mia',
      contact: null,
    });
    // The queue names the caller's teams, with their neighbourhoods (the desk's form offers them).
    expect(q.json().teams).toEqual([
      {
        id: expect.any(String),
        name: 'Team wellbeing',
        stream: 'wellbeing',
        neighbourhood: { id: ids.neighbourhoodId, name: expect.any(String) },
      },
    ]);
    // A team member sees the question as the team, with the steps she may take now.
    expect((await get(coach, id)).json()).toMatchObject({
      seenAs: 'team',
      actions: ['picked_up', 'rerouted', 'answered', 'closed'],
    });
    const messages = await t.db
      .selectFrom('notification')
      .select('kind')
      .where('person_id', '=', coach.id)
      .execute();
    expect(messages.map((m) => m.kind)).toContain('frontdesk.new');

    expect((await stepOn(coach, id, { kind: 'picked_up' })).json()).toMatchObject({
      status: 'picked_up',
      postcode: '6461AB',
      actions: ['rerouted', 'answered', 'closed'],
    });
    // Picked up twice is refused; moving to the stream it is in is named at the field.
    expect((await stepOn(nurse, id, { kind: 'picked_up' })).statusCode).toBe(409);
    expect((await stepOn(coach, id, { kind: 'rerouted', stream: 'wellbeing' })).json().errors[0].path).toBe(
      'body.stream',
    );
    // A stream not chosen (the web form sends it empty) is named at the field too.
    expect((await stepOn(coach, id, { kind: 'rerouted', stream: '' })).json().errors[0].path).toBe(
      'body.stream',
    );
    const moved = await stepOn(coach, id, {
      kind: 'rerouted',
      stream: 'care',
      note: 'Vooral slapeloosheid en pijn.',
    });
    expect(moved.json()).toMatchObject({ stream: 'care', status: 'new', team: 'Team care', assignee: null });
    const answered = await stepOn(nurse, id, {
      kind: 'answered',
      answer: 'U kunt bij de POH terecht; wij bellen u morgen.',
    });
    expect(answered.json()).toMatchObject({ status: 'answered', actions: ['closed'] });

    const mine = await get(r, id);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      status: 'answered',
      answer: 'U kunt bij de POH terecht; wij bellen u morgen.',
      resident: null,
      because: [],
      seenAs: 'resident',
      actions: [],
    });
    expect(mine.json().steps.map((s: { kind: string }) => s.kind)).toEqual([
      'asked',
      'picked_up',
      'rerouted',
      'answered',
    ]);
    // The resident does not read the team's internal note or who moved it; she does read who answered.
    expect(mine.json().steps[2]).toMatchObject({ actor: null, note: null, stream: 'care' });
    expect(mine.json().steps[3].actor).not.toBeNull();
    const list = await t.app.inject({ url: '/api/v1/frontdesk/questions', headers: r.headers });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([id]);
    const told = await t.db.selectFrom('notification').select('kind').where('person_id', '=', r.id).execute();
    expect(told.map((m) => m.kind)).toEqual(['frontdesk.answered']);
  });

  it('keeps a question within the neighbourhood’s teams: others get 404 and the log says so', async () => {
    const r = await resident();
    const id = (await ask(r, { text: 'Ik heb schulden.' })).json().id as string;
    for (const w of [elsewhere, outsider, coordinator, await resident()]) {
      expect((await get(w, id)).statusCode).toBe(404);
      expect((await stepOn(w, id, { kind: 'picked_up' })).statusCode).toBe(404);
    }
    const denied = await t.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('subject_id', '=', r.id)
      .where('object_type', '=', 'frontdesk_question')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toHaveLength(8);
    expect(
      (await t.app.inject({ url: '/api/v1/frontdesk/queue', headers: outsider.headers })).statusCode,
    ).toBe(403);
    const theirs = await t.app.inject({
      url: '/api/v1/frontdesk/queue?all=true',
      headers: elsewhere.headers,
    });
    expect(theirs.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    // Only residents and team members ask.
    expect((await ask(coordinator, { text: 'Vraag' })).statusCode).toBe(403);
  });

  it('takes a question down on the phone: a way to reach the caller is needed; it lands in the desk’s neighbourhood', async () => {
    const missing = await ask(coach, {
      text: 'Mevrouw belt: ze kan de huur niet betalen.',
      channel: 'phone',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('body.contact');
    const bad = await ask(coach, { text: 'x', contact: '045 123 45 67', postcode: '0123 AB' });
    expect(bad.json().errors[0].path).toBe('body.postcode');
    const ok = await ask(coach, {
      text: 'Mevrouw belt: ze kan de huur niet betalen.',
      channel: 'phone',
      contact: '045 123 45 67',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().stream).toBe('wellbeing');
    const seen = (await get(nurse, ok.json().id)).json();
    expect(seen).toMatchObject({
      channel: 'phone',
      contact: '045 123 45 67',
      resident: null,
      because: ['betalen', 'huur'],
    });
    const queued = await t.app.inject({ url: '/api/v1/frontdesk/queue', headers: nurse.headers });
    expect(queued.json().items.find((i: { id: string }) => i.id === ok.json().id)).toMatchObject({
      resident: null,
      contact: '045 123 45 67',
      channel: 'phone',
    });
  });

  it('says when a question holds words of acute danger', async () => {
    const r = await resident();
    const asked = await ask(r, { text: 'Ik wil niet meer leven.' });
    expect(asked.json().urgent).toBe(true);
    const q = await t.app.inject({ url: '/api/v1/frontdesk/queue', headers: coach.headers });
    expect(q.json().items.find((i: { id: string }) => i.id === asked.json().id).urgent).toBe(true);
  });

  it('a referral made for a question answers it, and the question shows the referral', async () => {
    const r = await resident();
    const id = (await ask(r, { text: 'Ik wil meer bewegen maar durf niet alleen.' })).json().id as string;
    const referred = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referrals',
      headers: coach.headers,
      payload: {
        residentId: r.id,
        to: { organisationId: welfareOrg },
        reason: 'Wil meer bewegen, samen met anderen.',
        needs: ['behoefte.meer-bewegen'],
        consent: { categories: [] },
        questionId: id,
      },
    });
    expect(referred.statusCode, referred.body).toBe(201);
    const q = (await get(r, id)).json();
    expect(q.status).toBe('answered');
    expect(q.steps.map((s: { kind: string }) => s.kind)).toEqual(['asked', 'referred']);
    expect(q.referrals).toEqual([{ id: referred.json().id, status: 'requested' }]);
    const view = await t.app.inject({ url: `/api/v1/referrals/${referred.json().id}`, headers: r.headers });
    expect(view.json().route).toBe('frontdesk');
  });
  it('lists the teams of the neighbourhoods a professional works in, for professionals only', async () => {
    const mine = await t.app.inject({ url: '/api/v1/teams', headers: coach.headers });
    expect(
      mine
        .json()
        .items.map((x: { name: string; stream: string }) => `${x.name}/${x.stream}`)
        .sort(),
    ).toEqual(['Team care/care', 'Team wellbeing/wellbeing']);
    expect(
      (await t.app.inject({ url: '/api/v1/teams', headers: (await resident()).headers })).statusCode,
    ).toBe(403);
  });
});
