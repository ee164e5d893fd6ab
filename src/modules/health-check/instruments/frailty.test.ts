import { describe, expect, it } from 'vitest';
import { gfi, scoreGfi, scoreTfi, tfi, type GfiAnswers, type TfiAnswers } from './frailty.ts';

// Answers that score 0 on every item.
const GFI_NONE: GfiAnswers = {
  '1': 'independent',
  '2': 'independent',
  '3': 'independent',
  '4': 'independent',
  '5': 7,
  '6': 'no',
  '7': 'no',
  '8': 'no',
  '9': 'no',
  '10': 'no',
  '11': 'no',
  '12': 'no',
  '13': 'no',
  '14': 'no',
  '15': 'no',
};
// The answer that scores 1 on each item.
const GFI_POINT: Required<GfiAnswers> = {
  '1': 'dependent',
  '2': 'dependent',
  '3': 'dependent',
  '4': 'dependent',
  '5': 6,
  '6': 'yes',
  '7': 'yes',
  '8': 'yes',
  '9': 'yes',
  '10': 'yes',
  '11': 'yes',
  '12': 'yes',
  '13': 'yes',
  '14': 'yes',
  '15': 'yes',
};
const gfiWith = (ids: string[], extra: GfiAnswers = {}): GfiAnswers => ({
  ...GFI_NONE,
  ...Object.fromEntries(ids.map((id) => [id, GFI_POINT[id as keyof GfiAnswers]])),
  ...extra,
});

describe('GFI', () => {
  it('scores 0 with no problems and 15 with every problem', () => {
    expect(scoreGfi(GFI_NONE)).toEqual({
      instrument: 'gfi',
      total: 0,
      category: 'not-frail',
      subscales: {},
      bands: {},
      missing: [],
      flags: [],
    });
    expect(scoreGfi(GFI_POINT)).toMatchObject({ total: 15, category: 'frail', missing: [] });
  });

  it.each(Object.keys(GFI_POINT))('item %s alone scores 1', (id) => {
    expect(scoreGfi(gfiWith([id])).total).toBe(1);
  });

  it('scores the fitness mark 0–6 as 1 and 7–10 as 0', () => {
    expect(scoreGfi(gfiWith([], { '5': 0 })).total).toBe(1);
    expect(scoreGfi(gfiWith([], { '5': 6 })).total).toBe(1);
    expect(scoreGfi(gfiWith([], { '5': 7 })).total).toBe(0);
    expect(scoreGfi(gfiWith([], { '5': 10 })).total).toBe(0);
  });

  it('scores "sometimes" 0 on memory (10) but 1 on the psychosocial items 11–15', () => {
    expect(scoreGfi(gfiWith([], { '10': 'sometimes' })).total).toBe(0);
    for (const id of ['11', '12', '13', '14', '15'] as const)
      expect(scoreGfi(gfiWith([], { [id]: 'sometimes' })).total, id).toBe(1);
  });

  it('is frail from 4 (developer cut-off), not from 5', () => {
    expect(scoreGfi(gfiWith(['1', '6', '11']))).toMatchObject({ total: 3, category: 'not-frail' });
    expect(scoreGfi(gfiWith(['1', '6', '11', '15']))).toMatchObject({ total: 4, category: 'frail' });
  });

  it('with a missing item gives no total but the minimum, and frail only once that reaches 4', () => {
    const { '9': _, ...without9 } = gfiWith(['1', '6', '11']);
    expect(scoreGfi(without9)).toEqual({
      instrument: 'gfi',
      total: null,
      category: null,
      subscales: { minimumTotal: 3 },
      bands: {},
      missing: ['9'],
      flags: [],
    });
    const { '9': __, ...fourWithout9 } = gfiWith(['1', '6', '11', '15']);
    expect(scoreGfi(fourWithout9)).toMatchObject({
      total: null,
      category: 'frail',
      subscales: { minimumTotal: 4 },
      missing: ['9'],
    });
  });

  it('treats null as unanswered and lists missing items in the manual order', () => {
    const r = scoreGfi({ ...GFI_NONE, '15': null, '2': null, '10': undefined });
    expect(r.missing).toEqual(['2', '10', '15']);
    expect(r.subscales).toEqual({ minimumTotal: 0 });
    expect(scoreGfi({}).missing).toHaveLength(15);
  });

  it('refuses values outside each item’s set, naming the item', () => {
    const bad = (answers: unknown) => {
      const r = gfi.score(answers);
      return r.ok ? null : r.issues.map((i) => (i.path.length ? i.path.join('.') : i.code));
    };
    expect(bad(GFI_NONE)).toBeNull();
    expect(bad({ ...GFI_NONE, '5': 11 })).toEqual(['5']);
    expect(bad({ ...GFI_NONE, '5': -1 })).toEqual(['5']);
    expect(bad({ ...GFI_NONE, '5': 6.5 })).toEqual(['5']);
    expect(bad({ ...GFI_NONE, '5': '6' })).toEqual(['5']);
    expect(bad({ ...GFI_NONE, '1': 'sometimes' })).toEqual(['1']);
    expect(bad({ ...GFI_NONE, '6': 'sometimes' })).toEqual(['6']);
    expect(bad({ ...GFI_NONE, '16': 'yes' })).toEqual(['unrecognized_keys']);
  });
});

// ── TFI ──────────────────────────────────────────────────────────────────────────────────────────────

const TFI_NONE: TfiAnswers = {
  '1': 'yes',
  '2': 'no',
  '3': 'no',
  '4': 'no',
  '5': 'no',
  '6': 'no',
  '7': 'no',
  '8': 'no',
  '9': 'no',
  '10': 'no',
  '11': 'no',
  '12': 'yes',
  '13': 'no',
  '14': 'no',
  '15': 'yes',
};
const TFI_POINT: Required<TfiAnswers> = {
  '1': 'no',
  '2': 'yes',
  '3': 'yes',
  '4': 'yes',
  '5': 'yes',
  '6': 'yes',
  '7': 'yes',
  '8': 'yes',
  '9': 'yes',
  '10': 'yes',
  '11': 'yes',
  '12': 'no',
  '13': 'yes',
  '14': 'yes',
  '15': 'no',
};
const tfiWith = (ids: string[], extra: TfiAnswers = {}): TfiAnswers => ({
  ...TFI_NONE,
  ...Object.fromEntries(ids.map((id) => [id, TFI_POINT[id as keyof TfiAnswers]])),
  ...extra,
});

describe('TFI part B', () => {
  it('scores 0 and 15 with the three domains', () => {
    expect(scoreTfi(TFI_NONE)).toEqual({
      instrument: 'tfi',
      total: 0,
      category: 'not-frail',
      subscales: { physical: 0, psychological: 0, social: 0 },
      bands: {},
      missing: [],
      flags: [],
    });
    expect(scoreTfi(TFI_POINT)).toMatchObject({
      total: 15,
      category: 'frail',
      subscales: { physical: 8, psychological: 4, social: 3 },
    });
  });

  it.each(Object.keys(TFI_POINT))('item %s alone scores 1, in its own domain', (id) => {
    const n = Number(id);
    const domain = n <= 8 ? 'physical' : n <= 12 ? 'psychological' : 'social';
    const r = scoreTfi(tfiWith([id]));
    expect(r.total).toBe(1);
    expect(r.subscales[domain]).toBe(1);
  });

  it('reverses B1, B12 and B15: "yes" scores 0 there', () => {
    expect(scoreTfi(tfiWith([], { '1': 'yes', '12': 'yes', '15': 'yes' })).total).toBe(0);
    expect(scoreTfi(tfiWith([], { '1': 'no', '12': 'no', '15': 'no' })).total).toBe(3);
  });

  it('counts weight loss (B2), which a public R script leaves out', () => {
    expect(scoreTfi(tfiWith(['2'])).subscales.physical).toBe(1);
  });

  it('scores "sometimes" 0 on memory (B9) and 1 on B10, B11 and B14', () => {
    expect(scoreTfi(tfiWith([], { '9': 'sometimes' })).total).toBe(0);
    for (const id of ['10', '11', '14'] as const)
      expect(scoreTfi(tfiWith([], { [id]: 'sometimes' })).total, id).toBe(1);
  });

  it('is frail from 5', () => {
    expect(scoreTfi(tfiWith(['1', '2', '9', '13']))).toMatchObject({ total: 4, category: 'not-frail' });
    expect(scoreTfi(tfiWith(['1', '2', '9', '13', '14']))).toMatchObject({ total: 5, category: 'frail' });
  });

  it('with a missing item: no total, the minimum, no score for that domain, frail once the minimum is 5', () => {
    const { '10': _, ...four } = tfiWith(['1', '2', '9', '13']);
    expect(scoreTfi(four)).toEqual({
      instrument: 'tfi',
      total: null,
      category: null,
      subscales: { physical: 2, psychological: null, social: 1, minimumTotal: 4 },
      bands: {},
      missing: ['10'],
      flags: [],
    });
    const { '10': __, ...five } = tfiWith(['1', '2', '9', '13', '14']);
    expect(scoreTfi(five)).toMatchObject({ total: null, category: 'frail', subscales: { minimumTotal: 5 } });
  });

  it('allows "sometimes" only on B9, B10, B11 and B14', () => {
    for (const id of Object.keys(TFI_NONE)) {
      const ok = tfi.score({ ...TFI_NONE, [id]: 'sometimes' }).ok;
      expect(ok, id).toBe(['9', '10', '11', '14'].includes(id));
    }
  });
});
