import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, makePerson, makeRegion, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login and sessions', () => {
  it('logs in with the right password and sets a secure, HTTP-only session cookie', async () => {
    const p = await makePerson(t.db, { role: 'resident' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: p.email.toUpperCase(), password: p.password },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: p.id, name: p.name, roles: ['resident'] } });
    const cookie = res.cookies.find((c) => c.name === 'wijkpunt_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `wijkpunt_session=${cookie!.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: p.id, roles: ['resident'], memberships: [{ role: 'resident' }] });
  });

  it('answers a wrong password with 401 problem+json, the same as an unknown address', async () => {
    const p = await makePerson(t.db);
    for (const email of [p.email, 'niemand@test.wijkpunt.nl']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: 'wrong password' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 401,
        code: 'invalid_credentials',
        title: 'Het e-mailadres of wachtwoord klopt niet.',
      });
    }
  });

  it('locks the account after five failures, even for the right password, until the lock expires', async () => {
    const p = await makePerson(t.db);
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: p.email, password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
    const fifth = await attempt('wrong password');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ code: 'account_locked' });
    const right = await attempt(p.password);
    expect(right.statusCode).toBe(429);
    // Time passes: the lock runs out and the right password works again.
    await t.db
      .updateTable('person')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', p.id)
      .execute();
    expect((await attempt(p.password)).statusCode).toBe(200);
  });

  it('ends the session on logout', async () => {
    const p = await makePerson(t.db);
    const s = await login(t.app, p);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers })).statusCode,
    ).toBe(204);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a cookie-authenticated change without the CSRF token', async () => {
    const p = await makePerson(t.db);
    const s = await login(t.app, p);
    const without = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: s.cookie },
      payload: { name: 'Nieuwe naam' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ code: 'csrf_failed' });
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(s.csrf.length) },
      payload: { name: 'Nieuwe naam' },
    });
    expect(wrong.statusCode).toBe(403);
    const person = await t.db
      .selectFrom('person')
      .select('name')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(person.name).toBe(p.name);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: s.headers,
      payload: { name: 'Nieuwe naam' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Nieuwe naam' });
  });
});

describe('personal API tokens', () => {
  it('creates a token once, which then works as Bearer without CSRF, and stops working when revoked', async () => {
    const p = await makePerson(t.db, { role: 'resident' });
    const s = await login(t.app, p);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: s.headers,
      payload: { name: 'script' },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    expect(token).toMatch(/^wpt_/);
    const stored = await t.db
      .selectFrom('api_token')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));

    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ id: p.id });
    const change = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
      payload: { locale: 'en' },
    });
    expect(change.statusCode).toBe(200);

    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: s.headers });
    expect(list.json()).toMatchObject({ items: [{ id, name: 'script' }] });
    expect(list.body).not.toContain(token);

    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${id}`, headers: s.headers }))
        .statusCode,
    ).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
  });

  it("does not let one person revoke another person's token", async () => {
    const owner = await makePerson(t.db);
    const other = await makePerson(t.db);
    const ownerAuth = await bearer(t.db, owner.id);
    const tokenRow = await t.db
      .selectFrom('api_token')
      .select('id')
      .where('person_id', '=', owner.id)
      .executeTakeFirstOrThrow();
    const s = await login(t.app, other);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${tokenRow.id}`,
      headers: s.headers,
    });
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/me', headers: ownerAuth })).statusCode).toBe(200);
  });
});

describe('password reset by e-mail', () => {
  it('mails a link to the outbox, sets the new password once, and ends old sessions', async () => {
    const { organisationId } = await makeRegion(t.db);
    const p = await makePerson(t.db, { role: 'professional', discipline: 'gp', organisationId });
    const old = await login(t.app, p);
    const req = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email: p.email },
    });
    expect(req.statusCode).toBe(202);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email: 'onbekend@test.wijkpunt.nl' },
    });
    expect(unknown.statusCode).toBe(202);

    const mail = await t.db
      .selectFrom('outbox')
      .selectAll()
      .where('recipient', '=', p.email)
      .executeTakeFirstOrThrow();
    expect(
      await t.db
        .selectFrom('outbox')
        .select('id')
        .where('recipient', '=', 'onbekend@test.wijkpunt.nl')
        .execute(),
    ).toHaveLength(0);
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)![1]!);

    const short = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'kort' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('body.password');

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'een nieuw wachtwoord' },
    });
    expect(ok.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'nog een wachtwoord' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'invalid_token' });

    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: old.cookie } })).statusCode).toBe(401);
    await expect(login(t.app, p)).rejects.toThrow();
    await login(t.app, { email: p.email, password: 'een nieuw wachtwoord' });
  });
});

describe('several servers on one database', () => {
  it('a session made by one server is honoured by another, and a logout on one ends it on both', async () => {
    const { createApp } = await import('../../src/server/app.ts');
    const second = await createApp({ config: t.config, db: t.db, databaseKind: t.database.kind });
    try {
      const p = await makePerson(t.db, { role: 'resident' });
      const s = await login(t.app, p);
      expect((await second.inject({ url: '/api/v1/me', headers: s.headers })).json()).toMatchObject({
        id: p.id,
      });
      await second.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
      expect((await t.app.inject({ url: '/api/v1/me', headers: s.headers })).statusCode).toBe(401);
    } finally {
      await second.close();
    }
  });
});

describe('rate limiting', () => {
  it('limits login attempts per client address, whatever the account', async () => {
    const { createApp } = await import('../../src/server/app.ts');
    const fresh = await createApp({ config: t.config, db: t.db, databaseKind: t.database.kind });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 22; i++) {
        const res = await fresh.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: '10.1.2.3',
          payload: { email: `x${i}@test.nl`, password: 'wrong password' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
      expect(codes.at(-1)).toBe(429);
      const last = await fresh.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.1.2.3',
        payload: { email: 'y@test.nl', password: 'wrong password' },
      });
      expect(last.json()).toMatchObject({ code: 'rate_limited' });
      const other = await fresh.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { email: 'y@test.nl', password: 'wrong password' },
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await fresh.close();
    }
  });
});
