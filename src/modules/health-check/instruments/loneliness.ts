// De Jong Gierveld loneliness scale, 6-item version (de Jong Gierveld & van Tilburg 2006), scored as the
// manual's SPSS syntax does. "More or less" always counts as lonely. Item ids are those of our interface
// (emotional items first), not the 11-item numbering; the comment gives the 11-item number.
// The manual's own missing-answer rule: the total stands with at most one item missing (that item counts
// 0); a subscale needs all three of its items.
import {
  bandOf,
  choice,
  defineInstrument,
  missingItems,
  result,
  sumOrNull,
  sumPresent,
  type Answers,
  type ScoreResult,
} from './instrument.ts';

const ANSWER = choice('yes', 'more-or-less', 'no');

export const DJG6_ITEMS = {
  '1': ANSWER, // general sense of emptiness (11-item 3)
  '2': ANSWER, // miss having people around (9)
  '3': ANSWER, // often feel rejected (10)
  '4': ANSWER, // plenty of people to rely on (4)
  '5': ANSWER, // many people I trust completely (7)
  '6': ANSWER, // enough people I feel close to (8)
} as const;
export type Djg6Answers = Answers<typeof DJG6_ITEMS>;

export const DJG6_EMOTIONAL = ['1', '2', '3'] as const; // negatively worded: lonely on yes or more-or-less
export const DJG6_SOCIAL = ['4', '5', '6'] as const; // positively worded: lonely on no or more-or-less
/** With more missing items than this there is no total. */
export const DJG6_MAX_MISSING = 1;

export type LonelinessCategory = 'not-lonely' | 'moderately-lonely' | 'severely-lonely';
export const DJG6_BANDS = [
  [1, 'not-lonely'],
  [4, 'moderately-lonely'],
  [6, 'severely-lonely'],
] as const satisfies readonly (readonly [number, LonelinessCategory])[];
/** Subscales: 0 not lonely, 1–3 lonely. */
export const DJG6_SUBSCALE_BANDS = [
  [0, 'not-lonely'],
  [3, 'lonely'],
] as const;

export function scoreDjg6(a: Djg6Answers): ScoreResult<LonelinessCategory> {
  const point = (id: keyof Djg6Answers, lonely: 'yes' | 'no') => {
    const answer = a[id];
    return answer == null ? null : answer === lonely || answer === 'more-or-less' ? 1 : 0;
  };
  const emotionalPoints = DJG6_EMOTIONAL.map((id) => point(id, 'yes'));
  const socialPoints = DJG6_SOCIAL.map((id) => point(id, 'no'));
  const emotional = sumOrNull(emotionalPoints);
  const social = sumOrNull(socialPoints);
  const missing = missingItems(DJG6_ITEMS, a);
  const total = missing.length > DJG6_MAX_MISSING ? null : sumPresent([...emotionalPoints, ...socialPoints]);
  const subscaleBand = (v: number | null) => (v === null ? null : bandOf(v, DJG6_SUBSCALE_BANDS));
  return result('djg6', {
    total,
    category: total === null ? null : bandOf(total, DJG6_BANDS),
    subscales: { emotional, social },
    bands: { emotional: subscaleBand(emotional), social: subscaleBand(social) },
    missing,
  });
}

export const djg6 = defineInstrument({
  code: 'djg6',
  name: 'De Jong Gierveld loneliness scale, 6 items',
  licence: 'scoring-only',
  rightsHolder: 'J. de Jong Gierveld & T.G. van Tilburg (VU Amsterdam)',
  source: 'Manual of the Loneliness Scale (2022), 6-item SPSS syntax',
  items: DJG6_ITEMS,
  score: scoreDjg6,
});
