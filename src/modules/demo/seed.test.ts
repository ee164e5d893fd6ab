import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS, DEMO_ORGANISATIONS } from './seed.ts';
import { ORGANISATION_TYPES } from '../../server/db/schema.ts';

const GEOJSON = path.resolve(
  import.meta.dirname,
  '../../../../shared/data/nl-regions/gemeenten_2023_kwb.geojson',
);

describe('demo data', () => {
  it('splits a real municipality into three neighbourhoods that add up to its population', () => {
    expect(DEMO_NEIGHBOURHOODS).toHaveLength(3);
    expect(DEMO_NEIGHBOURHOODS.reduce((a, n) => a + n.population, 0)).toBe(DEMO_MUNICIPALITY.population);
    for (const n of DEMO_NEIGHBOURHOODS) {
      expect(n.cbsCode.startsWith(`WK${DEMO_MUNICIPALITY.code.slice(2)}`)).toBe(true);
      expect(n.population).toBeGreaterThanOrEqual(10_000);
      expect(n.population).toBeLessThanOrEqual(20_000);
    }
  });

  it.skipIf(!fs.existsSync(GEOJSON))('matches the CBS key figures in shared/data/nl-regions', () => {
    const data = JSON.parse(fs.readFileSync(GEOJSON, 'utf8')) as {
      features: { properties: { gemeentecode: string; gemeentenaam: string; aantalInwoners: number } }[];
    };
    const m = data.features.find((f) => f.properties.gemeentecode === DEMO_MUNICIPALITY.code)!.properties;
    expect(m.gemeentenaam).toBe(DEMO_MUNICIPALITY.name);
    expect(m.aantalInwoners).toBe(DEMO_MUNICIPALITY.population);
  });

  it('has about fifteen organisations of many types and the twelve documented accounts', () => {
    expect(DEMO_ORGANISATIONS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(DEMO_ORGANISATIONS.map((o) => o.type)).size).toBeGreaterThanOrEqual(
      ORGANISATION_TYPES.length - 1,
    );
    expect(DEMO_ACCOUNTS.map((a) => a.email.split('@')[0])).toEqual([
      'inwoner',
      'huisarts',
      'poh',
      'wijkverpleging',
      'welzijn',
      'maatschappelijkwerk',
      'wmo',
      'aanbieder',
      'coordinator',
      'gemeente',
      'verzekeraar',
      'beheer',
    ]);
    for (const a of DEMO_ACCOUNTS)
      if (a.organisation) expect(DEMO_ORGANISATIONS.map((o) => o.name)).toContain(a.organisation);
  });
});
