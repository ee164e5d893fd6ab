// Wmo advice through the API: the consultant opens a case and sees its statutory clocks; asks the GP for
// advice, which waits for the resident's consent; the GP sees the question only after she approves, answers
// with a structured advice; the consultant reads the advice and exactly the consented parts of the record;
// the resident sees the case, the question and the advice. Others (another GP, another municipality's
// consultant, a coordinator) get 404 and leave a denied row; a declined consent never reaches the GP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';
import { everyCategoryBundle } from '../support/record.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
interface Who {
  id: string;
  headers: Record<string, string>;
}
let consultant: Who;
let colleague: Who; // a Wmo consultant of the same municipality
let otherConsultant: Who; // of another municipality
let gp: Who;
let otherGp: Who;
let coordinator: Who;

const who = async (p: { id: string }): Promise<Who> => ({ id: p.id, headers: await bearer(t.db, p.id) });
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
  const other = await makeRegion(t.db);
  const municipality = (
    await t.db
      .insertInto('organisation')
      .values({ region_id: ids.regionId, name: 'Gemeente Kerkrade', type: 'municipality' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const wmo = (org: string) =>
    makePerson(t.db, { role: 'professional', discipline: 'wmo_consultant', organisationId: org });
  consultant = await who(await wmo(municipality));
  colleague = await who(await wmo(municipality));
  otherConsultant = await who(await wmo(other.organisationId));
  gp = await who(
    await makePerson(t.db, {
      role: 'professional',
      discipline: 'gp',
      organisationId: ids.organisationId,
      name: 'Dr. Hermans',
    }),
  );
  otherGp = await who(
    await makePerson(t.db, { role: 'professional', discipline: 'gp', organisationId: other.organisationId }),
  );
  coordinator = await who(
    await makePerson(t.db, { role: 'coordinator', neighbourhoodId: ids.neighbourhoodId }),
  );
});
afterAll(() => t.close());

async function resident(): Promise<Who> {
  const r = await who(
    await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId, name: 'Truus' }),
  );
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/record/import',
    headers: r.headers,
    payload: everyCategoryBundle(),
  });
  expect(imported.statusCode).toBe(200);
  return r;
}

const post = (w: Who, url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers: w.headers, payload });
const get = (w: Who, url: string) => t.app.inject({ url, headers: w.headers });

async function openCase(r: Who, reportedOn = daysAgo(38)) {
  const res = await post(consultant, '/api/v1/wmo/cases', {
    residentId: r.id,
    subject: 'Hulp bij het huishouden',
    reportedOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const ADVICE = {
  limitations: 'Kan door artrose in beide knieën niet langer dan tien minuten staan; traplopen lukt niet.',
  prognosis: 'worsening',
  answer: 'Zwaar huishoudelijk werk kan mevrouw niet meer zelf; licht werk zittend wel.',
  recommendation: 'Hulp bij het huishouden voor het zware werk.',
};

describe('Wmo advice', () => {
  it('the consultant asks, the resident consents, the GP advises; each sees what is theirs', async () => {
    const r = await resident();
    const caseId = await openCase(r);
    const opened = (await get(consultant, `/api/v1/wmo/cases/${caseId}`)).json();
    expect(opened.clocks.investigation).toMatchObject({
      due: expect.any(String),
      daysLeft: 4,
      state: 'due_soon',
    });
    expect(opened.clocks.decision.state).toBe('not_started');

    const asked = await post(consultant, `/api/v1/wmo/cases/${caseId}/advice-requests`, {
      gpId: gp.id,
      question: 'Kan mevrouw het zware huishoudelijke werk nog zelf doen?',
      categories: ['problems'],
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const adviceId = asked.json().id as string;

    // Before consent: the GP does not see it; the consultant cannot read the record.
    expect((await get(gp, '/api/v1/wmo/advice')).json().items).toEqual([]);
    expect((await get(gp, `/api/v1/wmo/advice/${adviceId}`)).statusCode).toBe(404);
    expect((await post(gp, `/api/v1/wmo/advice/${adviceId}/answer`, ADVICE)).statusCode).toBe(404);
    const record = (w: Who, part: string) =>
      get(w, `/api/v1/residents/${r.id}/record/${part}?purpose=wmo_advice&purposeRef=${adviceId}`);
    expect((await record(consultant, 'problems')).statusCode).toBe(404);

    // The resident finds the request in her ledger and approves it; the GP is told.
    const ledger = (await get(r, '/api/v1/me/consents')).json().items as {
      id: string;
      status: string;
      purpose: string;
    }[];
    const request = ledger.find((c) => c.purpose === 'wmo_advice' && c.status === 'requested')!;
    expect(request).toBeDefined();
    expect(
      (await post(r, `/api/v1/me/consents/${request.id}/decision`, { decision: 'approve' })).statusCode,
    ).toBe(204);
    const told = await t.db
      .selectFrom('notification')
      .select(['kind', 'link'])
      .where('person_id', '=', gp.id)
      .execute();
    expect(told).toEqual([{ kind: 'wmo.advice_requested', link: `/wmo-advies/${adviceId}` }]);

    const inbox = (await get(gp, '/api/v1/wmo/advice')).json().items;
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      question: 'Kan mevrouw het zware huishoudelijke werk nog zelf doen?',
      consent: 'active',
      categories: ['problems'],
    });
    expect((await get(gp, `/api/v1/wmo/advice/${adviceId}`)).json().mayAnswer).toBe(true);
    // Another GP is never asked.
    expect((await get(otherGp, `/api/v1/wmo/advice/${adviceId}`)).statusCode).toBe(404);
    expect((await post(otherGp, `/api/v1/wmo/advice/${adviceId}/answer`, ADVICE)).statusCode).toBe(404);

    const bad = await post(gp, `/api/v1/wmo/advice/${adviceId}/answer`, { ...ADVICE, prognosis: 'maybe' });
    expect(bad.json().errors[0].path).toBe('body.prognosis');
    const answered = await post(gp, `/api/v1/wmo/advice/${adviceId}/answer`, ADVICE);
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await post(gp, `/api/v1/wmo/advice/${adviceId}/answer`, ADVICE)).statusCode).toBe(409);

    // The consultant reads the advice and exactly the consented part.
    const seen = (await get(consultant, `/api/v1/wmo/cases/${caseId}`)).json();
    expect(seen.advice[0]).toMatchObject({ advice: ADVICE, gp: { name: 'Dr. Hermans' } });
    expect((await record(consultant, 'problems')).statusCode).toBe(200);
    expect((await record(consultant, 'medication')).statusCode).toBe(404);
    expect((await get(colleague, `/api/v1/wmo/cases/${caseId}`)).statusCode).toBe(200);

    // The resident sees her case, the question, the advice and the clocks.
    const mine = (await get(r, `/api/v1/wmo/cases/${caseId}`)).json();
    expect(mine).toMatchObject({
      mayEdit: false,
      subject: 'Hulp bij het huishouden',
      advice: [{ advice: ADVICE }],
    });
    expect((await get(r, '/api/v1/wmo/cases')).json().items.map((c: { id: string }) => c.id)).toEqual([
      caseId,
    ]);
    const residentTold = await t.db
      .selectFrom('notification')
      .select('kind')
      .where('person_id', '=', r.id)
      .orderBy('created_at')
      .execute();
    expect(residentTold.map((n) => n.kind)).toEqual(['wmo.consent_requested', 'wmo.advice_given']);
  });

  it('keeps the case from everyone else: 404 and a denied row', async () => {
    const r = await resident();
    const caseId = await openCase(r);
    for (const w of [otherConsultant, gp, coordinator, await resident()]) {
      expect((await get(w, `/api/v1/wmo/cases/${caseId}`)).statusCode).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'PATCH',
            url: `/api/v1/wmo/cases/${caseId}`,
            headers: w.headers,
            payload: { investigatedOn: daysAgo(1) },
          })
        ).statusCode,
      ).toBe(404);
    }
    // The resident may read, not change.
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/wmo/cases/${caseId}`,
          headers: r.headers,
          payload: { investigatedOn: daysAgo(1) },
        })
      ).statusCode,
    ).toBe(404);
    const denied = await t.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('subject_id', '=', r.id)
      .where('object_type', '=', 'wmo_case')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toHaveLength(9);
    // Only Wmo consultants open a case.
    expect(
      (await post(gp, '/api/v1/wmo/cases', { residentId: r.id, subject: 'x', reportedOn: daysAgo(1) }))
        .statusCode,
    ).toBe(403);
  });

  it('a declined consent never reaches the GP', async () => {
    const r = await resident();
    const caseId = await openCase(r);
    const adviceId = (
      await post(consultant, `/api/v1/wmo/cases/${caseId}/advice-requests`, {
        gpId: gp.id,
        question: 'Vraag',
        categories: ['medication'],
      })
    ).json().id as string;
    const request = (await get(r, '/api/v1/me/consents'))
      .json()
      .items.find((c: { purpose: string }) => c.purpose === 'wmo_advice');
    expect(
      (await post(r, `/api/v1/me/consents/${request.id}/decision`, { decision: 'decline' })).statusCode,
    ).toBe(204);
    expect((await get(gp, `/api/v1/wmo/advice/${adviceId}`)).statusCode).toBe(404);
    expect((await get(consultant, `/api/v1/wmo/cases/${caseId}`)).json().advice[0].consent).toBe('declined');
    // Not a GP: named at the field.
    const notGp = await post(consultant, `/api/v1/wmo/cases/${caseId}/advice-requests`, {
      gpId: colleague.id,
      question: 'Vraag',
      categories: ['problems'],
    });
    expect(notGp.json().errors[0].path).toBe('body.gpId');
  });

  it("finds a resident by exact e-mail address and lists the region's GPs, for Wmo consultants only", async () => {
    const r = await resident();
    const email = (
      await t.db.selectFrom('person').select('email').where('id', '=', r.id).executeTakeFirstOrThrow()
    ).email;
    const lookup = (w: Who, address: string) => post(w, '/api/v1/wmo/resident-lookup', { email: address });

    const found = await lookup(consultant, email.toUpperCase());
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toEqual({ id: r.id, name: 'Truus' });
    const read = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'actor_id'])
      .where('subject_id', '=', r.id)
      .where('object_type', '=', 'person')
      .execute();
    expect(read).toEqual([{ action: 'read', object_type: 'person', actor_id: consultant.id }]);
    // She reads both the look-up and the case in plain words in her access log.
    await openCase(r);
    const log = (await get(r, '/api/v1/me/access-log')).json().items as { object: string }[];
    expect(log.map((l) => l.object)).toEqual(
      expect.arrayContaining(['uw persoonsgegevens', 'uw Wmo-melding bij de gemeente']),
    );

    // Part of an address, a professional's address or an unknown one: none is a resident, named at the field.
    for (const address of [email.slice(1), 'niemand@test.wijkpunt.nl']) {
      const none = await lookup(consultant, address);
      expect(none.statusCode).toBe(404);
      expect(none.json().errors[0].path).toBe('body.email');
    }
    const gpEmail = (
      await t.db.selectFrom('person').select('email').where('id', '=', gp.id).executeTakeFirstOrThrow()
    ).email;
    expect((await lookup(consultant, gpEmail)).statusCode).toBe(404);
    expect((await lookup(consultant, 'geen adres')).json().errors[0].path).toBe('body.email');

    // Only Wmo consultants may look residents up or list GPs.
    for (const w of [gp, coordinator, r]) {
      expect((await lookup(w, email)).statusCode).toBe(403);
      expect((await get(w, '/api/v1/wmo/gps')).statusCode).toBe(403);
    }

    // The GPs of the consultant's region, not those of another region.
    const gps = (await get(consultant, '/api/v1/wmo/gps')).json().items as { id: string }[];
    expect(gps.map((g) => g.id)).toContain(gp.id);
    expect(gps.map((g) => g.id)).not.toContain(otherGp.id);
    expect(gps.find((g) => g.id === gp.id)).toMatchObject({
      name: 'Dr. Hermans',
      organisation: { id: ids.organisationId },
    });
  });

  it('stops the clocks with their dates, and names dates that cannot be', async () => {
    const r = await resident();
    const caseId = await openCase(r, daysAgo(50));
    const late = (await get(consultant, `/api/v1/wmo/cases/${caseId}`)).json();
    expect(late.clocks.investigation).toMatchObject({ state: 'overdue', daysLeft: -8 });
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/wmo/cases/${caseId}`,
        headers: consultant.headers,
        payload,
      });
    expect((await patch({ decidedOn: daysAgo(1), decision: 'Toegekend' })).json().errors[0].path).toBe(
      'body.decidedOn',
    );
    expect((await patch({ investigatedOn: daysAgo(60) })).json().errors[0].path).toBe('body.investigatedOn');
    const applied = (await patch({ investigatedOn: daysAgo(5), appliedOn: daysAgo(4) })).json();
    expect(applied.clocks.investigation.state).toBe('done_late');
    expect(applied.clocks.decision).toMatchObject({ state: 'running', daysLeft: 10 });
    expect((await patch({ decidedOn: daysAgo(0) })).json().errors[0].path).toBe('body.decision');
    const decided = (
      await patch({ decidedOn: daysAgo(0), decision: 'Hulp bij het huishouden toegekend, 3 uur per week.' })
    ).json();
    expect(decided.clocks.decision.state).toBe('done');
    // The future is refused at the field.
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (
        await post(consultant, '/api/v1/wmo/cases', { residentId: r.id, subject: 'x', reportedOn: future })
      ).json().errors[0].path,
    ).toBe('body.reportedOn');
  });
});
