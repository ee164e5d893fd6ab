import { describe, expect, it } from 'vitest';
import { djg6, scoreDjg6, type Djg6Answers } from './loneliness.ts';

// Not lonely on any item: no to the emotional items 1–3, yes to the social items 4–6.
const NONE: Djg6Answers = { '1': 'no', '2': 'no', '3': 'no', '4': 'yes', '5': 'yes', '6': 'yes' };
// Lonely on every item.
const ALL: Djg6Answers = { '1': 'yes', '2': 'yes', '3': 'yes', '4': 'no', '5': 'no', '6': 'no' };
const lonelyOn = (ids: string[], base: Djg6Answers = NONE): Djg6Answers => ({
  ...base,
  ...Object.fromEntries(ids.map((id) => [id, ALL[id as keyof Djg6Answers]])),
});

describe('De Jong Gierveld 6-item', () => {
  it('scores 0 and 6 with both subscales', () => {
    expect(scoreDjg6(NONE)).toEqual({
      instrument: 'djg6',
      total: 0,
      category: 'not-lonely',
      subscales: { emotional: 0, social: 0 },
      bands: { emotional: 'not-lonely', social: 'not-lonely' },
      missing: [],
      flags: [],
    });
    expect(scoreDjg6(ALL)).toMatchObject({
      total: 6,
      category: 'severely-lonely',
      subscales: { emotional: 3, social: 3 },
      bands: { emotional: 'lonely', social: 'lonely' },
    });
  });

  it('counts "more or less" as lonely on every item, positively or negatively worded', () => {
    const allNeutral = Object.fromEntries(Object.keys(NONE).map((id) => [id, 'more-or-less'])) as Djg6Answers;
    expect(scoreDjg6(allNeutral)).toMatchObject({ total: 6, subscales: { emotional: 3, social: 3 } });
  });

  it('reverses the social items: "yes" there is not lonely', () => {
    expect(scoreDjg6({ ...NONE, '4': 'yes', '5': 'yes', '6': 'yes' }).subscales.social).toBe(0);
    expect(scoreDjg6({ ...NONE, '1': 'no', '2': 'no', '3': 'no' }).subscales.emotional).toBe(0);
    expect(scoreDjg6(lonelyOn(['4'])).subscales).toEqual({ emotional: 0, social: 1 });
    expect(scoreDjg6(lonelyOn(['1'])).subscales).toEqual({ emotional: 1, social: 0 });
  });

  it.each([
    [[], 0, 'not-lonely'],
    [['1'], 1, 'not-lonely'],
    [['1', '4'], 2, 'moderately-lonely'],
    [['1', '2', '4', '5'], 4, 'moderately-lonely'],
    [['1', '2', '3', '4', '5'], 5, 'severely-lonely'],
  ])('lonely on %j: total %i, %s', (ids, total, category) => {
    expect(scoreDjg6(lonelyOn(ids))).toMatchObject({ total, category });
  });

  it('bands a subscale 0 as not lonely and 1–3 as lonely', () => {
    expect(scoreDjg6(lonelyOn(['2'])).bands).toEqual({ emotional: 'lonely', social: 'not-lonely' });
    expect(scoreDjg6(lonelyOn(['5', '6'])).bands).toEqual({ emotional: 'not-lonely', social: 'lonely' });
  });

  it('with one item missing keeps the total (that item counts 0) but not its subscale', () => {
    const { '3': _, ...rest } = lonelyOn(['1', '2', '3', '4', '5', '6']);
    expect(scoreDjg6(rest)).toEqual({
      instrument: 'djg6',
      total: 5,
      category: 'severely-lonely',
      subscales: { emotional: null, social: 3 },
      bands: { emotional: null, social: 'lonely' },
      missing: ['3'],
      flags: [],
    });
  });

  it('with two items missing gives no total', () => {
    expect(scoreDjg6({ ...ALL, '2': null, '5': null })).toMatchObject({
      total: null,
      category: null,
      subscales: { emotional: null, social: null },
      missing: ['2', '5'],
    });
    expect(scoreDjg6({ ...ALL, '5': null, '6': null })).toMatchObject({
      total: null,
      subscales: { emotional: 3, social: null },
      bands: { emotional: 'lonely', social: null },
    });
  });

  it('accepts yes, more-or-less and no only', () => {
    expect(djg6.score(NONE).ok).toBe(true);
    expect(djg6.score({ ...NONE, '1': 'sometimes' }).ok).toBe(false);
    expect(djg6.score({ ...NONE, '1': 1 }).ok).toBe(false);
    expect(djg6.score({ ...NONE, '7': 'no' }).ok).toBe(false);
  });
});
