import { describe, expect, it } from 'vitest';
import {
  gad2,
  gad7,
  phq2,
  phq9,
  scoreGad2,
  scoreGad7,
  scorePhq2,
  scorePhq9,
  type Gad7Answers,
  type Phq9Answers,
} from './phq-gad.ts';

/** Item answers 0–3 that add up to `total`, filled from item 1 on. */
function answers(n: number, total: number): Record<string, number> {
  let left = total;
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const v = Math.min(3, left);
      left -= v;
      return [String(i + 1), v];
    }),
  );
}

describe('PHQ-9', () => {
  const phq = (total: number, extra: Phq9Answers = {}) =>
    scorePhq9({ ...(answers(9, total) as Phq9Answers), '9': 0, ...extra });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('total %i is %s', (total, category) => {
    expect(phq(total)).toMatchObject({ total, category, missing: [], flags: [] });
  });

  it('reaches 27 with every item at 3, and then flags item 9', () => {
    expect(scorePhq9(answers(9, 27) as Phq9Answers)).toEqual({
      instrument: 'phq9',
      total: 27,
      category: 'severe',
      subscales: {},
      bands: {},
      missing: [],
      flags: ['item9'],
    });
  });

  it('flags item 9 from 1, whatever the total, even with other items missing', () => {
    expect(phq(0, { '9': 0 }).flags).toEqual([]);
    expect(phq(0, { '9': 1 })).toMatchObject({ total: 1, category: 'minimal', flags: ['item9'] });
    expect(scorePhq9({ '9': 2 })).toMatchObject({
      total: null,
      category: null,
      flags: ['item9'],
      missing: ['1', '2', '3', '4', '5', '6', '7', '8'],
    });
  });

  it('does not score item 10 and never lists it as missing', () => {
    expect(phq(12, { '10': 3 })).toMatchObject({ total: 12, category: 'moderate', missing: [] });
    expect(phq9.score({ ...answers(9, 5), '10': 2 }).ok).toBe(true);
    expect(phq9.score({ ...answers(9, 5), '10': 4 }).ok).toBe(false);
  });

  it('gives no total when a scored item is missing (no prorating)', () => {
    const { '3': _, ...rest } = answers(9, 8) as Phq9Answers;
    expect(scorePhq9(rest)).toMatchObject({ total: null, category: null, missing: ['3'] });
  });

  it('accepts 0–3 on items 1–9', () => {
    expect(phq9.score({ '1': 4 }).ok).toBe(false);
    expect(phq9.score({ '1': -1 }).ok).toBe(false);
    expect(phq9.score({ '1': 1.5 }).ok).toBe(false);
    expect(phq9.score({ '11': 0 }).ok).toBe(false);
  });
});

describe('GAD-7', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('total %i is %s', (total, category) => {
    expect(scoreGad7(answers(7, total) as Gad7Answers)).toMatchObject({ total, category, flags: [] });
  });

  it('gives no total when an item is missing', () => {
    expect(scoreGad7({ ...(answers(7, 20) as Gad7Answers), '7': null })).toMatchObject({
      total: null,
      category: null,
      missing: ['7'],
    });
  });

  it('accepts 0–3 on items 1–7', () => {
    expect(gad7.score(answers(7, 21)).ok).toBe(true);
    expect(gad7.score({ '7': 4 }).ok).toBe(false);
    expect(gad7.score({ '8': 0 }).ok).toBe(false);
  });
});

describe.each([
  ['phq2', scorePhq2, phq2],
  ['gad2', scoreGad2, gad2],
] as const)('%s', (code, score, instrument) => {
  it('is negative up to 2 and positive from 3, up to 6', () => {
    expect(score({ '1': 0, '2': 0 })).toEqual({
      instrument: code,
      total: 0,
      category: 'negative',
      subscales: {},
      bands: {},
      missing: [],
      flags: [],
    });
    expect(score({ '1': 1, '2': 1 })).toMatchObject({ total: 2, category: 'negative' });
    expect(score({ '1': 2, '2': 1 })).toMatchObject({ total: 3, category: 'positive' });
    expect(score({ '1': 3, '2': 3 })).toMatchObject({ total: 6, category: 'positive' });
  });

  it('gives no total with an item missing, even if the other is 3', () => {
    expect(score({ '1': 3 })).toMatchObject({ total: null, category: null, missing: ['2'] });
  });

  it('accepts items 1 and 2, 0–3', () => {
    expect(instrument.score({ '1': 3, '2': 0 }).ok).toBe(true);
    expect(instrument.score({ '1': 4 }).ok).toBe(false);
    expect(instrument.score({ '3': 0 }).ok).toBe(false);
  });
});
