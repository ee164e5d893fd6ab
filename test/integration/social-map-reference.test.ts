// The social map's reference data (postcodes, taxonomy) after migrating, and the demo social map.
import fs from 'node:fs';
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

describe('taxonomy', () => {
  it('ships Domein, Doelgroep and Behoefte with every domain that the profile documents', async () => {
    const taxonomies = await t.db.selectFrom('sm_taxonomy').select(['id', 'name']).orderBy('name').execute();
    expect(taxonomies.map((x) => x.name)).toEqual(['Behoefte', 'Doelgroep', 'Domein']);
    const domein = taxonomies.find((x) => x.name === 'Domein')!.id;
    const domains = await t.db
      .selectFrom('sm_taxonomy_term')
      .select(['name', 'code', 'id'])
      .where('taxonomy_id', '=', domein)
      .where('parent_id', 'is', null)
      .execute();
    const doc = fs.readFileSync(new URL('../../docs/hsds-nl-profile.md', import.meta.url), 'utf8');
    const listed = /\*\*Domein\*\* \(domain\): ([^—]+)—/.exec(doc)![1]!.replace(/\s+/g, ' ');
    const documented = listed.split(',').map((x) => x.trim().toLowerCase());
    expect(documented).toHaveLength(11);
    expect(domains.map((d) => d.name.toLowerCase()).sort()).toEqual([...documented].sort());
    const walking = await t.db
      .selectFrom('sm_taxonomy_term as c')
      .innerJoin('sm_taxonomy_term as p', 'p.id', 'c.parent_id')
      .select(['c.name', 'p.code', 'c.taxonomy', 'c.language'])
      .where('c.code', '=', 'domein.sport-bewegen.wandelen')
      .executeTakeFirstOrThrow();
    expect(walking).toEqual({
      name: 'Wandelen',
      code: 'domein.sport-bewegen',
      taxonomy: 'Domein',
      language: 'nl',
    });
    const perTaxonomy = await t.db
      .selectFrom('sm_taxonomy_term as term')
      .innerJoin('sm_taxonomy as tx', 'tx.id', 'term.taxonomy_id')
      .select((eb) => ['tx.name', eb.fn.countAll<string>().as('n')])
      .groupBy('tx.name')
      .orderBy('tx.name')
      .execute();
    expect(perTaxonomy.map((r) => [r.name, Number(r.n) > 9])).toEqual([
      ['Behoefte', true],
      ['Doelgroep', true],
      ['Domein', true],
    ]);
  });
});
