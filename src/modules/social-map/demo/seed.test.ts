import { describe, expect, it } from 'vitest';
import { term } from '../reference/taxonomy.ts';
import { CATALOGUE } from './catalogue.ts';
import { ORGANIZATIONS, VENUES, WIJKEN } from './places.ts';
import { serviceDocument } from '../editing/schema.ts';
import { DEMO_REPORTS, DEMO_REVISIONS } from './editorial.ts';
import { demoId, demoServiceCopies, kerkradeTime, unit } from './seed.ts';

describe('demo social map', () => {
  it('derives the same uuid from the same key, and different ones from different keys', () => {
    expect(demoId('service:wandelgroep:B')).toBe(demoId('service:wandelgroep:B'));
    expect(demoId('service:wandelgroep:B')).not.toBe(demoId('service:wandelgroep:C'));
    expect(demoId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(unit('a')).toBe(unit('a'));
    expect(unit('a')).toBeGreaterThanOrEqual(0);
    expect(unit('a')).toBeLessThan(1);
  });

  it('turns Kerkrade wall-clock time into the right instant in winter and summer', () => {
    expect(kerkradeTime(2026, 1, 6, '10:00').toISOString()).toBe('2026-01-06T09:00:00.000Z');
    expect(kerkradeTime(2026, 7, 7, '10:00').toISOString()).toBe('2026-07-07T08:00:00.000Z');
    expect(kerkradeTime(2026, 3, 31, '19:30').toISOString()).toBe('2026-03-31T17:30:00.000Z');
  });

  it('has about 150 services with unique ids and names, known terms, organisations and venues', () => {
    const copies = demoServiceCopies();
    expect(copies.length).toBeGreaterThanOrEqual(140);
    expect(new Set(copies.map((c) => c.id)).size).toBe(copies.length);
    const orgs = new Set(ORGANIZATIONS.map((o) => o.key));
    const venues = new Set(VENUES.map((v) => v.key));
    for (const e of CATALOGUE) {
      for (const code of e.terms) expect(() => term(code), `${e.key} ${code}`).not.toThrow();
      expect(
        e.terms.some((c) => c.startsWith('domein.')),
        e.key,
      ).toBe(true);
      for (const w of e.wijken) {
        const org = typeof e.org === 'string' ? e.org : e.org[w];
        const at = (typeof e.at === 'string' ? e.at : e.at[w])?.replace('{w}', w.toLowerCase());
        expect(orgs.has(org!), `${e.key} ${w} ${org}`).toBe(true);
        expect(venues.has(at!), `${e.key} ${w} ${at}`).toBe(true);
      }
      if (e.age?.[0] != null && e.age[1] != null) expect(e.age[0]).toBeLessThanOrEqual(e.age[1]);
    }
    const names = copies.map((c) =>
      c.entry.name.replaceAll('{wijk}', WIJKEN[c.wijk].name).replaceAll('{plek}', c.wijk),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Wandelgroep Bleijerheide');
  });

  it('puts every venue in a Kerkrade PC4 of its own neighbourhood', () => {
    const pc4s = { B: ['6461', '6462'], C: ['6463', '6464', '6469'], T: ['6465', '6466', '6467', '6468'] };
    for (const v of VENUES) expect(pc4s[v.wijk], v.key).toContain(v.pc4);
  });

  it('reports problems on existing entries: several open, one closed with a note', () => {
    const copies = demoServiceCopies();
    const exists = ([key, wijk]: readonly [string, string]) =>
      copies.some((c) => c.entry.key === key && c.wijk === wijk);
    for (const r of [...DEMO_REPORTS, ...DEMO_REVISIONS]) expect(exists(r.service), r.key).toBe(true);
    expect(DEMO_REPORTS.filter((r) => !r.closed).length).toBeGreaterThanOrEqual(3);
    const closed = DEMO_REPORTS.filter((r) => r.closed);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.closed!.note.length).toBeGreaterThan(10);
    expect(closed[0]!.closed!.daysAgo).toBeLessThan(closed[0]!.daysAgo);
    expect(new Set(DEMO_REPORTS.map((r) => r.key)).size).toBe(DEMO_REPORTS.length);
  });

  it('has a change waiting for review and one sent back with a remark, on different entries of the club', () => {
    expect(DEMO_REVISIONS.map((r) => r.state).sort()).toEqual(['review', 'sent_back']);
    expect(DEMO_REVISIONS.find((r) => r.state === 'sent_back')!.sentBack!.remark).toMatch(/\w{10}/);
    // At most one change in progress per entry (the editing rules allow no more).
    expect(new Set(DEMO_REVISIONS.map((r) => r.service.join(':'))).size).toBe(DEMO_REVISIONS.length);
    const sample = serviceDocument.parse({
      name: 'Voorbeeld',
      fees_description: '€ 120,00 per jaar',
      summary_b1: 'Samen sporten.',
      phones: [{ number: '045 512 34 56' }],
      schedules: [{ freq: 'WEEKLY', byday: ['WE'], opens_at: '20:00', closes_at: '21:30' }],
      cost_options: [{ option: 'per jaar', amount: 120 }],
    });
    for (const r of DEMO_REVISIONS) {
      const doc = structuredClone(sample);
      r.change(doc);
      expect(doc, r.key).not.toEqual(sample);
      expect(serviceDocument.safeParse(doc).success, r.key).toBe(true);
    }
  });
});
