import { describe, expect, it } from 'vitest';
import { dutchIndex, eq5d5lNl, scoreEq5d, type Eq5dAnswers } from './eq5d.ts';

const state = (s: string, vas?: number): Eq5dAnswers => {
  const [MO, SC, UA, PD, AD] = [...s].map(Number);
  return { MO, SC, UA, PD, AD, ...(vas === undefined ? {} : { VAS: vas }) };
};

describe('EQ-5D-5L, Dutch tariff', () => {
  it('gives 11111 exactly 1: no constant without a problem', () => {
    expect(scoreEq5d(state('11111', 90))).toEqual({
      instrument: 'eq5d5l-nl',
      total: 1,
      category: null,
      subscales: { vas: 90 },
      bands: {},
      missing: [],
      flags: [],
    });
  });

  it('subtracts the constant (0.047) once any dimension is above level 1', () => {
    expect(scoreEq5d(state('21111')).total).toBe(0.918); // 1 − .047 − .035
    expect(scoreEq5d(state('12111')).total).toBe(0.915); // 1 − .047 − .038
    expect(scoreEq5d(state('11211')).total).toBe(0.914); // 1 − .047 − .039
    expect(scoreEq5d(state('11121')).total).toBe(0.887); // 1 − .047 − .066
    expect(scoreEq5d(state('11112')).total).toBe(0.883); // 1 − .047 − .070
  });

  it('reaches the floor −0.446 at 55555', () => {
    expect(scoreEq5d(state('55555')).total).toBe(-0.446);
  });

  it('collapses levels 4 and 5 of self-care and usual activities', () => {
    expect(dutchIndex({ MO: 1, SC: 4, UA: 1, PD: 1, AD: 1 })).toBe(
      dutchIndex({ MO: 1, SC: 5, UA: 1, PD: 1, AD: 1 }),
    );
    expect(dutchIndex({ MO: 1, SC: 1, UA: 4, PD: 1, AD: 1 })).toBe(
      dutchIndex({ MO: 1, SC: 1, UA: 5, PD: 1, AD: 1 }),
    );
  });

  // States where the paper's 3-decimal coefficients and the unrounded EuroQol value set give a different
  // third decimal (the unrounded value in the comment). We follow the paper (decision 0018).
  it.each([
    ['11113', 0.808], // unrounded 0.8086
    ['11254', 0.143], // 0.1415
    ['12345', 0.047], // 0.0475
    ['33333', 0.511], // 0.5126
  ])('follows the paper’s coefficients for %s: %d', (s, index) => {
    expect(scoreEq5d(state(s)).total).toBe(index);
  });

  it.each([
    ['32523', 0.455],
    ['54321', 0.429],
  ])('%s is %d in both value sets', (s, index) => {
    expect(scoreEq5d(state(s)).total).toBe(index);
  });

  it('gives the index to exactly 3 decimals for every state', () => {
    for (let n = 0; n < 5 ** 5; n++) {
      const levels = n.toString(5).padStart(5, '0');
      const s = [...levels].map((d) => Number(d) + 1).join('');
      const total = scoreEq5d(state(s)).total!;
      expect(Math.round(total * 1000) / 1000).toBe(total);
      expect(total).toBeGreaterThanOrEqual(-0.446);
      expect(total).toBeLessThanOrEqual(1);
    }
  });

  it('gives no index with a dimension missing, but still reports the VAS', () => {
    expect(scoreEq5d({ MO: 1, SC: 1, UA: 2, AD: 1, VAS: 70 })).toEqual({
      instrument: 'eq5d5l-nl',
      total: null,
      category: null,
      subscales: { vas: 70 },
      bands: {},
      missing: ['PD'],
      flags: [],
    });
  });

  it('does not need the VAS, and does not let it change the index', () => {
    expect(scoreEq5d(state('21111'))).toMatchObject({ total: 0.918, subscales: { vas: null }, missing: [] });
    expect(scoreEq5d(state('21111', 0)).total).toBe(0.918);
    expect(scoreEq5d(state('21111', 100)).subscales.vas).toBe(100);
  });

  it('accepts levels 1–5 and a VAS of 0–100', () => {
    expect(eq5d5lNl.score(state('55555', 100)).ok).toBe(true);
    expect(eq5d5lNl.score({ ...state('11111'), MO: 0 }).ok).toBe(false);
    expect(eq5d5lNl.score({ ...state('11111'), AD: 6 }).ok).toBe(false);
    expect(eq5d5lNl.score({ ...state('11111'), VAS: 101 }).ok).toBe(false);
    expect(eq5d5lNl.score({ ...state('11111'), VAS: 55.5 }).ok).toBe(false);
    expect(eq5d5lNl.score({ ...state('11111'), mo: 1 }).ok).toBe(false);
  });
});
