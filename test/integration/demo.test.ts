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
    expect(first.created).toBe(3 + 16 + 12);
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
});
