// Notifications per preference (issue 7, part 7) and the Wmo clock warnings (decision 0020). Someone who turns
// e-mail off still gets every message in the app, but no e-mail; the daily job warns the consultant once when
// a statutory clock is near its end and once when it has passed, in words that never name the resident.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warnClocks } from '../../src/modules/wmo/warnings.ts';
import { notify } from '../../src/modules/notifications/service.ts';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
});
afterAll(() => t.close());

const mailsTo = async (email: string) =>
  (await t.db.selectFrom('outbox').select(['subject', 'body']).where('recipient', '=', email).execute())
    .length;
const messagesOf = (personId: string) =>
  t.db
    .selectFrom('notification')
    .select(['kind', 'params', 'link'])
    .where('person_id', '=', personId)
    .execute();

describe('e-mail about new messages', () => {
  it('is on by default, can be turned off and on, and off means in the app only', async () => {
    const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
    const headers = await bearer(t.db, p.id);
    const me = await t.app.inject({ url: '/api/v1/me', headers });
    expect(me.json().mailNotifications).toBe(true);

    const message = { personId: p.id, kind: 'frontdesk.answered' as const, params: {}, link: '/loket' };
    await notify(t.db, [{ ...message, mail: { publicUrl: 'https://wijkpunt.test' } }]);
    expect(await mailsTo(p.email)).toBe(1);

    const off = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers,
      payload: { mailNotifications: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().mailNotifications).toBe(false);
    expect(off.json().name).toBe(p.name); // nothing else changed
    await notify(t.db, [{ ...message, mail: { publicUrl: 'https://wijkpunt.test' } }]);
    expect(await mailsTo(p.email)).toBe(1);
    expect(await messagesOf(p.id)).toHaveLength(2);

    const on = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers,
      payload: { mailNotifications: true },
    });
    expect(on.json().mailNotifications).toBe(true);
    await notify(t.db, [{ ...message, mail: { publicUrl: 'https://wijkpunt.test' } }]);
    expect(await mailsTo(p.email)).toBe(2);
  });

  it('names the field of a wrong value and changes nothing; without login it is refused', async () => {
    const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
    const headers = await bearer(t.db, p.id);
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers,
      payload: { name: 'Andere Naam', mailNotifications: 'nee' },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('mailNotifications');
    const me = (await t.app.inject({ url: '/api/v1/me', headers })).json();
    expect(me).toMatchObject({ name: p.name, mailNotifications: true });

    const anonymous = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { mailNotifications: false },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('Wmo clock warnings', () => {
  const day = (offset: number) => new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10);

  it('warn the consultant once near the end and once past it, never naming the resident', async () => {
    const municipality = (
      await t.db
        .insertInto('organisation')
        .values({ region_id: ids.regionId, name: 'Gemeente Kerkrade', type: 'municipality' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const consultant = await makePerson(t.db, {
      role: 'professional',
      discipline: 'wmo_consultant',
      organisationId: municipality,
    });
    const resident = await makePerson(t.db, {
      role: 'resident',
      neighbourhoodId: ids.neighbourhoodId,
      name: 'Truus Vliegen',
    });
    const open = (values: {
      investigated_on?: string;
      applied_on?: string;
      decided_on?: string;
      decision?: string;
    }) =>
      t.db
        .insertInto('wmo_case')
        .values({
          resident_id: resident.id,
          consultant_id: consultant.id,
          organisation_id: municipality,
          subject: 'Hulp bij het huishouden',
          reported_on: day(0),
          ...values,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const waiting = await open({});
    // investigated in time, applied on day 40, decided: no clock left to warn about
    await open({ investigated_on: day(30), applied_on: day(40), decided_on: day(45), decision: 'Toegekend' });
    const opts = { publicUrl: 'https://wijkpunt.test' };

    // The investigation's last day is day 42; a week before it the clock is "due soon".
    expect(await warnClocks(t.db, { ...opts, today: day(34) })).toBe(0);
    expect(await warnClocks(t.db, { ...opts, today: day(35) })).toBe(1);
    expect(await warnClocks(t.db, { ...opts, today: day(36) })).toBe(0);
    let messages = await messagesOf(consultant.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      kind: 'wmo.clock_due_soon',
      params: { clock: 'investigation', due: day(42), days: '7' },
      link: `/wmo/${waiting.id}`,
    });
    expect(await mailsTo(consultant.email)).toBe(1);

    expect(await warnClocks(t.db, { ...opts, today: day(42) })).toBe(0);
    expect(await warnClocks(t.db, { ...opts, today: day(43) })).toBe(1);
    expect(await warnClocks(t.db, { ...opts, today: day(50) })).toBe(0);
    messages = await messagesOf(consultant.id);
    expect(messages.map((m) => m.kind)).toEqual(['wmo.clock_due_soon', 'wmo.clock_overdue']);

    // In the consultant's messages: the clock and the day in words, not who it is about.
    const shown = await t.app.inject({
      url: '/api/v1/me/notifications',
      headers: await bearer(t.db, consultant.id),
    });
    expect(shown.statusCode, shown.body).toBe(200);
    const text = JSON.stringify(shown.json());
    expect(text).toContain('het onderzoek had klaar moeten zijn op 12 februari 2027');
    expect(text).not.toContain('Truus');
    const mail = await t.db
      .selectFrom('outbox')
      .select('body')
      .where('recipient', '=', consultant.email)
      .execute();
    expect(mail.map((m) => m.body).join()).not.toMatch(/Truus|huishouden|onderzoek/);

    // The application starts the decision clock (two weeks); its warnings come the same way.
    await t.db
      .updateTable('wmo_case')
      .set({ investigated_on: day(44), applied_on: day(45) })
      .where('id', '=', waiting.id)
      .execute();
    expect(await warnClocks(t.db, { ...opts, today: day(52) })).toBe(1);
    expect((await messagesOf(consultant.id)).at(-1)).toMatchObject({
      kind: 'wmo.clock_due_soon',
      params: { clock: 'decision', due: day(59) },
    });
  });
});
