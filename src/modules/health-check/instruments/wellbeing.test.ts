import { describe, expect, it } from 'vitest';
import {
  ons4,
  scoreOns4,
  scoreSwemwbs,
  scoreWemwbs,
  swemwbs,
  SWEMWBS_METRIC,
  wemwbs,
  type SwemwbsAnswers,
  type WemwbsAnswers,
} from './wellbeing.ts';

const all = (n: number, value: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i + 1), value]));

describe('WEMWBS', () => {
  it('sums the 14 items: 14 to 70, no category or bands', () => {
    expect(scoreWemwbs(all(14, 1) as WemwbsAnswers)).toEqual({
      instrument: 'wemwbs',
      total: 14,
      category: null,
      subscales: {},
      bands: {},
      missing: [],
      flags: [],
    });
    expect(scoreWemwbs(all(14, 5) as WemwbsAnswers).total).toBe(70);
    expect(scoreWemwbs({ ...(all(14, 3) as WemwbsAnswers), '14': 5 }).total).toBe(44);
  });

  it('gives no total when an item is missing', () => {
    const { '7': _, ...rest } = all(14, 3) as WemwbsAnswers;
    expect(scoreWemwbs(rest)).toMatchObject({ total: null, missing: ['7'] });
  });

  it('accepts 1–5 only', () => {
    expect(wemwbs.score(all(14, 5)).ok).toBe(true);
    expect(wemwbs.score({ ...all(14, 3), '3': 0 }).ok).toBe(false);
    expect(wemwbs.score({ ...all(14, 3), '3': 6 }).ok).toBe(false);
    expect(wemwbs.score({ ...all(14, 3), '15': 3 }).ok).toBe(false);
  });
});

describe('SWEMWBS', () => {
  const raw = (sum: number): SwemwbsAnswers => {
    // Spread a raw sum 7–35 over the 7 items.
    const items = Array.from({ length: 7 }, (_, i) => 1 + Math.floor((sum - 7 + i) / 7));
    return Object.fromEntries(items.map((v, i) => [String(i + 1), v]));
  };

  it('converts the raw sum with the Rasch table, ends and middle', () => {
    expect(scoreSwemwbs(raw(7))).toEqual({
      instrument: 'swemwbs',
      total: 7,
      category: null,
      subscales: { raw: 7 },
      bands: {},
      missing: [],
      flags: [],
    });
    expect(scoreSwemwbs(raw(8))).toMatchObject({ total: 9.51, subscales: { raw: 8 } });
    expect(scoreSwemwbs(raw(17))).toMatchObject({ total: 16.88, subscales: { raw: 17 } });
    expect(scoreSwemwbs(raw(21))).toMatchObject({ total: 19.25, subscales: { raw: 21 } });
    expect(scoreSwemwbs(raw(28))).toMatchObject({ total: 25.03, subscales: { raw: 28 } });
    expect(scoreSwemwbs(raw(34))).toMatchObject({ total: 32.55, subscales: { raw: 34 } });
    expect(scoreSwemwbs(raw(35))).toMatchObject({ total: 35, subscales: { raw: 35 } });
  });

  it('has a metric value for every raw sum 7–35, rising', () => {
    const values = Array.from({ length: 29 }, (_, i) => SWEMWBS_METRIC[i + 7]);
    expect(values.every((v) => typeof v === 'number')).toBe(true);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    for (let sum = 7; sum <= 35; sum++) expect(scoreSwemwbs(raw(sum)).subscales.raw).toBe(sum);
  });

  it('gives neither raw nor metric score when an item is missing', () => {
    expect(scoreSwemwbs({ ...raw(20), '4': null })).toMatchObject({
      total: null,
      subscales: { raw: null },
      missing: ['4'],
    });
  });

  it('accepts 1–5 on items 1–7 only', () => {
    expect(swemwbs.score(raw(35)).ok).toBe(true);
    expect(swemwbs.score({ ...raw(20), '1': 0 }).ok).toBe(false);
    expect(swemwbs.score({ ...raw(20), '8': 3 }).ok).toBe(false);
  });
});

describe('ONS4', () => {
  const score = (v: number, anxiety = v) => scoreOns4({ '1': v, '2': v, '3': v, '4': anxiety });

  it('gives four scores with their bands and no total', () => {
    expect(scoreOns4({ '1': 7, '2': 8, '3': 5, '4': 2 })).toEqual({
      instrument: 'ons4',
      total: null,
      category: null,
      subscales: { '1': 7, '2': 8, '3': 5, '4': 2 },
      bands: { '1': 'high', '2': 'high', '3': 'medium', '4': 'low' },
      missing: [],
      flags: [],
    });
  });

  it.each([
    [0, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [6, 'medium'],
    [7, 'high'],
    [8, 'high'],
    [9, 'very-high'],
    [10, 'very-high'],
  ])('life satisfaction, worthwhile and happiness %i are %s', (v, band) => {
    expect(score(v).bands).toMatchObject({ '1': band, '2': band, '3': band });
  });

  it.each([
    [0, 'very-low'],
    [1, 'very-low'],
    [2, 'low'],
    [3, 'low'],
    [4, 'medium'],
    [5, 'medium'],
    [6, 'high'],
    [10, 'high'],
  ])('anxiety %i is %s (the number is not inverted)', (v, band) => {
    const r = score(5, v);
    expect(r.bands['4']).toBe(band);
    expect(r.subscales['4']).toBe(v);
  });

  it('a missing question has no score or band; the others keep theirs', () => {
    expect(scoreOns4({ '1': 9, '3': 3, '4': 6 })).toMatchObject({
      subscales: { '1': 9, '2': null, '3': 3, '4': 6 },
      bands: { '1': 'very-high', '2': null, '3': 'low', '4': 'high' },
      missing: ['2'],
    });
  });

  it('accepts whole numbers 0–10', () => {
    expect(ons4.score({ '1': 0, '2': 10 }).ok).toBe(true);
    expect(ons4.score({ '1': 11 }).ok).toBe(false);
    expect(ons4.score({ '4': -1 }).ok).toBe(false);
    expect(ons4.score({ '2': 7.5 }).ok).toBe(false);
  });
});
