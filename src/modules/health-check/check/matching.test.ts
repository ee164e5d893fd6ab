// Ranking and its reasons at their boundaries, and the figures' cell rule. Pure.
import { describe, expect, it } from 'vitest';
import { cell } from './figures.ts';
import { partOf, rankMatches, roundedMeters, type Candidate, type NeedsMap } from './matching.ts';
import { DEFAULT_NEED_TERMS } from './needs.ts';

const map = DEFAULT_NEED_TERMS as NeedsMap;
const candidate = (over: Partial<Candidate> & { id: string }): Candidate => ({
  name: over.id,
  summary: null,
  organization: null,
  free: false,
  distanceKm: null,
  needs: ['move-more'],
  traits: {
    termCodes: [],
    accessible: false,
    minimumAge: null,
    maximumAge: null,
    weekly: [],
    nextSession: null,
  },
  ...over,
});

describe('reasons', () => {
  it.each([
    [0.04, 100],
    [0.849, 800],
    [0.94, 900],
    [0.95, 1000],
    [2.4, 2000],
    [2.5, 3000],
  ])('%f km is shown as %i m', (km, m) => expect(roundedMeters(km)).toBe(m));

  it.each([
    ['05:30', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'afternoon'],
    ['17:59', 'afternoon'],
    ['18:00', 'evening'],
  ] as const)('%s is %s', (time, part) => expect(partOf(time)).toBe(part));
});

describe('ranking', () => {
  it('fit first, then free, distance, a preferred day and accessibility', () => {
    const ranked = rankMatches(
      [
        candidate({ id: 'paid-near', distanceKm: 0.5 }),
        candidate({ id: 'free-far', free: true, distanceKm: 12 }),
        candidate({ id: 'two-needs', needs: ['move-more', 'lonely'], distanceKm: 20 }),
        candidate({
          id: 'tuesday',
          distanceKm: 0.5,
          traits: {
            termCodes: ['domein.sport-bewegen.wandelen'],
            accessible: true,
            minimumAge: 55,
            maximumAge: null,
            weekly: [{ day: 'TU', opensAt: '10:00' }],
            nextSession: null,
          },
        }),
      ],
      [],
      map,
      { days: ['TU'], accessible: true, age: 60 },
    );
    expect(ranked.map((m) => m.serviceId)).toEqual(['two-needs', 'tuesday', 'paid-near', 'free-far']);
    expect(ranked[1]!.text.nl).toBe(
      'omdat u minder beweegt dan de beweegrichtlijn, of meer wilt bewegen; 500 m; dinsdagochtend; toegankelijk; past bij uw leeftijd',
    );
    expect(ranked[1]!.terms).toEqual(['domein.sport-bewegen.wandelen']);
  });
});

describe('figures cells', () => {
  const sums = (n: number, green: number, orange: number, red: number) => ({
    n,
    sum: { body: n * 7, mind: n * 7, participation: n * 7, network: n * 7 },
    lights: Object.fromEntries(
      ['body', 'mind', 'participation', 'network'].map((d) => [d, { green, orange, red }]),
    ) as never,
  });
  it('9 persons are hidden, 10 shown; light counts only when each is 0 or at least 10', () => {
    expect(cell(sums(9, 9, 0, 0))).toEqual({ persons: null, domains: null });
    expect(cell(sums(10, 10, 0, 0)).domains?.body).toEqual({
      mean: 7,
      lights: { green: 10, orange: 0, red: 0 },
    });
    expect(cell(sums(12, 11, 1, 0)).domains?.body).toEqual({ mean: 7, lights: null });
    expect(cell(sums(0, 0, 0, 0))).toEqual({ persons: 0, domains: null });
    expect(cell(sums(30, 30, 0, 0), true)).toEqual({ persons: null, domains: null });
  });
});
