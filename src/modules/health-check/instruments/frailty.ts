// Groningen Frailty Indicator (15 items) and Tilburg Frailty Indicator part B (15 items).
// Both: every item scores 0 or 1; frail from a cut-off (GFI ≥ 4, TFI ≥ 5). The manuals have no rule for
// missing answers, so by our decision a missing item gives no total but a `minimumTotal` (the points of
// the answered items), and `frail` already when that reaches the cut-off, otherwise no category.
import {
  choice,
  defineInstrument,
  integer,
  missingItems,
  result,
  sumOrNull,
  sumPresent,
  type Answers,
  type InstrumentCode,
  type ScoreResult,
} from './instrument.ts';

export type FrailtyCategory = 'frail' | 'not-frail';

const DEPENDENCE = choice('independent', 'dependent');
const YES_NO = choice('yes', 'no');
const YES_SOMETIMES_NO = choice('yes', 'sometimes', 'no');

type Point = 0 | 1 | null;
const when = <T>(answer: T | null | undefined, scoresOne: (a: T) => boolean): Point =>
  answer == null ? null : scoresOne(answer) ? 1 : 0;
const isYes = (a: string) => a === 'yes';
const isNo = (a: string) => a === 'no';
const yesOrSometimes = (a: string) => a === 'yes' || a === 'sometimes';

function frailty(
  code: InstrumentCode,
  cutOff: number,
  points: Record<string, Point>,
  missing: string[],
  subscales: Record<string, number | null> = {},
): ScoreResult<FrailtyCategory> {
  const values = Object.values(points);
  const total = sumOrNull(values);
  if (total !== null) {
    return result(code, { total, category: total >= cutOff ? 'frail' : 'not-frail', subscales });
  }
  const minimumTotal = sumPresent(values);
  return result(code, {
    category: minimumTotal >= cutOff ? 'frail' : null,
    subscales: { ...subscales, minimumTotal },
    missing,
  });
}

// ── GFI ──────────────────────────────────────────────────────────────────────────────────────────────

export const GFI_ITEMS = {
  '1': DEPENDENCE, // shopping
  '2': DEPENDENCE, // walking around outside
  '3': DEPENDENCE, // dressing and undressing
  '4': DEPENDENCE, // going to the toilet
  '5': integer(0, 10), // mark for physical fitness
  '6': YES_NO, // vision
  '7': YES_NO, // hearing
  '8': YES_NO, // unintended weight loss
  '9': YES_NO, // four or more kinds of medicine
  '10': YES_SOMETIMES_NO, // memory complaints: "sometimes" scores 0 here
  '11': YES_SOMETIMES_NO, // emptiness
  '12': YES_SOMETIMES_NO, // misses people around
  '13': YES_SOMETIMES_NO, // feels abandoned
  '14': YES_SOMETIMES_NO, // downhearted or sad
  '15': YES_SOMETIMES_NO, // nervous or anxious
} as const;
export type GfiAnswers = Answers<typeof GFI_ITEMS>;
export const GFI_CUT_OFF = 4;

export function scoreGfi(a: GfiAnswers): ScoreResult<FrailtyCategory> {
  const dependent = (x: string) => x === 'dependent';
  const points: Record<string, Point> = {
    '1': when(a['1'], dependent),
    '2': when(a['2'], dependent),
    '3': when(a['3'], dependent),
    '4': when(a['4'], dependent),
    '5': when(a['5'], (mark) => mark <= 6),
    '6': when(a['6'], isYes),
    '7': when(a['7'], isYes),
    '8': when(a['8'], isYes),
    '9': when(a['9'], isYes),
    '10': when(a['10'], isYes),
    '11': when(a['11'], yesOrSometimes),
    '12': when(a['12'], yesOrSometimes),
    '13': when(a['13'], yesOrSometimes),
    '14': when(a['14'], yesOrSometimes),
    '15': when(a['15'], yesOrSometimes),
  };
  return frailty('gfi', GFI_CUT_OFF, points, missingItems(GFI_ITEMS, a));
}

export const gfi = defineInstrument({
  code: 'gfi',
  name: 'Groningen Frailty Indicator',
  licence: 'scoring-only',
  rightsHolder: 'University of Groningen / UMCG (Steverink)',
  source: 'Steverink et al. 2001; Peters et al. 2012',
  items: GFI_ITEMS,
  score: scoreGfi,
});

// ── TFI part B ───────────────────────────────────────────────────────────────────────────────────────

export const TFI_ITEMS = {
  '1': YES_NO, // feels physically healthy (reversed)
  '2': YES_NO, // unintended weight loss
  '3': YES_NO, // difficulty walking
  '4': YES_NO, // difficulty keeping balance
  '5': YES_NO, // poor hearing
  '6': YES_NO, // poor vision
  '7': YES_NO, // lack of strength in the hands
  '8': YES_NO, // physical tiredness
  '9': YES_SOMETIMES_NO, // memory problems: "sometimes" scores 0 here
  '10': YES_SOMETIMES_NO, // felt down
  '11': YES_SOMETIMES_NO, // felt nervous or anxious
  '12': YES_NO, // copes well with problems (reversed)
  '13': YES_NO, // lives alone
  '14': YES_SOMETIMES_NO, // misses people around
  '15': YES_NO, // enough support from others (reversed)
} as const;
export type TfiAnswers = Answers<typeof TFI_ITEMS>;
export const TFI_CUT_OFF = 5;
export const TFI_DOMAINS = {
  physical: ['1', '2', '3', '4', '5', '6', '7', '8'],
  psychological: ['9', '10', '11', '12'],
  social: ['13', '14', '15'],
} as const;

export function scoreTfi(a: TfiAnswers): ScoreResult<FrailtyCategory> {
  const points: Record<string, Point> = {
    '1': when(a['1'], isNo),
    '2': when(a['2'], isYes),
    '3': when(a['3'], isYes),
    '4': when(a['4'], isYes),
    '5': when(a['5'], isYes),
    '6': when(a['6'], isYes),
    '7': when(a['7'], isYes),
    '8': when(a['8'], isYes),
    '9': when(a['9'], isYes),
    '10': when(a['10'], yesOrSometimes),
    '11': when(a['11'], yesOrSometimes),
    '12': when(a['12'], isNo),
    '13': when(a['13'], isYes),
    '14': when(a['14'], yesOrSometimes),
    '15': when(a['15'], isNo),
  };
  const domain = (ids: readonly string[]) => sumOrNull(ids.map((id) => points[id] ?? null));
  const subscales = {
    physical: domain(TFI_DOMAINS.physical),
    psychological: domain(TFI_DOMAINS.psychological),
    social: domain(TFI_DOMAINS.social),
  };
  return frailty('tfi', TFI_CUT_OFF, points, missingItems(TFI_ITEMS, a), subscales);
}

export const tfi = defineInstrument({
  code: 'tfi',
  name: 'Tilburg Frailty Indicator (part B)',
  licence: 'scoring-only',
  rightsHolder: 'R.J.J. Gobbens / Tilburg University',
  source: 'Gobbens et al. 2010, JAMDA 11:344',
  items: TFI_ITEMS,
  score: scoreTfi,
});
