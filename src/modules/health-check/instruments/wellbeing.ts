// Mental wellbeing: WEMWBS (14 items), SWEMWBS (7 items, Rasch metric score) and the ONS4 personal
// wellbeing questions. WEMWBS and SWEMWBS have no official cut-offs, so they give no category and no bands
// (an organisation may configure non-diagnostic bands later); ONS4 has no composite, only a band per
// question.
import {
  bandOf,
  defineInstrument,
  integer,
  missingItems,
  result,
  sumOrNull,
  type Answers,
  type ScoreResult,
} from './instrument.ts';

const RATING = integer(1, 5); // 1 none of the time … 5 all of the time

// ── WEMWBS ───────────────────────────────────────────────────────────────────────────────────────────

export const WEMWBS_ITEMS = {
  '1': RATING, // optimistic about the future
  '2': RATING, // useful
  '3': RATING, // relaxed
  '4': RATING, // interested in other people
  '5': RATING, // energy to spare
  '6': RATING, // dealing with problems well
  '7': RATING, // thinking clearly
  '8': RATING, // feeling good about myself
  '9': RATING, // feeling close to other people
  '10': RATING, // confident
  '11': RATING, // able to make up my own mind
  '12': RATING, // feeling loved
  '13': RATING, // interested in new things
  '14': RATING, // cheerful
} as const;
export type WemwbsAnswers = Answers<typeof WEMWBS_ITEMS>;

/** Total = sum of the 14 items (14–70); none when any item is missing. */
export function scoreWemwbs(a: WemwbsAnswers): ScoreResult {
  const total = sumOrNull(Object.keys(WEMWBS_ITEMS).map((id) => a[id as keyof WemwbsAnswers] ?? null));
  return result('wemwbs', { total, missing: missingItems(WEMWBS_ITEMS, a) });
}

export const wemwbs = defineInstrument({
  code: 'wemwbs',
  name: 'Warwick-Edinburgh Mental Wellbeing Scale',
  licence: 'scoring-only',
  rightsHolder: 'NHS Health Scotland, University of Warwick, University of Edinburgh',
  source: 'Tennant et al. 2007, HQLO 5:63',
  items: WEMWBS_ITEMS,
  score: scoreWemwbs,
});

// ── SWEMWBS ──────────────────────────────────────────────────────────────────────────────────────────

/** Item ids in the short form's own order; the comment names the WEMWBS item each one is. */
export const SWEMWBS_ITEMS = {
  '1': RATING, // optimistic about the future (WEMWBS 1)
  '2': RATING, // useful (2)
  '3': RATING, // relaxed (3)
  '4': RATING, // dealing with problems well (6)
  '5': RATING, // thinking clearly (7)
  '6': RATING, // feeling close to other people (9)
  '7': RATING, // able to make up my own mind (11)
} as const;
export type SwemwbsAnswers = Answers<typeof SWEMWBS_ITEMS>;

/** Raw sum (7–35) → Rasch metric score (Stewart-Brown et al. 2009). */
export const SWEMWBS_METRIC: Readonly<Record<number, number>> = {
  7: 7.0,
  8: 9.51,
  9: 11.25,
  10: 12.4,
  11: 13.33,
  12: 14.08,
  13: 14.75,
  14: 15.32,
  15: 15.84,
  16: 16.36,
  17: 16.88,
  18: 17.43,
  19: 17.98,
  20: 18.59,
  21: 19.25,
  22: 19.98,
  23: 20.73,
  24: 21.54,
  25: 22.35,
  26: 23.21,
  27: 24.11,
  28: 25.03,
  29: 26.02,
  30: 27.03,
  31: 28.13,
  32: 29.31,
  33: 30.7,
  34: 32.55,
  35: 35.0,
};

/** Total = the metric score of the raw sum; `subscales.raw` = the raw sum. Neither when an item is missing. */
export function scoreSwemwbs(a: SwemwbsAnswers): ScoreResult {
  const raw = sumOrNull(Object.keys(SWEMWBS_ITEMS).map((id) => a[id as keyof SwemwbsAnswers] ?? null));
  const metric = raw === null ? null : SWEMWBS_METRIC[raw];
  if (metric === undefined) throw new RangeError(`SWEMWBS raw score ${raw} outside 7–35`);
  return result('swemwbs', { total: metric, subscales: { raw }, missing: missingItems(SWEMWBS_ITEMS, a) });
}

export const swemwbs = defineInstrument({
  code: 'swemwbs',
  name: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
  licence: 'scoring-only',
  rightsHolder: 'NHS Health Scotland, University of Warwick, University of Edinburgh',
  source: 'Stewart-Brown et al. 2009, HQLO 7:15 (conversion table)',
  items: SWEMWBS_ITEMS,
  score: scoreSwemwbs,
});

// ── ONS4 ─────────────────────────────────────────────────────────────────────────────────────────────

const ZERO_TO_TEN = integer(0, 10);
export const ONS4_ITEMS = {
  '1': ZERO_TO_TEN, // life satisfaction
  '2': ZERO_TO_TEN, // worthwhile
  '3': ZERO_TO_TEN, // happy yesterday
  '4': ZERO_TO_TEN, // anxious yesterday (higher = worse; only the labels run the other way)
} as const;
export type Ons4Answers = Answers<typeof ONS4_ITEMS>;

export type Ons4Band = 'very-low' | 'low' | 'medium' | 'high' | 'very-high';
/** ONS thresholds for life satisfaction, worthwhile and happiness (upper bound inclusive). */
export const ONS4_POSITIVE_BANDS = [
  [4, 'low'],
  [6, 'medium'],
  [8, 'high'],
  [10, 'very-high'],
] as const satisfies readonly (readonly [number, Ons4Band])[];
/** ONS thresholds for anxiety. */
export const ONS4_ANXIETY_BANDS = [
  [1, 'very-low'],
  [3, 'low'],
  [5, 'medium'],
  [10, 'high'],
] as const satisfies readonly (readonly [number, Ons4Band])[];

/** Four separate scores, each with its band; a missing question has neither, the others still do. */
export function scoreOns4(a: Ons4Answers): ScoreResult {
  const subscales: Record<string, number | null> = {};
  const bands: Record<string, Ons4Band | null> = {};
  for (const id of ['1', '2', '3', '4'] as const) {
    const value = a[id] ?? null;
    subscales[id] = value;
    bands[id] = value === null ? null : bandOf(value, id === '4' ? ONS4_ANXIETY_BANDS : ONS4_POSITIVE_BANDS);
  }
  return result('ons4', { subscales, bands, missing: missingItems(ONS4_ITEMS, a) });
}

export const ons4 = defineInstrument({
  code: 'ons4',
  name: 'ONS4 personal wellbeing',
  licence: 'free-item-texts',
  rightsHolder: 'Office for National Statistics (Open Government Licence v3.0)',
  source: 'ONS personal well-being thresholds (FOI response)',
  items: ONS4_ITEMS,
  score: scoreOns4,
});
