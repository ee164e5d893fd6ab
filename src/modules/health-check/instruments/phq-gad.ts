// Depression and anxiety screeners of the PHQ family (Pfizer, free): PHQ-9, PHQ-2, GAD-7, GAD-2. Every
// item 0 not at all … 3 nearly every day. A missing scored item gives no total: the often-quoted prorating
// rule could not be verified, so we do not prorate. PHQ-9 item 9 (thoughts of being better off dead or of
// hurting oneself) raises the `item9` safety flag at ≥ 1, whatever the total and even when it is incomplete.
import {
  bandOf,
  defineInstrument,
  integer,
  missingItems,
  optional,
  result,
  sumOrNull,
  type Answers,
  type InstrumentCode,
  type Items,
  type ScoreResult,
} from './instrument.ts';

const FREQUENCY = integer(0, 3);

const PFIZER = {
  licence: 'free-item-texts',
  rightsHolder: 'Pfizer (no permission required)',
} as const;

function sumOf<I extends Items>(items: I, a: Answers<I>): number | null {
  return sumOrNull(
    Object.entries(items)
      .filter(([, v]) => !v.optional)
      .map(([id]) => (a[id] as number | null | undefined) ?? null),
  );
}

// ── PHQ-9 ────────────────────────────────────────────────────────────────────────────────────────────

export const PHQ9_ITEMS = {
  '1': FREQUENCY, // little interest or pleasure
  '2': FREQUENCY, // feeling down, depressed or hopeless
  '3': FREQUENCY, // sleep
  '4': FREQUENCY, // tired, little energy
  '5': FREQUENCY, // appetite
  '6': FREQUENCY, // feeling bad about yourself
  '7': FREQUENCY, // concentrating
  '8': FREQUENCY, // moving or speaking slowly, or restless
  '9': FREQUENCY, // better off dead or hurting yourself
  '10': optional(integer(0, 3)), // how difficult these problems made things: not scored
} as const;
export type Phq9Answers = Answers<typeof PHQ9_ITEMS>;

export type Phq9Category = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
export const PHQ9_BANDS = [
  [4, 'minimal'],
  [9, 'mild'],
  [14, 'moderate'],
  [19, 'moderately-severe'],
  [27, 'severe'],
] as const satisfies readonly (readonly [number, Phq9Category])[];
export const PHQ9_SAFETY_FLAG = 'item9';

export function scorePhq9(a: Phq9Answers): ScoreResult<Phq9Category> {
  const total = sumOf(PHQ9_ITEMS, a);
  return result('phq9', {
    total,
    category: total === null ? null : bandOf(total, PHQ9_BANDS),
    missing: missingItems(PHQ9_ITEMS, a),
    flags: (a['9'] ?? 0) >= 1 ? [PHQ9_SAFETY_FLAG] : [],
  });
}

export const phq9 = defineInstrument({
  code: 'phq9',
  name: 'Patient Health Questionnaire-9',
  ...PFIZER,
  source: 'Kroenke, Spitzer & Williams 2001; severity bands as CamCOPS phq9.py',
  items: PHQ9_ITEMS,
  score: scorePhq9,
});

// ── GAD-7 ────────────────────────────────────────────────────────────────────────────────────────────

export const GAD7_ITEMS = {
  '1': FREQUENCY, // nervous, anxious or on edge
  '2': FREQUENCY, // not able to stop or control worrying
  '3': FREQUENCY, // worrying too much
  '4': FREQUENCY, // trouble relaxing
  '5': FREQUENCY, // so restless that it is hard to sit still
  '6': FREQUENCY, // easily annoyed or irritable
  '7': FREQUENCY, // afraid something awful might happen
} as const;
export type Gad7Answers = Answers<typeof GAD7_ITEMS>;

export type Gad7Category = 'minimal' | 'mild' | 'moderate' | 'severe';
export const GAD7_BANDS = [
  [4, 'minimal'],
  [9, 'mild'],
  [14, 'moderate'],
  [21, 'severe'],
] as const satisfies readonly (readonly [number, Gad7Category])[];

export function scoreGad7(a: Gad7Answers): ScoreResult<Gad7Category> {
  const total = sumOf(GAD7_ITEMS, a);
  return result('gad7', {
    total,
    category: total === null ? null : bandOf(total, GAD7_BANDS),
    missing: missingItems(GAD7_ITEMS, a),
  });
}

export const gad7 = defineInstrument({
  code: 'gad7',
  name: 'Generalized Anxiety Disorder-7',
  ...PFIZER,
  source: 'Spitzer et al. 2006',
  items: GAD7_ITEMS,
  score: scoreGad7,
});

// ── PHQ-2 and GAD-2: the first two items of the long forms, positive from 3 ─────────────────────────────

export const TWO_ITEMS = { '1': FREQUENCY, '2': FREQUENCY } as const;
export type TwoItemAnswers = Answers<typeof TWO_ITEMS>;
export type ScreenCategory = 'positive' | 'negative';
export const SCREEN_CUT_OFF = 3;

function scoreTwoItems(code: InstrumentCode, a: TwoItemAnswers): ScoreResult<ScreenCategory> {
  const total = sumOf(TWO_ITEMS, a);
  return result(code, {
    total,
    category: total === null ? null : total >= SCREEN_CUT_OFF ? 'positive' : 'negative',
    missing: missingItems(TWO_ITEMS, a),
  });
}
export const scorePhq2 = (a: TwoItemAnswers) => scoreTwoItems('phq2', a);
export const scoreGad2 = (a: TwoItemAnswers) => scoreTwoItems('gad2', a);

export const phq2 = defineInstrument({
  code: 'phq2',
  name: 'Patient Health Questionnaire-2',
  ...PFIZER,
  source: 'Kroenke, Spitzer & Williams 2003',
  items: TWO_ITEMS,
  score: scorePhq2,
});

export const gad2 = defineInstrument({
  code: 'gad2',
  name: 'Generalized Anxiety Disorder-2',
  ...PFIZER,
  source: 'Kroenke et al. 2007',
  items: TWO_ITEMS,
  score: scoreGad2,
});
