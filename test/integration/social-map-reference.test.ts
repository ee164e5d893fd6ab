// The social map's reference data (postcodes, taxonomy) after migrating, and the demo social map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePostcode } from '../../src/modules/social-map/reference/postcode.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('postcodes', () => {
  it('holds one row per Dutch PC4', async () => {
    const r = await t.db
      .selectFrom('sm_postcode')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.count<string>('pc4').distinct().as('d')])
      .executeTakeFirstOrThrow();
    expect(Number(r.n)).toBe(4069);
    expect(Number(r.d)).toBe(4069);
  });

  it('resolves a postcode written in any usual way through its four digits', async () => {
    const utrecht = { pc4: '3511', place: 'Utrecht', latitude: 52.0884, longitude: 5.1175 };
    for (const input of ['3511 AB', '3511ab', '3511', ' 3511 ab '])
      expect(await resolvePostcode(t.db, input), input).toEqual(utrecht);
    expect((await resolvePostcode(t.db, '6461 AB'))?.place).toBe('Kerkrade');
  });

  it('answers null for what is no postcode or an unknown one', async () => {
    for (const input of ['abcd', '12', '', '35111', '1000'])
      expect(await resolvePostcode(t.db, input), input).toBeNull();
  });
});
