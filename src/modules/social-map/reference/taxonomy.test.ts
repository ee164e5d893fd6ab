import { describe, expect, it } from 'vitest';
import { DOMAINS, TAXONOMIES, TERMS, term } from './taxonomy.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the Dutch taxonomy', () => {
  it('has unique ids and codes, every code in its taxonomy, every parent a domain listed before it', () => {
    const ids = [...TAXONOMIES, ...TERMS].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(TERMS.map((t) => t.code)).size).toBe(TERMS.length);
    const seen = new Set<string>();
    for (const t of TERMS) {
      expect(t.code.startsWith(`${t.taxonomy}.`), t.code).toBe(true);
      expect(t.code, t.code).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
      if (t.parent) {
        expect(seen.has(t.parent), t.code).toBe(true);
        expect(t.code.startsWith(`${t.parent}.`), t.code).toBe(true);
      }
      expect(t.description.length, t.code).toBeGreaterThan(10);
      seen.add(t.code);
    }
  });

  it('has eleven domains with 2–6 sub-terms each, about ten target groups and fifteen needs', () => {
    expect(DOMAINS.map((d) => d.name)).toEqual([
      'Zorg',
      'Welzijn',
      'Sport en bewegen',
      'Preventie en leefstijl',
      'Wonen',
      'Werk en inkomen',
      'Schulden en geld',
      'Jeugd en gezin',
      'Mantelzorg',
      'Vrijwilligerswerk',
      'Ontmoeten en meedoen',
    ]);
    for (const d of DOMAINS) {
      const subs = TERMS.filter((t) => t.parent === d.code).length;
      expect(subs, d.code).toBeGreaterThanOrEqual(2);
      expect(subs, d.code).toBeLessThanOrEqual(6);
    }
    expect(TERMS.filter((t) => t.taxonomy === 'doelgroep').length).toBeGreaterThanOrEqual(10);
    expect(TERMS.filter((t) => t.taxonomy === 'behoefte').length).toBeGreaterThanOrEqual(15);
  });

  it('looks up by code and refuses an unknown code', () => {
    expect(term('domein.sport-bewegen.wandelen').name).toBe('Wandelen');
    expect(() => term('domein.sport')).toThrow(/Unknown/);
  });
});
